import type { ChoiceOption, ParticipantGroup, PublicQuestionnaireSummary } from '@inbreng/contracts';

/** A number as typed ("1,5" too), or the text itself when it is not a number (the rules then say so). */
export function typedNumber(raw: string): number | string | undefined {
  const t = raw.trim();
  if (t === '') return undefined;
  const n = Number(t.replace(',', '.'));
  return Number.isFinite(n) ? n : t;
}

/** Moves one item in a copy of the order. */
export function reorder(order: readonly string[], from: number, to: number): string[] {
  const out = [...order];
  const [item] = out.splice(from, 1);
  if (item !== undefined) out.splice(Math.max(0, Math.min(to, out.length)), 0, item);
  return out;
}

/** The order to show: the answer when it is a full ordering of these items, otherwise as listed. */
export function rankingOrder(options: readonly ChoiceOption[], value: unknown): string[] {
  const keys = options.map((o) => o.key);
  if (Array.isArray(value) && value.length === keys.length && keys.every((k) => value.includes(k))) {
    return value as string[];
  }
  return keys;
}

/** The questionnaires of the round for who the participant is (all of them until they have said). */
export function forGroup(
  list: readonly PublicQuestionnaireSummary[],
  group: ParticipantGroup | null,
): PublicQuestionnaireSummary[] {
  return group ? list.filter((q) => q.audience.includes(group)) : [...list];
}
