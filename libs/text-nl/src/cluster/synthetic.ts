import { createRng } from './rng';

/**
 * Synthetic short Dutch citizen-style texts for the scale run only (not for
 * quality claims): each text mixes words of one topic with common words.
 */
const TOPIC_WORDS = [
  'wachtlijst psycholoog wachten maanden hulp ggz afspraak intake doorverwijzing huisarts',
  'school leraar toets klas mentor huiswerk rooster pesten lessen cijfers',
  'geld schulden rekening betalen huur toeslag uitkering kosten budget armoede',
  'wonen huis kamer verhuizen woning dakloos huurwoning buurt opvang sleutel',
  'sport voetbal club contributie trainen zwemmen vereniging speeltuin buiten spelen',
  'politie veiligheid straat overlast jongeren avond hangplek verlichting boa camera',
  'scheiding ouders vader moeder omgang weekend ruzie thuis broertje zus',
  'jeugdhulpverlener gezinscoach hulpverlener wisselen dossier vertellen casemanager team wijkteam gesprek',
  'online instagram telefoon appen gamen internet scherm tiktok filmpjes berichten',
  'werk stage bijbaan baas salaris sollicitatie rooster uren werkgever contract',
  'gezondheid slapen moe eten dokter medicijnen ziek stress angst somber',
  'vrienden vriendschap eenzaam alleen feest samen chillen groepje vertrouwen praten',
];
const COMMON =
  'echt heel vaak soms altijd nooit beter slecht moeilijk makkelijk graag willen vinden zeggen krijgen maken snel lang goed nieuw'.split(
    ' ',
  );
const FILLER = 'ik je de het een en dat is niet maar ook voor van op met als er wel naar bij nog'.split(' ');

export function syntheticTexts(n: number, seed = 7): Array<{ id: string; text: string; topic: number }> {
  const rng = createRng(seed);
  const topics = TOPIC_WORDS.map((t) => t.split(' '));
  return Array.from({ length: n }, (_, i) => {
    const topic = rng.int(topics.length);
    const words = topics[topic]!;
    const length = 8 + rng.int(30);
    const out: string[] = [];
    for (let w = 0; w < length; w++) {
      const r = rng.next();
      if (r < 0.35) out.push(words[Math.floor(words.length * rng.next() ** 1.5)]!);
      else if (r < 0.45) out.push(topics[rng.int(topics.length)]![rng.int(10)]!);
      else if (r < 0.65) out.push(COMMON[rng.int(COMMON.length)]!);
      else out.push(FILLER[rng.int(FILLER.length)]!);
    }
    return { id: `s${i + 1}`, text: out.join(' '), topic };
  });
}
