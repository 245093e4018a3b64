/**
 * Demo submissions (Dutch) for the demo workspace of Inbreng.
 *
 * Round question: "Wat moet er beter aan de hulp voor jongeren en gezinnen in Utrecht?"
 *
 * All texts are fictional and written for this project. Names, phone numbers,
 * e-mail addresses, streets and postcodes in the personal-data examples are
 * made up. The set deliberately contains:
 *  - exactly 6 youth texts with crisis signals (status 'pending', never approved),
 *  - 8 texts with personal data (status 'pending' or 'rejected' / 'personal_data'),
 *  - about 10 everyday idioms ("ik ga dood van de stress", "die wachtlijst is mijn dood")
 *    that must NOT be treated as crisis signals,
 *  - recurring themes (wachtlijsten, wisselende hulpverleners, thuiszitten, geldzorgen,
 *    18-/18+, mentale gezondheid, online, veiligheid in de wijk, scheiding, samenwerking,
 *    vrije tijd, diversiteit, mantelzorg, stigma, ervaringsdeskundigen) so that
 *    clustering has structure to find.
 */

export interface DemoSubmission {
  group: 'youth' | 'parent' | 'professional' | 'policy' | 'research' | 'education';
  /** Required for youth, absent otherwise. */
  ageBand?: '12-15' | '16-17' | '18-23';
  kind: 'question' | 'experience' | 'idea';
  /** 10..2000 characters, Dutch. */
  text: string;
  /** 1..3 life domains (leefgebieden). */
  lifeDomains: Array<
    | 'housing'
    | 'finances'
    | 'school_work'
    | 'health'
    | 'safety'
    | 'home_family'
    | 'leisure'
    | 'friends_relationships'
  >;
  wijk?:
    | 'Noordwest'
    | 'Overvecht'
    | 'Noordoost'
    | 'Oost'
    | 'Binnenstad'
    | 'Zuid'
    | 'Zuidwest'
    | 'West'
    | 'Leidsche Rijn'
    | 'Vleuten-De Meern';
  /**
   * spoor-1 = vanuit praktijk en beleid (professional, policy),
   * spoor-2 = vanuit onderzoek en onderwijs (research, education);
   * absent for youth and parents.
   */
  inputLine?: 'spoor-1' | 'spoor-2';
  status: 'pending' | 'approved' | 'rejected';
  /** Only with status 'rejected'. */
  rejectionReason?: 'personal_data' | 'off_topic' | 'offensive' | 'duplicate' | 'spam';
  /** 0..20: how many days ago it was submitted. */
  daysAgo: number;
}

export const DEMO_SUBMISSIONS: DemoSubmission[] = [
  // ───────────────────────── Jongeren 12-15 ─────────────────────────
  {
    group: 'youth', ageBand: '12-15', kind: 'experience',
    text: "ik sta al 7 maanden op een wachtlijst voor een psycholoog. in de tussentijd moet ik het maar zelf uitzoeken. echt raar dat je zo lang moet wachten als je je nu slecht voelt",
    lifeDomains: ['health'], wijk: 'Overvecht', status: 'approved', daysAgo: 3,
  },
  {
    group: 'youth', ageBand: '12-15', kind: 'question',
    text: "Waarom krijg je steeds een andere hulpverlener? Ik heb nu al de derde en elke keer moet ik alles weer opnieuw vertellen. Dat is super vermoeiend.",
    lifeDomains: ['health', 'home_family'], wijk: 'Zuid', status: 'pending', daysAgo: 5,
  },
  {
    group: 'youth', ageBand: '12-15', kind: 'idea',
    text: "gratis sporten voor iedereen tot 18. voetbal kost bij ons bijna 300 euro per jaar plus schoenen en dat kan mijn moeder niet betalen. mijn vrienden in Kanaleneiland hebben hetzelfde",
    lifeDomains: ['leisure', 'finances'], wijk: 'Zuidwest', status: 'approved', daysAgo: 12,
  },
  {
    group: 'youth', ageBand: '12-15', kind: 'experience',
    text: "in de groepsapp van de klas werd een foto van mij gedeeld en iedereen lachte. de mentor zei dat het buiten school gebeurde dus dat ze er niks mee kon. dat klopt toch niet? ik moet wel elke dag met ze in de klas zitten",
    lifeDomains: ['friends_relationships', 'school_work'], status: 'pending', daysAgo: 1,
  },
  {
    group: 'youth', ageBand: '12-15', kind: 'question',
    text: "ik ga echt dood van de stress van die toetsweek lol. 6 toetsen in 4 dagen, wie verzint dat. kunnen ze dat niet beter verspreiden?",
    lifeDomains: ['school_work', 'health'], wijk: 'Oost', status: 'approved', daysAgo: 2,
  },
  {
    // crisis signal: violence by a parent
    group: 'youth', ageBand: '12-15', kind: 'experience',
    text: "mijn vader slaat me als hij gedronken heeft. ik durf na school niet naar huis. ik weet niet aan wie ik dit moet vertellen want dan wordt hij nog bozer",
    lifeDomains: ['safety', 'home_family'], status: 'pending', daysAgo: 0,
  },
  {
    group: 'youth', ageBand: '12-15', kind: 'experience',
    text: "mijn ouders gaan scheiden en praten alleen nog via mij. ik moet steeds berichtjes doorgeven. niemand vraagt eigenlijk hoe het met mij gaat",
    lifeDomains: ['home_family'], wijk: 'Leidsche Rijn', status: 'approved', daysAgo: 8,
  },
  {
    group: 'youth', ageBand: '12-15', kind: 'question',
    text: "waarom moet je eerst helemaal vastlopen voordat je hulp krijgt op school? ik zei in de brugklas al dat het niet ging en pas nu in de 3e doen ze iets",
    lifeDomains: ['school_work'], wijk: 'Noordwest', status: 'pending', daysAgo: 6,
  },
  {
    group: 'youth', ageBand: '12-15', kind: 'idea',
    text: "misschien een plek in de wijk waar je samen kan gamen maar waar ook iemand is aan wie je dingen kan vragen. gwn jongerenwerk met een playstation haha",
    lifeDomains: ['leisure', 'friends_relationships'], wijk: 'Zuid', status: 'approved', daysAgo: 10,
  },
  {
    group: 'youth', ageBand: '12-15', kind: 'experience',
    text: "ik zorg vaak voor mijn broertje want mijn moeder is ziek. dan kan ik mijn huiswerk niet maken en op school snappen ze dat niet, dan krijg ik gewoon een strafwerk",
    lifeDomains: ['home_family', 'school_work'], wijk: 'Noordwest', status: 'approved', daysAgo: 14,
  },
  {
    group: 'youth', ageBand: '12-15', kind: 'question',
    text: "Is het normaal dat er oudere jongens bij de supermarkt staan die kinderen vragen om pakketjes weg te brengen voor geld? ik vind het eng en ik loop er elke dag langs",
    lifeDomains: ['safety'], wijk: 'Overvecht', status: 'pending', daysAgo: 2,
  },
  {
    group: 'youth', ageBand: '12-15', kind: 'experience',
    text: "sinds ik op de middelbare zit heb ik eigenlijk geen vrienden meer. in de pauze zit ik op de wc met mijn telefoon. dat is best eenzaam",
    lifeDomains: ['friends_relationships', 'health'], wijk: 'Zuid', status: 'approved', daysAgo: 9,
  },
  {
    group: 'youth', ageBand: '12-15', kind: 'idea',
    text: "ik zou liever praten met iemand die zelf ook jeugdhulp heeft gehad. die snapt het gewoon beter dan iemand van 50 met een laptop die alleen maar typt",
    lifeDomains: ['health'], wijk: 'Vleuten-De Meern', status: 'approved', daysAgo: 11,
  },
  {
    group: 'youth', ageBand: '12-15', kind: 'experience',
    text: "op school zeggen ze dingen over mijn hoofddoek en de leraar doet niks. als ik er zelf wat van zeg krijg ik straf. dat is toch niet eerlijk",
    lifeDomains: ['school_work', 'friends_relationships'], wijk: 'Zuidwest', status: 'approved', daysAgo: 7,
  },
  {
    group: 'youth', ageBand: '12-15', kind: 'question',
    text: "hoe kom je van tiktok af als je er zelf eigenlijk ook niet vanaf wil? ik zit er tot 2 uur snachts op en dan ben ik kapot op school",
    lifeDomains: ['health', 'school_work'], wijk: 'Noordoost', status: 'pending', daysAgo: 4,
  },
  {
    // personal data: name + phone number
    group: 'youth', ageBand: '12-15', kind: 'question',
    text: "hoi ik heet Sanne de Vries en ik zit in klas 2b. kan iemand mij bellen over mijn mentor want die luistert niet naar mij. 06-18273645",
    lifeDomains: ['school_work'], status: 'pending', daysAgo: 1,
  },
  {
    group: 'youth', ageBand: '12-15', kind: 'idea',
    text: "wie wil mijn pokemon kaarten kopen?? zeldzame glimmende!! stuur me een dm voor prijzen",
    lifeDomains: ['leisure'], status: 'rejected', rejectionReason: 'spam', daysAgo: 3,
  },
  {
    group: 'youth', ageBand: '12-15', kind: 'experience',
    text: "bij ons thuis is er vaak geen geld aan het eind van de maand. als er een schoolreisje is zeg ik dat ik ziek ben. ik wil niet dat iemand het weet",
    lifeDomains: ['finances', 'school_work'], wijk: 'Overvecht', status: 'approved', daysAgo: 13,
  },
  {
    group: 'youth', ageBand: '12-15', kind: 'idea',
    text: "een vertrouwenspersoon op school die je ook via een app kan bereiken en die niet meteen je ouders belt. dan durf je veel sneller iets te zeggen",
    lifeDomains: ['school_work', 'health'], status: 'approved', daysAgo: 15,
  },
  {
    group: 'youth', ageBand: '12-15', kind: 'question',
    text: "Waarom denken mensen dat je gek bent als je naar een psycholoog gaat? ik durf het aan niemand in mijn klas te vertellen, ook niet aan mijn beste vriendin",
    lifeDomains: ['health', 'friends_relationships'], wijk: 'Noordoost', status: 'approved', daysAgo: 16,
  },
  {
    // crisis signal: self-harm
    group: 'youth', ageBand: '12-15', kind: 'experience',
    text: "ik snij mezelf soms als alles te veel wordt. niemand weet het. ik wil wel hulp maar ik weet niet hoe ik het tegen mijn moeder moet zeggen",
    lifeDomains: ['health'], status: 'pending', daysAgo: 0,
  },
  {
    group: 'youth', ageBand: '12-15', kind: 'experience',
    text: "ik zit al sinds de herfstvakantie thuis omdat er op school geen plek is die bij mij past. ze zoeken nog. ik mis eigenlijk gewoon mijn klas",
    lifeDomains: ['school_work'], wijk: 'Vleuten-De Meern', status: 'approved', daysAgo: 18,
  },
  {
    group: 'youth', ageBand: '12-15', kind: 'idea',
    text: "meer lantaarnpalen op het fietspad langs het park, savonds is het echt donker en je weet niet wie daar staat. mijn moeder laat me nu niet meer alleen naar training fietsen",
    lifeDomains: ['safety', 'leisure'], wijk: 'Leidsche Rijn', status: 'approved', daysAgo: 19,
  },
  {
    group: 'youth', ageBand: '12-15', kind: 'idea',
    text: "die wachtlijst is echt mijn dood. kan er niet iemand zijn die je in de tussentijd ff belt om te vragen hoe het gaat? dan weet je tenminste dat ze je niet vergeten zijn",
    lifeDomains: ['health'], status: 'pending', daysAgo: 4,
  },
  {
    group: 'youth', ageBand: '12-15', kind: 'experience',
    text: "dit is de domste site ooit, jullie zijn allemaal idioten en de jeugdzorg kan de pot op",
    lifeDomains: ['health'], status: 'rejected', rejectionReason: 'offensive', daysAgo: 5,
  },
  {
    group: 'youth', ageBand: '12-15', kind: 'experience',
    text: "de mentor, de zorgcoordinator en iemand van het buurtteam zaten allemaal in een gesprek over mij. maar niemand vroeg wat ik zelf wilde. ik zat er gwn bij",
    lifeDomains: ['school_work'], wijk: 'Noordwest', status: 'approved', daysAgo: 10,
  },
  {
    group: 'youth', ageBand: '12-15', kind: 'question',
    text: "wat moet je doen als iemand een naaktfoto van je vriendin rondstuurt? zij durft niks te zeggen tegen haar ouders en school weet het nog niet",
    lifeDomains: ['safety', 'friends_relationships'], status: 'pending', daysAgo: 3,
  },
  {
    group: 'youth', ageBand: '12-15', kind: 'experience',
    text: "thuis is het vaak ruzie tussen mijn moeder en mijn stiefvader. het is niet gevaarlijk ofzo, maar ik zet dan muziek hard op en ga naar buiten. het is wel zwaar soms",
    lifeDomains: ['home_family'], wijk: 'West', status: 'approved', daysAgo: 6,
  },
  {
    group: 'youth', ageBand: '12-15', kind: 'idea',
    text: "laat sportclubs een keer per maand een gratis proeftraining op school doen. dan weet je tenminste wat er allemaal is in je wijk en hoef je niet alleen te gaan",
    lifeDomains: ['leisure', 'school_work'], wijk: 'Noordoost', status: 'approved', daysAgo: 17,
  },
  {
    group: 'youth', ageBand: '12-15', kind: 'question',
    text: "6 toetsen in 4 dagen!! ik ga dood van die toetsweek echt. kunnen ze dat niet verspreiden",
    lifeDomains: ['school_work'], status: 'rejected', rejectionReason: 'duplicate', daysAgo: 2,
  },

  // ───────────────────────── Jongeren 16-17 ─────────────────────────
  {
    group: 'youth', ageBand: '16-17', kind: 'experience',
    text: "ik ben doorverwezen naar de ggz voor angst. de intake was na 4 maanden, daarna wéér een wachtlijst voor de behandeling zelf. in de tussentijd ben ik bijna blijven zitten",
    lifeDomains: ['health', 'school_work'], wijk: 'Oost', status: 'pending', daysAgo: 5,
  },
  {
    group: 'youth', ageBand: '16-17', kind: 'question',
    text: "wat gebeurt er met mijn hulp als ik 18 word? niemand kan me dat uitleggen en ik word over 5 maanden 18. moet ik dan ineens alles zelf regelen?",
    lifeDomains: ['health', 'housing'], wijk: 'Oost', status: 'pending', daysAgo: 2,
  },
  {
    group: 'youth', ageBand: '16-17', kind: 'experience',
    text: "in 2 jaar heb ik 5 verschillende begeleiders gehad. op een gegeven moment vertel je gewoon niks meer want ze gaan toch weer weg",
    lifeDomains: ['home_family', 'health'], wijk: 'Zuidwest', status: 'approved', daysAgo: 9,
  },
  {
    group: 'youth', ageBand: '16-17', kind: 'idea',
    text: "minder toetsen en meer uitleg over hoe je met stress omgaat. iedereen in mijn klas is gestresst over cijfers, ook de slimme mensen. lowkey is de halve klas op",
    lifeDomains: ['school_work', 'health'], wijk: 'Zuid', status: 'approved', daysAgo: 11,
  },
  {
    // crisis signal: suicidal thoughts
    group: 'youth', ageBand: '16-17', kind: 'experience',
    text: "ik wil eigenlijk niet meer leven. ik zeg het tegen niemand want ik wil niet dat ze gaan flippen. ik schrijf het hier omdat het anoniem is",
    lifeDomains: ['health'], status: 'pending', daysAgo: 0,
  },
  {
    group: 'youth', ageBand: '16-17', kind: 'experience',
    text: "ik werk 3 avonden in de week bij de supermarkt en geef een deel van mijn loon aan mijn moeder voor de huur. daardoor ben ik super moe op school maar anders redden we het niet",
    lifeDomains: ['finances', 'school_work', 'home_family'], wijk: 'Overvecht', status: 'approved', daysAgo: 7,
  },
  {
    group: 'youth', ageBand: '16-17', kind: 'question',
    text: "hoe kun je nee zeggen tegen oudere jongens die je geld bieden om iets voor ze te doen? hier in Kanaleneiland word je uitgelachen als je nee zegt, of erger",
    lifeDomains: ['safety', 'friends_relationships'], wijk: 'Zuidwest', status: 'pending', daysAgo: 4,
  },
  {
    group: 'youth', ageBand: '16-17', kind: 'idea',
    text: "laat jongeren die zelf in de jeugdzorg hebben gezeten meebeslissen over hoe het beter kan. niet 1 keer een panel met pizza maar echt meedoen, en ook betaald",
    lifeDomains: ['home_family', 'health'], wijk: 'Binnenstad', status: 'approved', daysAgo: 14,
  },
  {
    group: 'youth', ageBand: '16-17', kind: 'experience',
    text: "ik gamede elke dag 8 uur en mijn ouders wisten niet wat ze moesten doen. het buurtteam zei dat het een fase was. het was geen fase lol. ik ben een half jaar niet naar school geweest",
    lifeDomains: ['leisure', 'home_family', 'school_work'], wijk: 'Leidsche Rijn', status: 'approved', daysAgo: 12,
  },
  {
    group: 'youth', ageBand: '16-17', kind: 'question',
    text: "kan je ook hulp krijgen zonder dat je ouders het weten? ik ben 16 en wil met iemand praten over dingen thuis maar ik wil niet dat het meteen een heel gedoe wordt",
    lifeDomains: ['home_family', 'health'], wijk: 'West', status: 'pending', daysAgo: 1,
  },
  {
    group: 'youth', ageBand: '16-17', kind: 'experience',
    text: "mijn hulpverlener snapte niet dat je in onze cultuur niet zomaar met een vreemde over je familie praat. ze schreef op dat ik 'niet open' was. dat voelde echt niet eerlijk",
    lifeDomains: ['home_family'], wijk: 'Overvecht', status: 'approved', daysAgo: 15,
  },
  {
    group: 'youth', ageBand: '16-17', kind: 'question',
    text: "ik ga dood als ik nog 1 formulier moet invullen voor mijn stage haha. waarom is alles zo ingewikkeld en waarom legt niemand het uit?",
    lifeDomains: ['school_work'], status: 'approved', daysAgo: 3,
  },
  {
    // personal data: e-mail address
    group: 'youth', ageBand: '16-17', kind: 'idea',
    text: "ik wil graag in een jongerenpanel meedenken over de jeugdhulp!! mail me op jaylinho2008@gmail.com dan kan ik langskomen",
    lifeDomains: ['health'], status: 'rejected', rejectionReason: 'personal_data', daysAgo: 6,
  },
  {
    group: 'youth', ageBand: '16-17', kind: 'experience',
    text: "mijn zus heeft autisme en heeft veel aandacht nodig. ik ben een soort tweede moeder geworden. ik wil ook gewoon eens iets voor mezelf doen zonder me schuldig te voelen",
    lifeDomains: ['home_family', 'leisure'], wijk: 'Vleuten-De Meern', status: 'approved', daysAgo: 17,
  },
  {
    group: 'youth', ageBand: '16-17', kind: 'question',
    text: "waarom weet het buurtteam niet wat er op school gebeurt en andersom? ik moet alles zelf doorgeven en dan zegt de een weer iets anders dan de ander",
    lifeDomains: ['school_work'], wijk: 'Leidsche Rijn', status: 'approved', daysAgo: 8,
  },
  {
    group: 'youth', ageBand: '16-17', kind: 'idea',
    text: "een jongerencentrum dat in het weekend ook na 22:00 open is. nu hangen we op straat bij het winkelcentrum en dan komt de politie ons wegsturen",
    lifeDomains: ['leisure', 'safety'], wijk: 'Noordwest', status: 'approved', daysAgo: 10,
  },
  {
    // crisis signal: not safe at home
    group: 'youth', ageBand: '16-17', kind: 'experience',
    text: "ik voel me thuis niet meer veilig. mijn moeder schreeuwt en gooit met spullen en vorige week sloot ze me buiten. ik slaap nu soms bij een vriendin maar dat kan niet lang meer",
    lifeDomains: ['home_family', 'safety', 'housing'], status: 'pending', daysAgo: 1,
  },
  {
    group: 'youth', ageBand: '16-17', kind: 'question',
    text: "wat gebeurt er met mijn hulp als ik 18 word?? niemand weet het",
    lifeDomains: ['health'], status: 'rejected', rejectionReason: 'duplicate', daysAgo: 2,
  },
  {
    group: 'youth', ageBand: '16-17', kind: 'experience',
    text: "ik heb dyslexie en adhd en moest van de havo naar het vmbo omdat er geen begeleiding was. niet omdat ik het niet kon. dat zit me nog steeds dwars",
    lifeDomains: ['school_work'], wijk: 'Vleuten-De Meern', status: 'approved', daysAgo: 19,
  },
  {
    group: 'youth', ageBand: '16-17', kind: 'question',
    text: "is er iets voor jongeren die zich alleen voelen maar niet depressief zijn ofzo? gewoon een plek om mensen te ontmoeten zonder dat het meteen therapie is en iedereen denkt dat je gestoord bent",
    lifeDomains: ['friends_relationships', 'leisure'], wijk: 'Binnenstad', status: 'approved', daysAgo: 13,
  },
  {
    group: 'youth', ageBand: '16-17', kind: 'experience',
    text: "er was een nep account gemaakt met mijn fotos. het duurde weken voordat het werd weggehaald. school zei dat ik aangifte moest doen, maar de politie deed er niks mee",
    lifeDomains: ['friends_relationships', 'safety'], status: 'pending', daysAgo: 5,
  },
  {
    group: 'youth', ageBand: '16-17', kind: 'idea',
    text: "geef jongeren op de wachtlijst een chat met ervaringsdeskundigen waar je terecht kan. nu hoor je maanden niks en dan denk je dat ze je vergeten zijn",
    lifeDomains: ['health'], status: 'approved', daysAgo: 16,
  },
  {
    group: 'youth', ageBand: '16-17', kind: 'question',
    text: "kan de gemeente iets doen aan de tram naar de uithof die altijd te laat is? ik kom elke ochtend te laat op school",
    lifeDomains: ['school_work'], status: 'rejected', rejectionReason: 'off_topic', daysAgo: 7,
  },
  {
    group: 'youth', ageBand: '16-17', kind: 'experience',
    text: "mijn vader heeft schulden en er komen steeds brieven van deurwaarders. ik open de post soms zelf omdat hij het niet meer doet. ik weet niet met wie ik daarover kan praten",
    lifeDomains: ['finances', 'home_family'], wijk: 'Zuid', status: 'approved', daysAgo: 18,
  },
  {
    group: 'youth', ageBand: '16-17', kind: 'question',
    text: "waarom krijg ik geen stageplek en mijn klasgenoot met een nederlandse naam wel, met bijna hetzelfde cv? op school zeggen ze dat ik beter mijn best moet doen",
    lifeDomains: ['school_work'], wijk: 'West', status: 'approved', daysAgo: 20,
  },

  // ───────────────────────── Jongeren 18-23 ─────────────────────────
  {
    group: 'youth', ageBand: '18-23', kind: 'experience',
    text: "op mijn 18e stopte de pleegzorg en moest ik ineens alles zelf regelen: zorgverzekering, toeslagen, huur, digid. mijn pleegouders wilden wel helpen maar hadden officieel niks meer te zeggen. niemand legde uit hoe het moest en ik durfde het ook niet te vragen, want je wil laten zien dat je het zelf kan. binnen een half jaar had ik mijn eerste schuld omdat ik niet wist dat je zorgtoeslag moest aanvragen. nu ben ik 21 en bijna schuldenvrij, maar dat heeft me 3 jaar gekost. een vast persoon tot je 21e, iemand die je mag appen met domme vragen, had zoveel ellende gescheeld",
    lifeDomains: ['housing', 'finances'], wijk: 'Oost', status: 'approved', daysAgo: 4,
  },
  {
    group: 'youth', ageBand: '18-23', kind: 'experience',
    text: "ik heb 3 maanden op banken geslapen bij vrienden. officieel ben je dan niet dakloos maar zo voelt het wel. je kan nergens je spullen laten en je schaamt je",
    lifeDomains: ['housing', 'friends_relationships'], wijk: 'Noordoost', status: 'approved', daysAgo: 7,
  },
  {
    group: 'youth', ageBand: '18-23', kind: 'question',
    text: "hoe kom je uit de schulden als je 19 bent en je telefoonabonnement en zorgverzekering al bij een incassobureau liggen? ik schaam me dood om het aan iemand te vragen",
    lifeDomains: ['finances'], wijk: 'Leidsche Rijn', status: 'pending', daysAgo: 2,
  },
  {
    // crisis signal: suicidal thoughts
    group: 'youth', ageBand: '18-23', kind: 'experience',
    text: "ik zie het niet meer zitten. soms denk ik dat het beter is als ik er niet meer ben. ik sta al maanden op een wachtlijst en ik weet niet hoe lang ik dit nog volhoud",
    lifeDomains: ['health'], status: 'pending', daysAgo: 0,
  },
  {
    group: 'youth', ageBand: '18-23', kind: 'idea',
    text: "bouw meer kleine woningen voor jongeren die uit de jeugdzorg komen, met een begeleider in hetzelfde gebouw die je kan bellen als het misgaat. niet alleen een sleutel en succes",
    lifeDomains: ['housing'], wijk: 'Leidsche Rijn', status: 'approved', daysAgo: 11,
  },
  {
    group: 'youth', ageBand: '18-23', kind: 'experience',
    text: "toen ik 18 werd moest ik van de jeugd-ggz naar de volwassen-ggz. weer een wachtlijst, weer een intake, weer mijn hele verhaal vertellen aan iemand nieuw. ik ben toen gewoon gestopt",
    lifeDomains: ['health'], wijk: 'Noordoost', status: 'approved', daysAgo: 9,
  },
  {
    group: 'youth', ageBand: '18-23', kind: 'idea',
    text: "zet op het mbo ook gewoon studentpsychologen neer, net als op de hogeschool van mijn zus. bij ons is er 1 loopbaanbegeleider voor 300 man en die heeft geen tijd voor mentale problemen",
    lifeDomains: ['school_work', 'health'], wijk: 'Zuidwest', status: 'approved', daysAgo: 14,
  },
  {
    group: 'youth', ageBand: '18-23', kind: 'experience',
    text: "ik werk nu zelf als ervaringsdeskundige. jongeren vertellen mij dingen die ze nooit aan hun behandelaar zouden vertellen. waarom is dat werk dan zo slecht betaald en vaak maar tijdelijk?",
    lifeDomains: ['health', 'school_work'], status: 'approved', daysAgo: 16,
  },
  {
    group: 'youth', ageBand: '18-23', kind: 'idea',
    text: "meer hulp voor jonge mantelzorgers. ik ben 20 en zorg voor mijn moeder met MS. studie, zorg en een bijbaan tegelijk gaat gewoon niet. een paar uur respijtzorg per week zou al schelen",
    lifeDomains: ['home_family', 'school_work', 'health'], wijk: 'West', status: 'approved', daysAgo: 13,
  },
  {
    group: 'youth', ageBand: '18-23', kind: 'experience',
    text: "toen ik vertelde dat ik in een instelling had gewoond keek mijn werkgever me meteen anders aan. dat stempel raak je nooit meer kwijt, ook niet als het allang goed gaat",
    lifeDomains: ['school_work'], wijk: 'Binnenstad', status: 'approved', daysAgo: 18,
  },
  {
    group: 'youth', ageBand: '18-23', kind: 'question',
    text: "Waarom moet je 10 jaar ingeschreven staan voor een sociale huurwoning als je op je 18e al uit huis moet? dat klopt toch gewoon niet",
    lifeDomains: ['housing'], wijk: 'Binnenstad', status: 'pending', daysAgo: 6,
  },
  {
    group: 'youth', ageBand: '18-23', kind: 'question',
    text: "die belastingdienst is mijn dood haha. maar serieus, waarom leert niemand je op school hoe toeslagen werken? ik moest nu 800 euro terugbetalen",
    lifeDomains: ['finances', 'school_work'], status: 'pending', daysAgo: 3,
  },
  {
    // crisis signal: violence at home (partner), nowhere to go
    group: 'youth', ageBand: '18-23', kind: 'experience',
    text: "mijn vriend slaat me soms en ik woon bij hem omdat ik geen andere plek heb. ik ben bang voor wat er gebeurt als ik wegga. ik durf het niet aan mijn familie te vertellen",
    lifeDomains: ['housing', 'safety', 'friends_relationships'], status: 'pending', daysAgo: 1,
  },
  {
    group: 'youth', ageBand: '18-23', kind: 'experience',
    text: "ik ben via games in het online gokken gerold. toen ik 19 was had ik 4000 euro schuld. niemand had het door, ikzelf eigenlijk ook niet",
    lifeDomains: ['finances', 'leisure'], wijk: 'Noordwest', status: 'approved', daysAgo: 12,
  },
  {
    group: 'youth', ageBand: '18-23', kind: 'question',
    text: "zijn er hulpverleners die arabisch of turks spreken? mijn ouders snappen niet wat de hulp doet en ik moet steeds tolken, ook over dingen die over mezelf gaan",
    lifeDomains: ['home_family'], wijk: 'Overvecht', status: 'approved', daysAgo: 10,
  },
  {
    group: 'youth', ageBand: '18-23', kind: 'idea',
    text: "Snel geld verdienen?? Check de link in mijn bio, 500 euro per week vanuit huis!!! Geen ervaring nodig",
    lifeDomains: ['finances'], status: 'rejected', rejectionReason: 'spam', daysAgo: 8,
  },
  {
    group: 'youth', ageBand: '18-23', kind: 'experience',
    text: "mijn begeleider van het buurtteam bleef gewoon 3 jaar dezelfde. dat heeft echt het verschil gemaakt. ze kende mijn hele verhaal en ik hoefde niks uit te leggen",
    lifeDomains: ['home_family'], wijk: 'Zuid', status: 'approved', daysAgo: 15,
  },
  {
    group: 'youth', ageBand: '18-23', kind: 'idea',
    text: "laat de hulp niet stoppen op je 18e maar op je 23e, of wanneer jij zelf zegt dat je er klaar voor bent. je wordt niet ineens volwassen op je verjaardag",
    lifeDomains: ['housing', 'health'], wijk: 'West', status: 'pending', daysAgo: 5,
  },
  {
    // personal data: street + house number
    group: 'youth', ageBand: '18-23', kind: 'experience',
    text: "ik woon op de Amsterdamsestraatweg 214 en er wordt hier elke avond gedeald in het portiek. kinderen uit de buurt worden gebruikt om dingen weg te brengen. kan er iemand langskomen?",
    lifeDomains: ['safety', 'housing'], wijk: 'Noordwest', status: 'pending', daysAgo: 3,
  },
  {
    group: 'youth', ageBand: '18-23', kind: 'experience',
    text: "ik ben gestopt met mijn mbo opleiding omdat ik moest werken om rond te komen. nu zit ik zonder diploma en zonder plan. niemand van school heeft ooit nog gebeld",
    lifeDomains: ['school_work', 'finances'], wijk: 'Zuidwest', status: 'approved', daysAgo: 17,
  },
  {
    group: 'youth', ageBand: '18-23', kind: 'idea',
    text: "meer activiteiten voor jongeren die net in utrecht wonen en niet studeren. alles is voor studenten, en als je gewoon in de zorg werkt hoor je er nergens bij. ik voel me best eenzaam hier",
    lifeDomains: ['friends_relationships', 'leisure'], wijk: 'Binnenstad', status: 'approved', daysAgo: 19,
  },
  {
    group: 'youth', ageBand: '18-23', kind: 'experience',
    text: "ik had op mijn 21e een burn-out. iedereen om me heen leek alles voor elkaar te hebben op insta. dat maakt het echt erger, je denkt dat jij de enige bent die het niet trekt",
    lifeDomains: ['health', 'friends_relationships'], wijk: 'Binnenstad', status: 'pending', daysAgo: 4,
  },
  {
    group: 'youth', ageBand: '18-23', kind: 'idea',
    text: "één loket voor alles als je 18 wordt: wonen, geld, zorg, werk. nu moet je naar 6 instanties en die sturen je allemaal naar elkaar door",
    lifeDomains: ['housing', 'finances', 'school_work'], status: 'approved', daysAgo: 20,
  },
  {
    group: 'youth', ageBand: '18-23', kind: 'experience',
    text: "er wonen hier gewoon te veel buitenlanders, daarom gaat alles mis in de wijk. stuur ze terug",
    lifeDomains: ['safety'], status: 'rejected', rejectionReason: 'offensive', daysAgo: 9,
  },
  {
    group: 'youth', ageBand: '18-23', kind: 'experience',
    text: "in mijn straat in Kanaleneiland hangen savonds steeds jongens met scooters die mensen lastigvallen, vooral meiden. ik loop nu altijd om. de wijkagent zie je nooit",
    lifeDomains: ['safety'], wijk: 'Zuidwest', status: 'pending', daysAgo: 6,
  },
  {
    group: 'youth', ageBand: '18-23', kind: 'question',
    text: "mijn moeder heeft zelf ook hulp nodig maar ze durft niet want ze is bang dat ze mijn broertjes kwijtraakt. ik zorg nu vaak voor ze na mijn werk. hoe kan ik haar helpen zonder dat het misgaat?",
    lifeDomains: ['home_family'], status: 'pending', daysAgo: 2,
  },
  {
    group: 'youth', ageBand: '18-23', kind: 'experience',
    text: "na het gezinshuis moest ik naar een begeleid wonen plek in Vleuten. heel ver van mijn school en mijn vrienden. niemand vroeg of ik dat wel wilde",
    lifeDomains: ['housing', 'friends_relationships'], wijk: 'Vleuten-De Meern', status: 'approved', daysAgo: 11,
  },
  {
    group: 'youth', ageBand: '18-23', kind: 'idea',
    text: "sportschool via de U-pas ook voor jongeren tot 23, niet alleen voetbal en zwemmen. sporten is voor mij het enige wat echt helpt tegen mijn somberheid",
    lifeDomains: ['leisure', 'finances', 'health'], status: 'approved', daysAgo: 9,
  },
  {
    group: 'youth', ageBand: '18-23', kind: 'idea',
    text: "schrijf die brieven van de gemeente in normaal nederlands pls. ik word gek van al die brieven, ik snap de helft niet en dan mis je dingen waar je recht op hebt",
    lifeDomains: ['finances'], wijk: 'Oost', status: 'pending', daysAgo: 1,
  },
  {
    group: 'youth', ageBand: '18-23', kind: 'question',
    text: "weet iemand waar je in utrecht goedkoop je telefoonscherm kan laten maken? die van mij is gebarsten",
    lifeDomains: ['finances'], status: 'rejected', rejectionReason: 'off_topic', daysAgo: 4,
  },

  // ───────────────────────── Ouders en opvoeders ─────────────────────────
  {
    group: 'parent', kind: 'experience',
    text: "Onze dochter van 14 wacht nu 9 maanden op een plek bij de jeugd-GGZ. Ondertussen eet ze slecht en gaat ze nauwelijks nog naar school. We voelen ons als ouders volledig alleen gelaten.",
    lifeDomains: ['health', 'school_work'], wijk: 'Leidsche Rijn', status: 'pending', daysAgo: 5,
  },
  {
    group: 'parent', kind: 'experience',
    text: "Mijn zoon zit al anderhalf jaar thuis. Het begon in de tweede klas met buikpijn op maandagochtend, daarna werden het hele weken. School zei eerst dat het puberteit was, later dat ze niet de juiste begeleiding konden bieden. Leerplicht, het buurtteam en het samenwerkingsverband hebben allemaal een mening en er zijn al vier overleggen geweest, maar niemand neemt de regie. Elke nieuwe persoon vraagt ons opnieuw het hele verhaal te vertellen. Ik ben inmiddels zelf gestopt met werken om thuis te kunnen zijn, waardoor we nu ook financieel in de knel komen. Mijn zoon zegt dat hij 'gewoon weer naar school wil, maar niet naar die school'. Ik wou dat iemand dat serieus nam.",
    lifeDomains: ['school_work', 'finances', 'home_family'], wijk: 'Vleuten-De Meern', status: 'approved', daysAgo: 8,
  },
  {
    group: 'parent', kind: 'question',
    text: "Hoe kan het dat we in drie jaar zes verschillende hulpverleners hebben gehad? Elke keer weer het hele verhaal vertellen, elke keer weer vertrouwen opbouwen. Kan er niet één vast persoon blijven?",
    lifeDomains: ['home_family'], wijk: 'Zuid', status: 'pending', daysAgo: 3,
  },
  {
    group: 'parent', kind: 'idea',
    text: "Zorg dat ouders die zelf worstelen, met depressie, verslaving of schulden, ook hulp krijgen zonder bang te hoeven zijn dat hun kinderen uit huis worden geplaatst. Nu houden veel ouders het stil tot het te laat is.",
    lifeDomains: ['home_family', 'health'], wijk: 'Noordwest', status: 'approved', daysAgo: 12,
  },
  {
    group: 'parent', kind: 'experience',
    text: "Ik heb drie kinderen en kan de contributie van de zwemles en de voetbal niet voor allemaal betalen. Nu mag alleen de oudste. Dat voelt als kiezen tussen je eigen kinderen.",
    lifeDomains: ['finances', 'leisure'], wijk: 'Overvecht', status: 'approved', daysAgo: 14,
  },
  {
    group: 'parent', kind: 'question',
    text: "Wat kan ik als ouder doen tegen het schermgebruik van mijn dochter van 13? Elke keer dat ik haar telefoon afpak, escaleert het thuis. Ik wil geen politieagent zijn in mijn eigen huis.",
    lifeDomains: ['home_family', 'health'], wijk: 'Binnenstad', status: 'pending', daysAgo: 6,
  },
  {
    group: 'parent', kind: 'experience',
    text: "Op de dag dat mijn zoon 18 werd, stopte zijn begeleiding. Hij heeft een licht verstandelijke beperking en snapt niets van zijn post. Nu regel ik alles, maar officieel mag ik niet eens meer meekijken.",
    lifeDomains: ['finances', 'housing'], wijk: 'Zuid', status: 'approved', daysAgo: 10,
  },
  {
    // personal data: child's name + phone number
    group: 'parent', kind: 'experience',
    text: "Mijn zoon Daan Jansen (12) wordt al maanden gepest in de klas en de school doet er niets aan. Ik wil dat iemand contact met mij opneemt, mijn nummer is 06-41237788.",
    lifeDomains: ['safety', 'school_work'], status: 'pending', daysAgo: 1,
  },
  {
    group: 'parent', kind: 'experience',
    text: "Na onze scheiding werd mijn dochter het slagveld. Hulp kwam pas toen de rechter erbij betrokken was. Een neutrale bemiddelaar in het begin had haar veel verdriet bespaard.",
    lifeDomains: ['home_family'], wijk: 'Noordoost', status: 'approved', daysAgo: 15,
  },
  {
    group: 'parent', kind: 'idea',
    text: "Zorg voor meer hulpverleners die ook Arabisch, Turks of Tamazight spreken, of zet standaard een tolk in. Mijn man spreekt geen Nederlands en voelt zich bij elk gesprek buitengesloten. Nu moet onze zoon vertalen, ook over zichzelf.",
    lifeDomains: ['home_family'], wijk: 'Zuidwest', status: 'approved', daysAgo: 9,
  },
  {
    group: 'parent', kind: 'idea',
    text: "De wachtlijst voor het autisme-onderzoek is werkelijk mijn dood. Elf maanden! Laat ouders in die tijd alvast een cursus of een paar gesprekken krijgen, zodat we thuis niet alles fout blijven doen.",
    lifeDomains: ['health', 'home_family'], status: 'approved', daysAgo: 7,
  },
  {
    group: 'parent', kind: 'question',
    text: "In onze portiek in Overvecht worden jongens van 13, 14 jaar gebruikt als koerier. Ik zie het gebeuren en ben bang dat mijn eigen zoon ook wordt benaderd. Waar kun je dat veilig melden zonder dat het op jou terugvalt?",
    lifeDomains: ['safety', 'home_family'], wijk: 'Overvecht', status: 'pending', daysAgo: 2,
  },
  {
    group: 'parent', kind: 'experience',
    text: "Onze oudste dochter zorgt veel voor haar broertje met een ernstige beperking. Ze klaagt nooit, maar haar cijfers dalen en ze ziet haar vriendinnen bijna niet meer. Alle aandacht gaat naar hem, weinig naar haar.",
    lifeDomains: ['home_family', 'school_work'], status: 'approved', daysAgo: 11,
  },
  {
    group: 'parent', kind: 'idea',
    text: "Laat het buurtteam gewoon een vaste dag op school zitten. Dan kun je als ouder even binnenlopen met een vraag, zonder dat het meteen een heel 'zorgtraject' wordt.",
    lifeDomains: ['school_work', 'home_family'], wijk: 'Noordoost', status: 'approved', daysAgo: 13,
  },
  {
    group: 'parent', kind: 'question',
    text: "Hoe leg ik aan familie uit dat mijn zoon in behandeling is, zonder dat hij meteen als 'probleemkind' wordt gezien? In onze omgeving praat je hier niet over.",
    lifeDomains: ['home_family', 'health'], wijk: 'Zuid', status: 'approved', daysAgo: 16,
  },
  {
    group: 'parent', kind: 'experience',
    text: "Door schulden kregen wij bijna een huisuitzetting. De kinderen merkten alles, ook al probeerden we het stil te houden. Pas toen de deurwaarder aan de deur stond kwam er hulp. Waarom niet bij de eerste betalingsachterstand?",
    lifeDomains: ['finances', 'housing', 'home_family'], wijk: 'Zuidwest', status: 'approved', daysAgo: 18,
  },
  {
    group: 'parent', kind: 'question',
    text: "Wat betekent 'passend onderwijs' eigenlijk, als er voor mijn dochter met angstklachten nergens een passende plek is? We staan op drie wachtlijsten tegelijk.",
    lifeDomains: ['school_work', 'health'], wijk: 'Oost', status: 'pending', daysAgo: 4,
  },
  {
    // personal data: e-mail address
    group: 'parent', kind: 'idea',
    text: "Ik wil graag meedoen aan een ouderpanel, ik heb veel ervaring met jeugdzorg voor onze pleegkinderen. Mail mij op m.bakker1978@hotmail.com, dan vertel ik meer.",
    lifeDomains: ['home_family'], status: 'rejected', rejectionReason: 'personal_data', daysAgo: 9,
  },
  {
    group: 'parent', kind: 'experience',
    text: "Mijn dochter werd via Snapchat gepest door kinderen uit haar klas. School zei dat het buiten schooltijd gebeurde. Maar ze zit wél elke dag naast die kinderen. Wie is er dan verantwoordelijk?",
    lifeDomains: ['friends_relationships', 'school_work'], wijk: 'Noordwest', status: 'approved', daysAgo: 17,
  },
  {
    group: 'parent', kind: 'idea',
    text: "Koppel ouders die net met jeugdhulp beginnen aan een ervaren ouder. Iemand die de weg kent en zegt: dit is normaal, dit niet, hier moet je op letten. Dat had mij zoveel stress gescheeld.",
    lifeDomains: ['home_family'], status: 'approved', daysAgo: 19,
  },
  {
    group: 'parent', kind: 'experience',
    text: "Wat ons echt hielp was een gezinscoach die 's avonds kwam, op het moment dat het thuis misging. Niet om tien uur 's ochtends als iedereen op school of op het werk zit.",
    lifeDomains: ['home_family'], wijk: 'Oost', status: 'approved', daysAgo: 20,
  },
  {
    group: 'parent', kind: 'question',
    text: "Hoe lang is 'normaal' wachten? Ons werd gezegd: een paar weken. Nu zijn we vijf maanden verder zonder één bericht. Ik weet niet eens of we nog op de lijst staan.",
    lifeDomains: ['health'], wijk: 'West', status: 'pending', daysAgo: 1,
  },
  {
    group: 'parent', kind: 'idea',
    text: "Zet alle regelingen voor kinderen (U-pas, Jeugdfonds Sport en Cultuur, hulp bij schoolkosten) op één plek en in eenvoudige taal. Ik vond ze pas na jaren, via een andere moeder op het schoolplein.",
    lifeDomains: ['finances', 'leisure'], status: 'pending', daysAgo: 6,
  },
  {
    group: 'parent', kind: 'experience',
    text: "Mijn zoon van 16 slaapt slecht en zegt dat hij 'nooit goed genoeg' is. Hij haalt alleen maar achten en negens, maar de druk zit in zijn hoofd. Ik weet niet hoe ik hem kan helpen.",
    lifeDomains: ['health', 'school_work'], wijk: 'Oost', status: 'pending', daysAgo: 5,
  },
  {
    group: 'parent', kind: 'experience',
    text: "Ik word gek van al die verschillende loketten. Het buurtteam stuurt me naar de huisarts, de huisarts naar de gemeente, de gemeente weer naar het buurtteam. En intussen gaat het thuis steeds slechter.",
    lifeDomains: ['health', 'home_family'], status: 'approved', daysAgo: 8,
  },
  {
    group: 'parent', kind: 'question',
    text: "Wanneer wordt het grofvuil in onze straat eindelijk weer opgehaald? Het ligt er al twee weken.",
    lifeDomains: ['housing'], status: 'rejected', rejectionReason: 'off_topic', daysAgo: 3,
  },
  {
    group: 'parent', kind: 'question',
    text: "Waarom steeds een nieuwe hulpverlener? Zes in drie jaar en steeds weer alles opnieuw vertellen. Graag één vaste persoon.",
    lifeDomains: ['home_family'], status: 'rejected', rejectionReason: 'duplicate', daysAgo: 3,
  },
  {
    group: 'parent', kind: 'experience',
    text: "Mijn zoon wordt vaak door de politie staande gehouden als hij met vrienden bij het winkelcentrum staat. Ze doen niets verkeerd. Hij begint nu zelf te geloven dat hij een probleem is.",
    lifeDomains: ['safety', 'friends_relationships'], wijk: 'West', status: 'approved', daysAgo: 10,
  },
  {
    group: 'parent', kind: 'question',
    text: "Mijn zoon gamet tot diep in de nacht en gaat niet meer naar school. Is dit een verslaving of gewoon puberteit? Bij wie kan ik terecht voor advies, zonder dat er meteen een heel traject start?",
    lifeDomains: ['leisure', 'school_work', 'home_family'], wijk: 'Vleuten-De Meern', status: 'pending', daysAgo: 2,
  },
  {
    group: 'parent', kind: 'experience',
    text: "Mijn dochter van 19 wil op zichzelf wonen, maar in Utrecht is er niets betaalbaars. Thuis gaat het niet meer tussen ons en ze slaapt nu afwisselend bij vriendinnen. Ik ben bang dat ze op straat belandt.",
    lifeDomains: ['housing', 'home_family'], wijk: 'Noordoost', status: 'pending', daysAgo: 4,
  },
  {
    // personal data: postcode + house number
    group: 'parent', kind: 'experience',
    text: "Wij wonen op 3531 AB nummer 17 en er is hier in de buurt helemaal niets voor kinderen van 12 tot 16. Mijn kinderen zitten daardoor de hele dag binnen achter een scherm.",
    lifeDomains: ['leisure'], status: 'rejected', rejectionReason: 'personal_data', daysAgo: 7,
  },
  {
    // personal data: "ik heet ..."
    group: 'parent', kind: 'experience',
    text: "Ik heet Fatima El Amrani en ik ben moeder van vier kinderen in Kanaleneiland. Ik wil vertellen dat de hulp bij ons pas kwam toen het al te laat was. Niemand vroeg eerder hoe het echt ging.",
    lifeDomains: ['home_family'], wijk: 'Zuidwest', status: 'pending', daysAgo: 1,
  },
  {
    group: 'parent', kind: 'experience',
    text: "Sinds mijn dochter naar de middelbare ging, is ze steeds meer alleen. Ze zegt dat ze 'geen aansluiting' heeft. Er zijn wel clubs, maar ze durft er niet alleen heen.",
    lifeDomains: ['friends_relationships', 'leisure'], wijk: 'Vleuten-De Meern', status: 'approved', daysAgo: 12,
  },
  {
    group: 'parent', kind: 'idea',
    text: "Geef gezinnen op de wachtlijst een vast aanspreekpunt dat elke maand even belt. Niet voor therapie, gewoon: hoe gaat het, is het erger geworden, wat heeft u nodig?",
    lifeDomains: ['health', 'home_family'], wijk: 'Binnenstad', status: 'approved', daysAgo: 14,
  },
  {
    group: 'parent', kind: 'question',
    text: "Waar kunnen ouders terecht die zelf overbelast raken door de zorg voor een kind met ernstige gedragsproblemen? Ik ben op, maar alle hulp richt zich alleen op hem.",
    lifeDomains: ['home_family', 'health'], wijk: 'Noordwest', status: 'pending', daysAgo: 3,
  },
  {
    group: 'parent', kind: 'experience',
    text: "Er zaten bij ons op een gegeven moment acht professionals aan tafel. Iedereen had een eigen plan en een eigen doel. Ik was de enige die het overzicht had, en ik ben geen professional.",
    lifeDomains: ['home_family'], status: 'approved', daysAgo: 16,
  },
  {
    group: 'parent', kind: 'experience',
    text: "De hulpverlener wilde dat mijn dochter 'meer eigen keuzes' maakte, maar begreep niet hoe belangrijk familie bij ons is. Daardoor raakten we juist verder van elkaar verwijderd.",
    lifeDomains: ['home_family'], wijk: 'Overvecht', status: 'approved', daysAgo: 11,
  },
  {
    group: 'parent', kind: 'question',
    text: "Mijn zoon van 15 durft 's avonds niet meer door Park Transwijk. Er zijn steekincidenten geweest. Wat doet de gemeente om jongeren zich hier weer veilig te laten voelen?",
    lifeDomains: ['safety'], wijk: 'Zuidwest', status: 'approved', daysAgo: 7,
  },
  {
    group: 'parent', kind: 'idea',
    text: "Laat sportclubs en buurthuizen samenwerken met scholen, zodat kinderen direct na school kunnen sporten. Zonder dat ouders ze hoeven te brengen of dure contributie moeten betalen.",
    lifeDomains: ['leisure', 'finances'], wijk: 'Leidsche Rijn', status: 'approved', daysAgo: 17,
  },
  {
    group: 'parent', kind: 'experience',
    text: "Onze gezinsbegeleider nam de tijd en keek echt naar ons hele gezin: ook naar de geldproblemen en het werk van mijn man. Dat het allemaal samenhing, had niemand eerder gezien. Zo zou het altijd moeten.",
    lifeDomains: ['home_family', 'finances'], status: 'approved', daysAgo: 20,
  },
  {
    group: 'parent', kind: 'question',
    text: "Is het verstandig om de school te vertellen dat mijn zoon ADHD-medicatie gebruikt? Ik ben bang dat hij dan anders behandeld wordt en een stempel krijgt.",
    lifeDomains: ['school_work', 'health'], wijk: 'Leidsche Rijn', status: 'pending', daysAgo: 0,
  },
  {
    group: 'parent', kind: 'experience',
    text: "Sinds de scheiding heeft mijn jongste buikpijn op de maandagen dat ze van haar vader terugkomt. De huisarts zegt dat het stress is. Maar wie helpt haar daar dan mee?",
    lifeDomains: ['home_family', 'health'], wijk: 'Vleuten-De Meern', status: 'approved', daysAgo: 9,
  },
  {
    group: 'parent', kind: 'idea',
    text: "Koppel nieuwe ouders in de jeugdhulp aan een ervaren ouder die de weg al kent.",
    lifeDomains: ['home_family'], status: 'rejected', rejectionReason: 'duplicate', daysAgo: 5,
  },
  {
    group: 'parent', kind: 'experience',
    text: "De leerplichtambtenaar dreigde met een boete, terwijl mijn dochter niet wíl spijbelen maar het niet kán door haar angst. Een boete maakt het thuis alleen maar erger.",
    lifeDomains: ['school_work', 'finances', 'health'], wijk: 'Noordoost', status: 'approved', daysAgo: 13,
  },
  {
    group: 'parent', kind: 'idea',
    text: "Bezoek onze webshop voor de beste CBD-olie tegen stress bij kinderen! Nu 20% korting met code UTRECHT20. Gratis verzending!",
    lifeDomains: ['health'], status: 'rejected', rejectionReason: 'spam', daysAgo: 4,
  },
  {
    group: 'parent', kind: 'question',
    text: "Hoe bescherm ik mijn kinderen tegen enge mensen online? Mijn zoon van 12 kreeg berichten van een 'vriend' uit een game, die later een volwassen man bleek te zijn.",
    lifeDomains: ['safety', 'friends_relationships'], status: 'pending', daysAgo: 1,
  },
  {
    group: 'parent', kind: 'experience',
    text: "Mijn kinderen gaan niet naar verjaardagen omdat we geen cadeautje kunnen kopen. Ze zeggen dat ze geen zin hebben, maar ik weet wel beter.",
    lifeDomains: ['finances', 'friends_relationships'], wijk: 'Overvecht', status: 'approved', daysAgo: 15,
  },
  {
    group: 'parent', kind: 'experience',
    text: "Ik schrok me dood toen school belde dat mijn zoon al drie weken niet was geweest. Hij ging elke ochtend met zijn tas de deur uit. Waarom hoor je dat als ouder pas na drie weken?",
    lifeDomains: ['school_work', 'home_family'], wijk: 'West', status: 'approved', daysAgo: 6,
  },
  {
    group: 'parent', kind: 'question',
    text: "Wie helpt mijn zoon met zijn geldzaken als hij straks 18 wordt? Hij heeft nu al een telefoonschuld en snapt niet wat een incasso is. Als ouder mag ik dan ineens niets meer.",
    lifeDomains: ['finances'], status: 'pending', daysAgo: 2,
  },
  {
    group: 'parent', kind: 'experience',
    text: "Ik ben mantelzorger voor mijn zieke moeder én moeder van twee pubers. De kinderen moeten veel zelf doen en helpen ook mee met oma. Ik maak me zorgen dat ze zelf tekortkomen.",
    lifeDomains: ['home_family'], wijk: 'Zuid', status: 'approved', daysAgo: 19,
  },
  {
    group: 'parent', kind: 'idea',
    text: "Een ouderavond in de wijk, niet op school, waar je met andere ouders kunt praten over social media, gamen en grenzen stellen. Met koffie en zonder PowerPoint.",
    lifeDomains: ['home_family', 'leisure'], wijk: 'Oost', status: 'approved', daysAgo: 10,
  },
  {
    group: 'parent', kind: 'idea',
    text: "Laat een verwijzing gewoon doorlopen zolang de hulp doorloopt. Nu moeten we steeds opnieuw via de huisarts, dat kost ons elke keer weken en in die tijd ligt de behandeling stil.",
    lifeDomains: ['health'], status: 'pending', daysAgo: 3,
  },
  {
    group: 'parent', kind: 'experience',
    text: "Na de scheiding moesten de kinderen en ik de woning uit. We sliepen maanden bij mijn zus op de bank. Op school merkten ze niets, want mijn kinderen schaamden zich en vertelden het aan niemand.",
    lifeDomains: ['housing', 'home_family'], wijk: 'Noordwest', status: 'approved', daysAgo: 18,
  },
  {
    group: 'parent', kind: 'experience',
    text: "Die zogenaamde hulpverleners zijn allemaal nutteloze zakkenvullers. Ontsla ze allemaal maar.",
    lifeDomains: ['health'], status: 'rejected', rejectionReason: 'offensive', daysAgo: 8,
  },
  {
    group: 'parent', kind: 'experience',
    text: "Bij de voetbalclub werd mijn zoon uitgescholden vanwege zijn huidskleur. De trainer deed niets. Nu wil hij niet meer sporten, terwijl hij dat juist zo nodig heeft om zijn energie kwijt te kunnen.",
    lifeDomains: ['leisure', 'friends_relationships'], wijk: 'Leidsche Rijn', status: 'approved', daysAgo: 16,
  },

  // ───────────────────────── Professionals (spoor 1) ─────────────────────────
  {
    group: 'professional', kind: 'question',
    text: "Hoe kunnen we als buurtteam gezinnen goed ondersteunen tijdens de wachttijd voor specialistische GGZ, zonder dat we ongemerkt zelf behandelaar worden?",
    lifeDomains: ['health'], wijk: 'Overvecht', inputLine: 'spoor-1', status: 'approved', daysAgo: 4,
  },
  {
    group: 'professional', kind: 'question',
    text: "Als POH-GGZ jeugd bij de huisarts zie ik veel jongeren met somberheid en prestatiedruk. Wat werkt bij lichte klachten, zodat ze niet onnodig doorstromen naar de specialistische GGZ?",
    lifeDomains: ['health', 'school_work'], wijk: 'Leidsche Rijn', inputLine: 'spoor-1', status: 'pending', daysAgo: 6,
  },
  {
    group: 'professional', kind: 'experience',
    text: "Als zorgcoördinator heb ik nu elf thuiszitters. Voor de helft is er een indicatie, maar geen plek. Ondertussen lopen de leerachterstanden op en raken ze uit beeld, ook bij ons.",
    lifeDomains: ['school_work'], wijk: 'Zuidwest', inputLine: 'spoor-1', status: 'approved', daysAgo: 9,
  },
  {
    group: 'professional', kind: 'question',
    text: "Wat werkt bij jongeren van 12 tot 14 die worden geronseld als drugskoerier? Als wijkagent zie ik het beginnen, maar de aanpak komt pas op gang als er strafbare feiten zijn.",
    lifeDomains: ['safety'], wijk: 'Overvecht', inputLine: 'spoor-1', status: 'approved', daysAgo: 11,
  },
  {
    group: 'professional', kind: 'question',
    text: "Hoe kunnen we de overgang 18-/18+ soepeler maken? Jongeren vallen tussen wal en schip zodra de Jeugdwet stopt en de ondersteuning vanuit de Wmo of de Participatiewet nog niet is gestart.",
    lifeDomains: ['housing', 'finances', 'health'], inputLine: 'spoor-1', status: 'pending', daysAgo: 3,
  },
  {
    group: 'professional', kind: 'experience',
    text: "Als jongerenwerker merk ik dat jongeren ons eerder vertrouwen dan de jeugdhulp. Maar als we doorverwijzen, moeten ze hun verhaal opnieuw vertellen en haken ze af. Een warme overdracht kost tijd die we niet vergoed krijgen.",
    lifeDomains: ['leisure', 'health'], wijk: 'Zuidwest', inputLine: 'spoor-1', status: 'approved', daysAgo: 13,
  },
  {
    group: 'professional', kind: 'question',
    text: "Welke aanpak werkt bij vechtscheidingen waarin beide ouders de hulp inzetten voor hun eigen strijd? De kinderen raken uit beeld, terwijl zij het meeste last hebben.",
    lifeDomains: ['home_family'], wijk: 'West', inputLine: 'spoor-1', status: 'pending', daysAgo: 2,
  },
  {
    group: 'professional', kind: 'experience',
    text: "In bijna de helft van mijn gezinnen spelen schulden. Zolang die stress er is, komt opvoedondersteuning gewoon niet binnen. Waarom zijn schuldhulp en jeugdhulp nog steeds twee aparte werelden?",
    lifeDomains: ['finances', 'home_family'], wijk: 'Noordwest', inputLine: 'spoor-1', status: 'approved', daysAgo: 8,
  },
  {
    group: 'professional', kind: 'question',
    text: "Hoe kunnen we cultuursensitief werken zonder in stereotypen te vervallen? Collega's vragen om handvatten, maar de trainingen die we krijgen blijven vaak algemeen.",
    lifeDomains: ['home_family'], inputLine: 'spoor-1', status: 'approved', daysAgo: 15,
  },
  {
    group: 'professional', kind: 'idea',
    text: "Zet ervaringsdeskundige jongeren structureel in bij intakes. In onze pilot bleven jongeren vaker in zorg als er een ervaringsdeskundige bij het eerste gesprek aanwezig was.",
    lifeDomains: ['health'], inputLine: 'spoor-1', status: 'approved', daysAgo: 17,
  },
  {
    group: 'professional', kind: 'experience',
    text: "Door het verloop in ons team krijgt een gezin gemiddeld drie verschillende gezinsbegeleiders per jaar. Dat ondermijnt precies de vertrouwensband waar de hulp op draait.",
    lifeDomains: ['home_family'], wijk: 'Noordoost', inputLine: 'spoor-1', status: 'approved', daysAgo: 10,
  },
  {
    group: 'professional', kind: 'idea',
    text: "Geef mentoren een korte checklist om jonge mantelzorgers te herkennen, en een vaste contactpersoon bij het buurtteam om naar door te verwijzen. Deze jongeren melden zich zelden zelf en vallen op school alleen op door verzuim of vermoeidheid.",
    lifeDomains: ['home_family', 'school_work'], wijk: 'West', inputLine: 'spoor-1', status: 'approved', daysAgo: 14,
  },
  {
    group: 'professional', kind: 'question',
    text: "Welke interventies werken bij problematisch gamen en social-mediagebruik bij jongeren van 12 tot 16? Ouders vragen er veel naar, maar wij hebben weinig in handen.",
    lifeDomains: ['leisure', 'health', 'home_family'], wijk: 'Noordwest', inputLine: 'spoor-1', status: 'pending', daysAgo: 1,
  },
  {
    group: 'professional', kind: 'question',
    text: "Die administratie is mijn dood. Als jeugdhulpverlener ben ik meer tijd kwijt aan verslaglegging en beschikkingen dan aan het gezin zelf. Hoe kunnen we dat verminderen zonder de verantwoording te verliezen?",
    lifeDomains: ['home_family'], inputLine: 'spoor-1', status: 'approved', daysAgo: 7,
  },
  {
    // personal data: client's name + street + house number
    group: 'professional', kind: 'question',
    text: "Casus: Kevin (15) uit de Rivierenwijk, woont op de Vechtstraat 40, is al maanden niet op school en reageert niet op het buurtteam. Wie kan meedenken over een aanpak?",
    lifeDomains: ['school_work'], wijk: 'Zuid', inputLine: 'spoor-1', status: 'rejected', rejectionReason: 'personal_data', daysAgo: 5,
  },
  {
    group: 'professional', kind: 'experience',
    text: "Als huisarts verwijs ik jongeren door, maar daarna hoor ik vaak maanden niets. Ik weet niet of ze op een wachtlijst staan of al in behandeling zijn. Als ze dan weer op mijn spreekuur zitten, begin ik bij nul.",
    lifeDomains: ['health'], wijk: 'Oost', inputLine: 'spoor-1', status: 'approved', daysAgo: 12,
  },
  {
    group: 'professional', kind: 'question',
    text: "Wat werkt bij de samenwerking tussen school en buurtteam als het om privacy gaat? We willen zorgen over een leerling delen, maar weten vaak niet wat wel en niet mag zonder toestemming.",
    lifeDomains: ['school_work'], wijk: 'Binnenstad', inputLine: 'spoor-1', status: 'approved', daysAgo: 16,
  },
  {
    group: 'professional', kind: 'experience',
    text: "Als leerkracht in groep 8 zie ik kinderen zonder ontbijt en zonder gymspullen. Ouders schamen zich om hulp te vragen. Een schoolmaatschappelijk werker die vast op school is, zou enorm helpen.",
    lifeDomains: ['finances', 'school_work'], wijk: 'Overvecht', inputLine: 'spoor-1', status: 'approved', daysAgo: 18,
  },
  {
    group: 'professional', kind: 'question',
    text: "Hoe voorkomen we dat jongeren die uit een residentiële plek of gezinshuis komen op hun 18e dakloos raken? Er zijn simpelweg geen woningen, en een tijdelijke kamer is geen thuis.",
    lifeDomains: ['housing'], inputLine: 'spoor-1', status: 'approved', daysAgo: 20,
  },
  {
    group: 'professional', kind: 'experience',
    text: "Ik zie veel ouders met eigen, onbehandelde trauma's. Wij helpen het kind, maar de ouder krijgt geen hulp omdat dat een ander domein en een andere financiering is. Zo blijven we dweilen met de kraan open.",
    lifeDomains: ['home_family', 'health'], wijk: 'Zuid', inputLine: 'spoor-1', status: 'pending', daysAgo: 6,
  },
  {
    group: 'professional', kind: 'question',
    text: "Hoe verminderen we het stigma op jeugdhulp in wijken waar 'de jeugdzorg' vooral wordt gezien als de instantie die kinderen afpakt? Gezinnen houden de deur dicht tot het escaleert.",
    lifeDomains: ['home_family'], wijk: 'Zuidwest', inputLine: 'spoor-1', status: 'pending', daysAgo: 3,
  },
  {
    group: 'professional', kind: 'idea',
    text: "Maak van de buurtsportcoaches een vaste schakel naar het buurtteam. Zij zien kinderen elke week en merken het vaak als eerste als er thuis iets speelt.",
    lifeDomains: ['leisure', 'home_family'], wijk: 'Noordoost', inputLine: 'spoor-1', status: 'approved', daysAgo: 19,
  },
  {
    group: 'professional', kind: 'question',
    text: "Wat werkt bij het bespreekbaar maken van huiselijk geweld met jongeren die zelf niet willen dat er iets gebeurt, omdat ze hun ouders willen beschermen?",
    lifeDomains: ['safety', 'home_family'], inputLine: 'spoor-1', status: 'pending', daysAgo: 1,
  },
  {
    group: 'professional', kind: 'experience',
    text: "In de JGZ-gesprekken op school geven veel meiden van 14 en 15 aan dat ze zich eenzaam voelen, ook als ze online heel veel contacten hebben. Dat signaal is de afgelopen jaren duidelijk sterker geworden.",
    lifeDomains: ['friends_relationships', 'health'], wijk: 'Vleuten-De Meern', inputLine: 'spoor-1', status: 'approved', daysAgo: 15,
  },
  {
    group: 'professional', kind: 'question',
    text: "Hoe kunnen we onderwijs-zorgarrangementen sneller regelen? De afstemming tussen samenwerkingsverband, gemeente en zorgaanbieder kost per leerling maanden, en in die maanden zit een kind thuis.",
    lifeDomains: ['school_work'], wijk: 'Leidsche Rijn', inputLine: 'spoor-1', status: 'pending', daysAgo: 4,
  },
  {
    group: 'professional', kind: 'idea',
    text: "Train leerkrachten, jongerenwerkers en sportcoaches samen in het herkennen van signalen van criminele uitbuiting, met een duidelijke route voor wat je dan doet zonder de jongere in gevaar te brengen.",
    lifeDomains: ['safety', 'school_work'], wijk: 'Zuidwest', inputLine: 'spoor-1', status: 'approved', daysAgo: 10,
  },
  {
    group: 'professional', kind: 'experience',
    text: "Op ons mbo melden veel studenten zich ziek met stress en paniekklachten. Ze combineren school, een bijbaan en vaak ook mantelzorg thuis voor een ouder of broertje. De loopbaanbegeleider is voor velen de enige hulp die ze hebben.",
    lifeDomains: ['school_work', 'health', 'finances'], wijk: 'West', inputLine: 'spoor-1', status: 'approved', daysAgo: 12,
  },
  {
    group: 'professional', kind: 'idea',
    text: "Geef ervaringsdeskundige ouders een betaalde, vaste plek in elk buurtteam. Nu blijft het vaak bij goedbedoeld vrijwilligerswerk, terwijl hun kennis voor gezinnen net zo waardevol is als die van ons.",
    lifeDomains: ['home_family'], inputLine: 'spoor-1', status: 'approved', daysAgo: 9,
  },
  {
    group: 'professional', kind: 'question',
    text: "Wat werkt bij het overbruggen van wachttijden? Wij bieden soms overbruggingszorg, maar het is onduidelijk of dat gezinnen echt helpt of vooral de wachtlijst verplaatst.",
    lifeDomains: ['health'], inputLine: 'spoor-1', status: 'pending', daysAgo: 0,
  },
  {
    group: 'professional', kind: 'experience',
    text: "Als jeugdbeschermer heb ik nu achttien kinderen in mijn caseload, terwijl de norm lager ligt. Ik kan niet elk kind zo vaak zien als nodig is, en dat voelt onverantwoord. Collega's vallen uit, en dan krijgen kinderen wéér een nieuwe jeugdbeschermer.",
    lifeDomains: ['safety', 'home_family'], inputLine: 'spoor-1', status: 'approved', daysAgo: 14,
  },
  {
    group: 'professional', kind: 'idea',
    text: "Eén gezamenlijk gezinsplan dat school, buurtteam en specialistische hulp allemaal kunnen inzien, met de jongere en de ouders als eigenaar. Dan hoeft niemand zijn verhaal nog vijf keer te vertellen.",
    lifeDomains: ['school_work', 'home_family'], inputLine: 'spoor-1', status: 'approved', daysAgo: 11,
  },
  {
    group: 'professional', kind: 'question',
    text: "Hoe zorgen we dat jongeren met een migratieachtergrond even snel bij passende hulp komen? Onze cijfers laten zien dat zij vaker pas via een crisis instromen.",
    lifeDomains: ['health'], inputLine: 'spoor-1', status: 'pending', daysAgo: 5,
  },
  {
    group: 'professional', kind: 'experience',
    text: "Steeds vaker melden zich jongeren van 17 die thuis weg moeten of willen, maar er is geen passende opvang voor die leeftijd. We improviseren met logeerplekken bij familie of vrienden, en dat gaat niet altijd goed.",
    lifeDomains: ['housing', 'home_family', 'safety'], wijk: 'Binnenstad', inputLine: 'spoor-1', status: 'approved', daysAgo: 7,
  },
  {
    group: 'professional', kind: 'idea',
    text: "Begin bij jongeren van 16 en 17 al met geldlessen in de wijk en op school, samen met de schuldhulp. Veel schulden ontstaan in het eerste jaar na de 18e verjaardag: zorgverzekering, telefoon, kopen op afbetaling.",
    lifeDomains: ['finances'], inputLine: 'spoor-1', status: 'approved', daysAgo: 13,
  },
  {
    group: 'professional', kind: 'question',
    text: "Weet iemand of de parkeervergunning voor zorgverleners in de binnenstad ook geldt voor deelauto's?",
    lifeDomains: ['school_work'], wijk: 'Binnenstad', inputLine: 'spoor-1', status: 'rejected', rejectionReason: 'off_topic', daysAgo: 6,
  },
  {
    group: 'professional', kind: 'experience',
    text: "In Noordoost hebben we sinds vorig jaar een wekelijks overleg tussen school, buurtteam en wijkagent. De lijnen zijn kort en we kennen elkaars gezichten. Zorgen worden eerder opgepakt, vaak nog voordat er een melding nodig is. Zo'n overleg zou in elke wijk moeten bestaan.",
    lifeDomains: ['school_work', 'safety'], wijk: 'Noordoost', inputLine: 'spoor-1', status: 'approved', daysAgo: 17,
  },
  {
    group: 'professional', kind: 'idea',
    text: "Betrek vaders standaard bij de hulp: plan gesprekken ook na werktijd en nodig vader apart uit als ouders gescheiden zijn. In de praktijk praten we nu bijna altijd alleen met moeders, ook als vader wel in beeld is.",
    lifeDomains: ['home_family'], wijk: 'Oost', inputLine: 'spoor-1', status: 'approved', daysAgo: 18,
  },
  {
    group: 'professional', kind: 'question',
    text: "Wat werkt bij jongeren met een licht verstandelijke beperking die door de mazen van het net vallen omdat ze 'te goed' functioneren voor specialistische hulp, maar het zonder hulp niet redden?",
    lifeDomains: ['health', 'school_work'], wijk: 'Vleuten-De Meern', inputLine: 'spoor-1', status: 'pending', daysAgo: 2,
  },
  {
    group: 'professional', kind: 'question',
    text: "Hoe kunnen we de overgang van 18- naar 18+ beter regelen? Jongeren vallen nu tussen wal en schip.",
    lifeDomains: ['housing'], inputLine: 'spoor-1', status: 'rejected', rejectionReason: 'duplicate', daysAgo: 3,
  },
  {
    group: 'professional', kind: 'experience',
    text: "Ik werk als jongerenwerker in Kanaleneiland. Sinds we op vrijdagavond de sporthal openhouden, zien we minder overlast op straat. Belangrijker nog: jongeren blijven na het voetballen hangen en beginnen uit zichzelf over dingen die thuis of op school spelen. Een van hen vertelde na maanden dat zijn moeder al een jaar geen werk meer heeft en dat er thuis geen eten is aan het eind van de maand. Via ons kwam het gezin bij het buurtteam terecht, met iemand die hij al kende van de sporthal. Dat soort laagdrempelige plekken zijn de voordeur van de jeugdhulp, maar ze worden jaar op jaar als project gefinancierd. Elke keer als de subsidie onzeker is, staan we op het punt te stoppen. Hoe kunnen we dit soort vindplaatsen structureel borgen?",
    lifeDomains: ['leisure', 'safety', 'finances'], wijk: 'Zuidwest', inputLine: 'spoor-1', status: 'approved', daysAgo: 16,
  },

  // ───────────────────────── Beleid (spoor 1) ─────────────────────────
  {
    group: 'policy', kind: 'question',
    text: "Hoe meten we of de beweging naar voren, van specialistische hulp naar basishulp in de wijk, werkelijk betere uitkomsten oplevert voor jongeren, en niet alleen lagere kosten?",
    lifeDomains: ['health'], inputLine: 'spoor-1', status: 'approved', daysAgo: 8,
  },
  {
    group: 'policy', kind: 'question',
    text: "Welke afspraken tussen Jeugdwet, Wmo en Participatiewet zijn nodig zodat ondersteuning niet stopt op de dag dat een jongere 18 wordt? Waar zitten nu de knelpunten in de uitvoering?",
    lifeDomains: ['housing', 'finances'], inputLine: 'spoor-1', status: 'pending', daysAgo: 5,
  },
  {
    group: 'policy', kind: 'question',
    text: "Wat weten we over het effect van wachttijden op de zwaarte van problemen bij instroom? We willen onderbouwen waar extra investering het meeste oplevert.",
    lifeDomains: ['health'], inputLine: 'spoor-1', status: 'approved', daysAgo: 12,
  },
  {
    group: 'policy', kind: 'idea',
    text: "Verbind armoedebeleid en jeugdbeleid via één gezinsaanpak per wijk, te beginnen in Overvecht en Zuidwest, waar de kansenongelijkheid het grootst is. Eén plan, één contactpersoon, één budget.",
    lifeDomains: ['finances', 'home_family'], wijk: 'Overvecht', inputLine: 'spoor-1', status: 'approved', daysAgo: 15,
  },
  {
    group: 'policy', kind: 'experience',
    text: "Uit onze wijkmonitor blijkt dat jongeren in Leidsche Rijn minder voorzieningen voor vrije tijd hebben dan jongeren in oudere wijken, terwijl het aantal tieners daar snel groeit.",
    lifeDomains: ['leisure'], wijk: 'Leidsche Rijn', inputLine: 'spoor-1', status: 'approved', daysAgo: 10,
  },
  {
    group: 'policy', kind: 'question',
    text: "Hoe borgen we de inbreng van jongeren en ouders in beleid, bijvoorbeeld door ervaringsdeskundigen een vaste rol te geven, zodat het niet bij eenmalige inspraakavonden blijft en ze ook terughoren wat er met hun inbreng is gedaan?",
    lifeDomains: ['home_family'], inputLine: 'spoor-1', status: 'pending', daysAgo: 3,
  },
  {
    group: 'policy', kind: 'question',
    text: "Wat zijn effectieve vormen van begeleid wonen voor jongeren van 17 tot 23 die we als gemeente kunnen opschalen, gezien de krapte op de woningmarkt?",
    lifeDomains: ['housing'], inputLine: 'spoor-1', status: 'approved', daysAgo: 18,
  },
  {
    group: 'policy', kind: 'question',
    text: "Hoe krijgen we een betrouwbaar beeld van het aantal thuiszitters en stille uitvallers in de stad? De huidige registraties missen veel jongeren die wel ingeschreven staan maar niet op school zijn.",
    lifeDomains: ['school_work'], inputLine: 'spoor-1', status: 'pending', daysAgo: 6,
  },
  {
    group: 'policy', kind: 'question',
    text: "Welke preventieve aanpak werkt bij het voorkomen van criminele uitbuiting van minderjarigen, en hoe verdelen we de rollen tussen zorg, onderwijs en veiligheid?",
    lifeDomains: ['safety'], wijk: 'Zuidwest', inputLine: 'spoor-1', status: 'approved', daysAgo: 14,
  },
  {
    group: 'policy', kind: 'experience',
    text: "Het verloop onder jeugdprofessionals is hoog en de kosten van inhuur stijgen. We willen weten welke factoren professionals juist voor de wijk behouden, zodat gezinnen minder wisselingen meemaken.",
    lifeDomains: ['school_work', 'home_family'], inputLine: 'spoor-1', status: 'approved', daysAgo: 20,
  },

  // ───────────────────────── Onderzoek (spoor 2) ─────────────────────────
  {
    group: 'research', kind: 'question',
    text: "Welk effect heeft de inzet van ervaringsdeskundige jongeren op de werkrelatie en op voortijdige uitval uit behandeling? De internationale literatuur is veelbelovend, maar Nederlandse gegevens zijn schaars.",
    lifeDomains: ['health'], inputLine: 'spoor-2', status: 'approved', daysAgo: 9,
  },
  {
    group: 'research', kind: 'idea',
    text: "Onderzoek naar traumasensitief werken in de buurtteams: welke onderliggende oorzaken herkennen professionals, en wat doen ze daarmee? Graag samen met jongeren en ouders als co-onderzoekers.",
    lifeDomains: ['health', 'home_family'], inputLine: 'spoor-2', status: 'approved', daysAgo: 13,
  },
  {
    group: 'research', kind: 'idea',
    text: "Onderzoek of laagdrempelige online ondersteuning de wachttijd zinvol kan maken. We weten nog weinig over wat maandenlang wachten doet met de motivatie en de klachten van jongeren.",
    lifeDomains: ['health'], inputLine: 'spoor-2', status: 'pending', daysAgo: 2,
  },
  {
    group: 'research', kind: 'experience',
    text: "In ons cohortonderzoek zien we dat jongeren met problemen op meerdere leefgebieden tegelijk vaker terugkeren in de jeugdhulp. Het gaat dan vooral om de combinatie van wonen, geld en school of werk. Wanneer alleen het gedrag of de psychische klacht wordt behandeld en de schulden of de woonsituatie blijven bestaan, zien we binnen twee jaar vaak een nieuwe aanmelding. Integrale hulp lijkt dus een sleutel, maar we weten nog weinig over hoe buurtteams die in de praktijk vormgeven en welke samenwerking met schuldhulp, woningcorporaties en onderwijs het verschil maakt. Wij willen dit graag samen met de praktijk verder uitzoeken.",
    lifeDomains: ['housing', 'finances', 'school_work'], inputLine: 'spoor-2', status: 'approved', daysAgo: 16,
  },
  {
    group: 'research', kind: 'question',
    text: "Hoe verhoudt intensief social-mediagebruik zich tot somberheid bij Utrechtse jongeren, en verschilt dat tussen jongens en meisjes en tussen wijken?",
    lifeDomains: ['health', 'friends_relationships'], inputLine: 'spoor-2', status: 'approved', daysAgo: 11,
  },
  {
    group: 'research', kind: 'question',
    text: "Welke drempels ervaren gezinnen met een migratieachtergrond bij de toegang tot jeugdhulp, en welke rol spelen schaamte, wantrouwen en eerdere ervaringen met instanties daarin?",
    lifeDomains: ['home_family'], wijk: 'Zuidwest', inputLine: 'spoor-2', status: 'approved', daysAgo: 7,
  },
  {
    group: 'research', kind: 'idea',
    text: "Gebruik participatief actieonderzoek in één wijk om samen met jongeren te onderzoeken wat 'veilig opgroeien' voor hen betekent. Hun definitie wijkt vaak af van die van professionals en beleid.",
    lifeDomains: ['safety'], wijk: 'Overvecht', inputLine: 'spoor-2', status: 'approved', daysAgo: 19,
  },
  {
    group: 'research', kind: 'question',
    text: "Wat is de relatie tussen continuïteit van de hulpverlener en de uitkomsten van jeugdhulp? We willen ook weten hoeveel wisselingen jongeren in Utrecht gemiddeld meemaken.",
    lifeDomains: ['home_family'], inputLine: 'spoor-2', status: 'pending', daysAgo: 4,
  },
  {
    group: 'research', kind: 'question',
    text: "Welke combinatie van factoren voorspelt voortijdig schoolverlaten op het mbo, en welke signalen zijn al in het eerste leerjaar zichtbaar?",
    lifeDomains: ['school_work'], inputLine: 'spoor-2', status: 'approved', daysAgo: 15,
  },
  {
    group: 'research', kind: 'question',
    text: "Hoe groot is de groep jonge mantelzorgers in Utrecht, en wat is het effect van zorgtaken thuis op hun schoolprestaties en welbevinden?",
    lifeDomains: ['home_family', 'school_work', 'health'], inputLine: 'spoor-2', status: 'approved', daysAgo: 17,
  },

  // ───────────────────────── Onderwijs (spoor 2) ─────────────────────────
  {
    group: 'education', kind: 'idea',
    text: "Laat studenten social work en pedagogiek al in het eerste jaar meelopen in buurtteams, zodat de praktijkvragen uit de wijk ook in het onderwijs terechtkomen.",
    lifeDomains: ['school_work'], inputLine: 'spoor-2', status: 'approved', daysAgo: 8,
  },
  {
    group: 'education', kind: 'question',
    text: "Hoe bereiden we studenten beter voor op het werken met gezinnen uit verschillende culturen? Stagiairs geven aan dat ze zich hier onzeker over voelen.",
    lifeDomains: ['home_family'], inputLine: 'spoor-2', status: 'approved', daysAgo: 12,
  },
  {
    group: 'education', kind: 'experience',
    text: "Sinds ervaringsdeskundigen gastlessen geven in onze opleiding, verandert het beeld dat studenten van 'cliënten' hebben. Het stigma wordt zichtbaar, ook bij henzelf.",
    lifeDomains: ['health'], inputLine: 'spoor-2', status: 'approved', daysAgo: 17,
  },
  {
    group: 'education', kind: 'question',
    text: "Wat werkt bij het voorkomen van uitval van mbo-studenten met zorgtaken thuis of met schulden? Onze studieloopbaanbegeleiders lopen tegen hun grenzen aan.",
    lifeDomains: ['school_work', 'finances'], wijk: 'West', inputLine: 'spoor-2', status: 'pending', daysAgo: 3,
  },
  {
    group: 'education', kind: 'question',
    text: "Hoe kunnen lerarenopleidingen aanstaande docenten leren signalen van problemen thuis te herkennen en samen te werken met het buurtteam?",
    lifeDomains: ['school_work', 'home_family'], inputLine: 'spoor-2', status: 'approved', daysAgo: 10,
  },
  {
    group: 'education', kind: 'idea',
    text: "Investeer in begeleiding van startende jeugdprofessionals. Veel pas afgestudeerden haken binnen twee jaar af, en dat draagt bij aan de wisselingen van hulpverlener die gezinnen zo vervelend vinden.",
    lifeDomains: ['school_work'], inputLine: 'spoor-2', status: 'approved', daysAgo: 14,
  },
  {
    group: 'education', kind: 'idea',
    text: "Neem mediawijsheid en online veiligheid verplicht op in het curriculum van toekomstige jeugdprofessionals. Veel problemen van jongeren beginnen of escaleren online, en daar weten studenten nu te weinig van.",
    lifeDomains: ['safety', 'friends_relationships'], inputLine: 'spoor-2', status: 'pending', daysAgo: 5,
  },
  {
    group: 'education', kind: 'experience',
    text: "Onze eigen hbo-studenten kampen steeds vaker met prestatiedruk en somberheid. Zij worden straks de professionals die jongeren hierbij moeten helpen.",
    lifeDomains: ['health', 'school_work'], wijk: 'Oost', inputLine: 'spoor-2', status: 'approved', daysAgo: 18,
  },
  {
    group: 'education', kind: 'idea',
    text: "Organiseer leerwerkplaatsen waarin studenten, jongeren en professionals samen een praktijkvraag uit de wijk uitwerken. Dan leert iedereen van elkaar, en niet alleen de student.",
    lifeDomains: ['school_work'], wijk: 'Leidsche Rijn', inputLine: 'spoor-2', status: 'approved', daysAgo: 20,
  },
  {
    group: 'education', kind: 'idea',
    text: "Wij zoeken nog stageplaatsen voor tweedejaars studenten. Neem contact op met ons secretariaat voor de voorwaarden.",
    lifeDomains: ['school_work'], inputLine: 'spoor-2', status: 'rejected', rejectionReason: 'off_topic', daysAgo: 9,
  },
];
