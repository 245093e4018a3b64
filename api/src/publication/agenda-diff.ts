import { PRIORITY_GROUPS, type AgendaChange } from '@inbreng/contracts';
import type { AgendaSnapshot } from './agenda-snapshot';

const WORDING = ['text', 'population', 'rationale', 'evidenceStatus'] as const;

/**
 * What differs between the agenda as published and the same agenda computed from today's data, in the order
 * staff read it: votes per group, weights, then per published question its place, its wording and the number
 * of submissions behind it.
 */
export function diffAgenda(published: AgendaSnapshot, now: AgendaSnapshot): AgendaChange[] {
  const changes: AgendaChange[] = [];
  for (const group of PRIORITY_GROUPS) {
    const [p, n] = [published.ballotsPerGroup[group] ?? 0, now.ballotsPerGroup[group] ?? 0];
    if (p !== n) changes.push({ kind: 'ballots', group, published: p, now: n });
  }
  if (PRIORITY_GROUPS.some((g) => published.settings.weights[g] !== now.settings.weights[g]))
    changes.push({ kind: 'weights' });
  const today = new Map(now.items.map((i) => [i.researchQuestionId, i]));
  for (const p of published.items) {
    const n = today.get(p.researchQuestionId);
    const about = { researchQuestionId: p.researchQuestionId, text: p.text };
    if (!n || n.rank !== p.rank)
      changes.push({ kind: 'rank', ...about, published: p.rank, now: n?.rank ?? null });
    if (!n) continue;
    for (const field of WORDING)
      if (n[field] !== p[field]) changes.push({ kind: 'wording', ...about, field });
    if (n.submissionCount !== p.submissionCount)
      changes.push({ kind: 'submissions', ...about, published: p.submissionCount, now: n.submissionCount });
  }
  return changes;
}
