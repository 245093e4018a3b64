import type { RoundOption } from './participation';

// Ready-made round options from the knowledge workplaces' own vocabulary (Dutch labels, shown as is).

/** Option code from a label: "Leidsche Rijn" → "leidsche-rijn"; "financiën" → "financien". */
export function toCode(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

/** Dutch default labels for `DEFAULT_LIFE_DOMAINS` (labels are shown to participants as typed here). */
export const DEFAULT_LIFE_DOMAIN_OPTIONS: RoundOption[] = [
  { code: 'housing', label: 'wonen' },
  { code: 'finances', label: 'geld en financiën' },
  { code: 'school_work', label: 'school en werk' },
  { code: 'health', label: 'gezondheid' },
  { code: 'safety', label: 'veiligheid' },
  { code: 'home_family', label: 'thuis en gezin' },
  { code: 'leisure', label: 'vrije tijd' },
  { code: 'friends_relationships', label: 'vrienden en relaties' },
];

export const UTRECHT_WIJKEN: RoundOption[] = [
  'Noordwest',
  'Overvecht',
  'Noordoost',
  'Oost',
  'Binnenstad',
  'Zuid',
  'Zuidwest',
  'West',
  'Leidsche Rijn',
  'Vleuten-De Meern',
].map((label) => ({ code: toCode(label), label }));

export const AWTJ_INPUT_LINES: RoundOption[] = [
  { code: 'spoor-1', label: 'vanuit praktijk en beleid' },
  { code: 'spoor-2', label: 'vanuit onderzoek en onderwijs' },
];
