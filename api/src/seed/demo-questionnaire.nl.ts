import type { QuestionnaireDefinition } from '@inbreng/contracts';

/**
 * The demo parents' questionnaire "Opvoeden in de wijk" and the free texts its demo answers draw from.
 * Every question type appears, with conditions on a choice and on a section. All texts are fictional and
 * written for this project; the one phone number is made up (it shows redaction).
 */
export const DEMO_QUESTIONNAIRE_TITLE = 'Opvoeden in de wijk';
export const DEMO_QUESTIONNAIRE_INTRO =
  'Wij willen weten hoe het is om in Utrecht kinderen op te voeden. Wat gaat goed, waar loopt u tegenaan en wat moet beter? Het invullen duurt ongeveer 10 minuten. U kunt tussendoor stoppen en later verder gaan met uw terugkomcode.';

export const DEMO_QUESTIONNAIRE: QuestionnaireDefinition = {
  sections: [
    {
      key: 'gezin',
      title: 'Over uw gezin',
      intro: 'Eerst een paar korte vragen over uw gezin. U hoeft geen namen in te vullen.',
      questions: [
        {
          key: 'kinderen',
          type: 'single_choice',
          text: 'Hoeveel kinderen wonen er bij u thuis?',
          required: true,
          options: [
            { key: 'een', label: '1 kind' },
            { key: 'twee', label: '2 kinderen' },
            { key: 'drie', label: '3 kinderen' },
            { key: 'vier_plus', label: '4 of meer kinderen' },
          ],
        },
        {
          key: 'leeftijden',
          type: 'multiple_choice',
          text: 'Hoe oud zijn uw kinderen?',
          help: 'Kies alles wat past.',
          required: true,
          options: [
            { key: 'baby', label: '0 tot 4 jaar' },
            { key: 'basisschool', label: '4 tot 12 jaar' },
            { key: 'tiener', label: '12 tot 18 jaar' },
            { key: 'jongvolwassen', label: '18 tot 23 jaar' },
          ],
        },
        {
          key: 'jaren_in_wijk',
          type: 'number',
          text: 'Hoeveel jaar woont u al in uw wijk?',
          required: false,
          min: 0,
          max: 80,
          unit: 'jaar',
        },
      ],
    },
    {
      key: 'steun',
      title: 'Hulp en steun bij het opvoeden',
      questions: [
        {
          key: 'zorgen',
          type: 'multiple_choice',
          text: 'Waar maakt u zich als ouder het meest zorgen over?',
          help: 'Kies er hoogstens drie.',
          required: true,
          options: [
            { key: 'schermtijd', label: 'Schermtijd en sociale media' },
            { key: 'school', label: 'School en huiswerk' },
            { key: 'geld', label: 'Geldzorgen' },
            { key: 'straat', label: 'Veiligheid op straat' },
            { key: 'gezondheid', label: 'Gezondheid en gewicht' },
            { key: 'vrienden', label: 'Vrienden en pesten' },
            { key: 'mentaal', label: 'Somberheid of stress bij mijn kind' },
          ],
          allowOther: true,
          maxChoices: 3,
        },
        {
          key: 'hulp_gezocht',
          type: 'single_choice',
          text: 'Heeft u het afgelopen jaar hulp of advies gezocht bij het opvoeden?',
          required: true,
          options: [
            { key: 'ja', label: 'Ja' },
            { key: 'nee', label: 'Nee' },
          ],
        },
        {
          key: 'hulp_waar',
          type: 'multiple_choice',
          text: 'Waar heeft u hulp of advies gezocht?',
          required: true,
          condition: { questionKey: 'hulp_gezocht', operator: 'equals', value: 'ja' },
          options: [
            { key: 'huisarts', label: 'Huisarts' },
            { key: 'wijkteam', label: 'Buurtteam of wijkteam' },
            { key: 'school', label: 'School of kinderopvang' },
            { key: 'jgz', label: 'Consultatiebureau of jeugdarts (JGZ)' },
            { key: 'familie', label: 'Familie, vrienden of buren' },
            { key: 'internet', label: 'Internet of een app' },
          ],
          allowOther: true,
        },
        {
          key: 'hulp_cijfer',
          type: 'rating',
          text: 'Welk cijfer geeft u de hulp die u kreeg?',
          required: true,
          condition: { questionKey: 'hulp_gezocht', operator: 'equals', value: 'ja' },
          minLabel: 'heel slecht',
          maxLabel: 'heel goed',
        },
        {
          key: 'hulp_ervaring',
          type: 'long_text',
          text: 'Wat ging er goed of juist niet goed bij die hulp?',
          help: 'Noem geen namen van hulpverleners of kinderen.',
          required: false,
          condition: { questionKey: 'hulp_gezocht', operator: 'equals', value: 'ja' },
        },
        {
          key: 'hulp_drempel',
          type: 'long_text',
          text: 'Wat hield u tegen om hulp of advies te vragen?',
          required: false,
          condition: { questionKey: 'hulp_gezocht', operator: 'equals', value: 'nee' },
        },
        {
          key: 'laatste_gesprek',
          type: 'date',
          text: 'Wanneer had u voor het laatst een gesprek met school of het buurtteam over uw kind?',
          help: 'Weet u het niet precies? Kies ongeveer de goede maand.',
          required: false,
          minDate: '2015-01-01',
        },
      ],
    },
    {
      key: 'wijk',
      title: 'Uw mening over de wijk',
      questions: [
        {
          key: 'veilig_buiten',
          type: 'likert',
          text: 'Mijn kinderen kunnen veilig buiten spelen in mijn wijk.',
          required: true,
        },
        {
          key: 'stellingen',
          type: 'matrix',
          text: 'Hoe eens bent u het met deze zinnen?',
          required: true,
          rows: [
            { key: 'genoeg_te_doen', label: 'Er is genoeg te doen voor kinderen in de buurt.' },
            { key: 'weet_waar', label: 'Ik weet waar ik terecht kan met vragen over opvoeden.' },
            { key: 'andere_ouders', label: 'Ik ken andere ouders in de buurt.' },
            { key: 'school_samen', label: 'School en ouders werken goed samen.' },
          ],
        },
        {
          key: 'prioriteiten',
          type: 'ranking',
          text: 'Wat moet er in uw wijk als eerste beter? Zet de punten in volgorde.',
          help: 'Bovenaan staat wat u het belangrijkst vindt.',
          required: false,
          options: [
            { key: 'speelplekken', label: 'Speelplekken en groen' },
            { key: 'jongerenwerk', label: 'Jongerenwerk en activiteiten' },
            { key: 'opvoedsteun', label: 'Opvoedsteun dichtbij huis' },
            { key: 'veiligheid', label: 'Veiligheid op straat' },
            { key: 'wachttijden', label: 'Kortere wachttijden voor hulp' },
          ],
        },
        {
          key: 'cijfer_wijk',
          type: 'rating',
          text: 'Welk rapportcijfer geeft u uw wijk als plek om kinderen op te voeden?',
          required: true,
          minLabel: 'heel slecht',
          maxLabel: 'heel goed',
        },
        {
          key: 'waarom_laag',
          type: 'short_text',
          text: 'Wat is de belangrijkste reden voor dat lage cijfer?',
          required: false,
          condition: { questionKey: 'cijfer_wijk', operator: 'between', min: 0, max: 5 },
        },
      ],
    },
    {
      key: 'afsluiting',
      title: 'Tot slot',
      intro: 'Bedankt voor uw antwoorden. Nog één vraag.',
      questions: [
        {
          key: 'idee',
          type: 'long_text',
          text: 'Heeft u een vraag of idee waar onderzoekers mee aan de slag moeten?',
          required: false,
        },
      ],
    },
  ],
};

/** Good or mixed experiences with help (for higher ratings). */
export const HELP_GOOD: string[] = [
  'De jeugdarts nam echt de tijd en gaf ons praktische tips voor het slapen. Na een paar weken ging het veel beter.',
  'Het buurtteam kwam binnen een week langs. Fijn dat iemand bij ons thuis keek in plaats van alleen te bellen.',
  'De juf van groep 5 belde me zelf op toen ze zag dat onze dochter stiller werd. Samen hebben we een plan gemaakt.',
  'Via het consultatiebureau kwam ik bij een oudercursus terecht. Daar leerde ik andere moeders kennen, dat hielp het meest.',
  'De huisarts verwees ons snel door. Het wachten viel mee en de psycholoog klikte meteen met mijn zoon.',
  'Ik vond het prettig dat de hulpverlener ook naar mij als ouder vroeg en niet alleen naar mijn kind.',
  'Op school is een ouder- en kindadviseur. Ik kon daar zonder afspraak binnenlopen, dat maakte het makkelijk.',
  'Mijn schoonmoeder past twee middagen op. Zonder haar zou ik het werk en de kinderen niet redden.',
  'Het buurtteam hielp ook met de formulieren voor de toeslagen. Daardoor kwam er rust in huis.',
  'Goede hulp, maar het duurde lang voordat we de juiste persoon te pakken hadden. Daarna liep het goed.',
  'De jongerenwerker in de buurt heeft een goede band met mijn zoon. Hij luistert beter naar hem dan naar mij.',
  'Ik zocht eerst op internet en vond daar een goede site over pubers. Daarna durfde ik het aan de mentor te vragen.',
  'We kregen een vaste contactpersoon bij het wijkteam. Niet steeds opnieuw ons verhaal vertellen was een opluchting.',
  'De logopedist gaf oefeningen die we thuis konden doen. Ik zie echt vooruitgang bij mijn jongste.',
  'Op het consultatiebureau voelde ik me serieus genomen toen ik vertelde dat ik zo moe was.',
  'Een buurvrouw met dezelfde ervaring wees me de weg. Van ouders hoor je soms meer dan van instanties.',
  'De school regelde een gesprek met iedereen samen aan tafel. Dat werkte beter dan alle losse afspraken.',
  'Ik kreeg snel antwoord via de chat van de jeugdgezondheidszorg, ook in de avond. Dat past bij mijn werktijden.',
];

/** Experiences with help that went wrong (for lower ratings). */
export const HELP_POOR: string[] = [
  'We stonden negen maanden op een wachtlijst. In die tijd ging het thuis steeds slechter en kregen we niets.',
  'Elke keer een andere hulpverlener. Mijn dochter wilde op het laatst niemand meer vertrouwen.',
  'De huisarts zei dat het een fase was. Pas toen school aan de bel trok, werd er iets gedaan.',
  'Ik werd van het ene loket naar het andere gestuurd. Niemand voelde zich verantwoordelijk voor ons gezin.',
  'De gesprekken waren altijd onder werktijd. Als alleenstaande moeder kon ik daar bijna nooit bij zijn.',
  'De folders en brieven waren heel moeilijk geschreven. Mijn man en ik begrepen niet wat er van ons verwacht werd.',
  'Het gesprek ging vooral over wat wij fout deden als ouders. Ik voelde me beoordeeld in plaats van geholpen.',
  'Toen mijn zoon 18 werd, stopte de hulp ineens. Er was geen overdracht en we moesten alles opnieuw aanvragen.',
  'Er was geen tolk bij het eerste gesprek. Mijn oudste dochter moest vertalen, dat vond ik niet goed voor haar.',
  'School en het wijkteam spraken elkaar niet. Ik moest alles zelf doorgeven en kreeg tegenstrijdige adviezen.',
  'De hulp was goed bedoeld, maar paste niet bij onze cultuur. Er werd niet gevraagd hoe wij het gewend zijn.',
  'Het duurde weken voordat iemand terugbelde. Bel me gerust op 06-11223344 als jullie hierover willen praten.',
  'Er werd veel gepraat maar weinig gedaan. Na drie gesprekken hadden we nog steeds geen plan.',
  'Ik moest vier keer dezelfde vragenlijst invullen bij verschillende instanties.',
];

/** Why parents did not look for help. */
export const HELP_BARRIERS: string[] = [
  'Ik weet eigenlijk niet waar ik terecht kan. Het buurtteam ken ik alleen van naam.',
  'Ik ben bang dat ze dan gaan denken dat ik geen goede moeder ben.',
  'We lossen het liever zelf op, met familie erbij. Zo zijn we het gewend.',
  'Geen tijd. Ik werk in ploegendienst en alles is overdag.',
  'Het ging net goed genoeg. Ik wil niet iemand anders de plek afnemen die het harder nodig heeft.',
  'Ik heb slechte ervaringen van vroeger, toen ik zelf jong was. Daar wil ik niet meer mee te maken hebben.',
  'Mijn Nederlands is niet zo goed. Ik vind het moeilijk om uit te leggen wat er aan de hand is.',
  'Ik dacht dat het geld zou kosten en dat kunnen we nu niet betalen.',
  'Mijn partner wil niet dat er iemand van buiten meekijkt.',
  'Er was niets aan de hand, onze kinderen doen het goed.',
  'Ik had het wel willen vragen, maar ik kreeg bij de huisarts steeds de assistente aan de lijn.',
  'Ik zoek eerst zelf dingen op, en meestal vind ik daar wel genoeg informatie.',
];

/** Ideas and questions for research (the closing question). */
export const IDEAS: string[] = [
  'Onderzoek waarom het zo lang duurt voordat kinderen met angstklachten geholpen worden, en wat ouders in de tussentijd kunnen doen.',
  'Hoe kunnen school en buurtteam beter samenwerken zodat ouders niet alles drie keer hoeven te vertellen?',
  'Wat helpt pubers echt om minder op hun telefoon te zitten? Verbieden werkt bij ons niet.',
  'Maak een inloopspreekuur op zaterdag voor werkende ouders. Ik ben benieuwd of dat meer ouders bereikt.',
  'Welke hulp werkt voor gezinnen met geldzorgen? Stress over geld raakt de kinderen ook.',
  'Hoe zorg je dat vaders ook meedoen met opvoedcursussen? Nu zitten er bijna alleen moeders.',
  'Onderzoek hoe het gaat met kinderen die mantelzorger zijn voor een ouder of broertje.',
  'Wat is het effect van meer speelplekken en groen op hoe kinderen zich voelen?',
  'Ik wil weten hoe je als ouder het beste kunt reageren als je kind gepest wordt via sociale media.',
  'Kijk eens naar de overgang van 17 naar 18 jaar. Veel jongeren vallen dan tussen wal en schip.',
  'Hoe kunnen hulpverleners beter rekening houden met verschillende culturen en talen?',
  'Waarom zijn er zo weinig activiteiten voor meiden van 12 tot 16 in onze wijk?',
  'Ik zou graag zien dat ervaringsdeskundige ouders andere ouders kunnen begeleiden. Werkt dat beter?',
  'Hoe kunnen we ouders van jonge kinderen eerder bereiken, voordat de problemen groot worden?',
  'Onderzoek of kinderen beter slapen en leren als de school later begint.',
  'Wat betekent thuiszitten voor het hele gezin, en hoe kun je dat voorkomen?',
  'Ik heb een kind met autisme. Er is zo weinig opvang in de vakanties. Hoe lossen andere gemeenten dat op?',
  'Hoe voorkom je dat broertjes en zusjes vergeten worden als één kind veel zorg nodig heeft?',
  'Is online hulp net zo goed als een gesprek aan tafel? Voor mij zou het veel schelen.',
  'Soms zie ik het echt niet meer zitten en denk ik dat mijn kinderen beter af zijn zonder mij.',
  'Kunnen er meer sportclubs komen die weinig kosten? Contributie is voor veel gezinnen te duur.',
  'Hoe kun je als ouder merken dat je kind somber is, terwijl het dat niet laat zien?',
];

/** Short reasons for a low mark for the wijk. */
export const LOW_MARK_REASONS: string[] = [
  'Te weinig plekken waar kinderen veilig kunnen spelen.',
  'Hangjongeren en overlast bij het winkelcentrum.',
  'Er wordt te hard gereden in onze straat.',
  'Er is niks te doen voor tieners.',
  'Veel drugsdealers in de buurt, ik vertrouw het niet.',
  'Het speeltuintje is al twee jaar kapot.',
  'Slecht onderhouden, veel zwerfafval.',
  'Geen plek om andere ouders te ontmoeten.',
];

/** Texts for "anders, namelijk" of the worries question. */
export const OTHER_WORRIES: string[] = [
  'Roken en vapen op jonge leeftijd',
  'De lange wachtlijsten voor hulp',
  'Dat mijn kind zich anders voelt dan anderen',
  'Gamen tot diep in de nacht',
  'Huisvesting, we wonen te klein',
];

/** Texts for "anders, namelijk" of where parents looked for help. */
export const OTHER_HELP_PLACES: string[] = [
  'De moskee',
  'Een coach via mijn werkgever',
  'De kerk',
  'Een oudergroep op WhatsApp',
  'Het inloophuis in de wijk',
];
