import {
  AGE_BANDS,
  PARTICIPANT_GROUPS,
  REJECTION_REASONS,
  SUBMISSION_KINDS,
  SUBMISSION_STATUSES,
} from '@inbreng/contracts';
import { TRANSLATIONS } from '../../../i18n';

function lookup(table: Record<string, unknown>, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => {
    return node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
  }, table);
}

describe('participant translations', () => {
  const keys = [
    ...PARTICIPANT_GROUPS.map((g) => `groups.${g}`),
    ...AGE_BANDS.map((a) => `ageBands.${a}`),
    ...SUBMISSION_KINDS.map((k) => `kinds.${k}`),
    ...SUBMISSION_KINDS.map((k) => `participate.item.kindHints.${k}`),
    ...SUBMISSION_STATUSES.map((s) => `submissionStatus.${s}`),
    ...SUBMISSION_STATUSES.map((s) => `myInput.statusText.${s}`),
    ...REJECTION_REASONS.map((r) => `rejectionReasons.${r}`),
  ];

  it.each(['nl', 'en'] as const)('translate every code from the contracts (%s)', (lang) => {
    const missing = keys.filter((k) => typeof lookup(TRANSLATIONS[lang], k) !== 'string');
    expect(missing).toEqual([]);
  });

  it('open the Dutch help panel with the warm B1 sentence', () => {
    expect(lookup(TRANSLATIONS.nl, 'help.intro')).toMatch(/Wat je schrijft klinkt zwaar/);
  });
});
