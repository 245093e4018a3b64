import { ROUND_TRANSITIONS, type RoundStatus } from '@inbreng/contracts';

export { AWTJ_INPUT_LINES, DEFAULT_LIFE_DOMAIN_OPTIONS, toCode, UTRECHT_WIJKEN } from '@inbreng/contracts';

// Pure helpers of the round form (no Angular), so they can be unit tested in plain Node.

export const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]{1,79}$/;
export const OPTION_CODE_PATTERN = /^[a-z0-9][a-z0-9_-]{0,59}$/i;

/** ISO instant → value for `<input type="datetime-local">` in the browser's time zone. */
export function toLocalInput(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** `datetime-local` value (local time) → ISO instant, or null when empty. */
export function fromLocalInput(value: string): string | null {
  if (!value) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

/** The moves offered for a status: exactly `ROUND_TRANSITIONS` (the API refuses everything else). */
export function nextStatuses(status: RoundStatus): RoundStatus[] {
  return ROUND_TRANSITIONS[status];
}

/** The i18n key part naming a move: "reopen" for closed → open, otherwise the target status. */
export function transitionKey(from: RoundStatus, to: RoundStatus): string {
  return from === 'closed' && to === 'open' ? 'reopen' : to;
}
