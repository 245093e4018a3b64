import type { AgendaChange } from '@inbreng/contracts';

/** The translation key that words one change since publication (see `prioritisation.published.changes`). */
export function changeKey(c: AgendaChange): string {
  const base = 'prioritisation.published.changes.';
  switch (c.kind) {
    case 'rank':
      return `${base}${c.now === null ? 'rankGone' : 'rank'}`;
    case 'wording':
      return `${base}wording.${c.field}`;
    default:
      return `${base}${c.kind}`;
  }
}
