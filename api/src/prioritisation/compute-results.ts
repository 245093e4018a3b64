import {
  PRIORITY_GROUPS,
  type GroupRank,
  type PrioritisationSettings,
  type PriorityGroup,
  type RankedQuestion,
} from '@inbreng/contracts';
import { bradleyTerry, combineGroupScores, kendallTauB, rankScores } from '@inbreng/ranking';

export interface RankingInput {
  method: 'ranking';
  /** Ballot points per group and question. */
  points: { group: PriorityGroup; questionId: string; points: number }[];
  voters: Map<PriorityGroup, number>;
}

export interface PairwiseInput {
  method: 'pairwise';
  comparisons: { group: PriorityGroup; winner: string; loser: string; n: number }[];
  voters: Map<PriorityGroup, number>;
}

export interface ComputedResults {
  questions: RankedQuestion[];
  ballotsPerGroup: Record<PriorityGroup, number>;
  lowResponseGroups: PriorityGroup[];
  effectiveWeights: Partial<Record<PriorityGroup, number>>;
  agreement: { a: PriorityGroup; b: PriorityGroup; tau: number | null }[];
}

/**
 * Per-group scores, their weighted combination and ranks with ties. Ranking method: a group's score for a
 * question is its mean ballot points per voter in that group. Pairwise: Bradley–Terry strength within the group.
 * Either way each group's scores become shares of the group's total before weighting (see combineGroupScores).
 */
export function computeResults(
  shortlist: { researchQuestionId: string; text: string }[],
  settings: Pick<PrioritisationSettings, 'weights' | 'minGroupBallots'>,
  input: RankingInput | PairwiseInput,
): ComputedResults {
  const ids = shortlist.map((q) => q.researchQuestionId);
  const index = new Map(ids.map((id, i) => [id, i]));
  const ballotsPerGroup = Object.fromEntries(
    PRIORITY_GROUPS.map((g) => [g, input.voters.get(g) ?? 0]),
  ) as Record<PriorityGroup, number>;

  const perGroup = PRIORITY_GROUPS.map((group) => {
    const voters = ballotsPerGroup[group];
    let scores = new Array<number>(ids.length).fill(0);
    if (voters > 0 && input.method === 'ranking') {
      for (const p of input.points) {
        const i = index.get(p.questionId);
        if (p.group === group && i !== undefined) scores[i] = (scores[i] as number) + p.points / voters;
      }
    } else if (voters > 0 && input.method === 'pairwise') {
      const comparisons = input.comparisons
        .filter((c) => c.group === group)
        .map((c) => ({ winner: c.winner, loser: c.loser, count: c.n }));
      scores = bradleyTerry(ids, comparisons);
    }
    return { group, scores, voters };
  });

  const { combined, effectiveWeights } = combineGroupScores(ids.length, perGroup, settings.weights);
  const groupRanks = new Map<PriorityGroup, Map<string, { rank: number; tied: boolean; score: number }>>();
  for (const g of perGroup) {
    if (g.voters === 0) continue;
    const ranked = rankScores(ids.map((key, i) => ({ key, score: g.scores[i] as number })));
    groupRanks.set(
      g.group,
      new Map(ranked.map((r) => [r.key, { rank: r.rank, tied: r.tied, score: r.score }])),
    );
  }
  const combinedRanks = rankScores(ids.map((key, i) => ({ key, score: combined[i] as number })));
  const textOf = new Map(shortlist.map((q) => [q.researchQuestionId, q.text]));
  const questions: RankedQuestion[] = combinedRanks.map((r) => ({
    researchQuestionId: r.key,
    text: textOf.get(r.key) ?? '',
    combinedScore: r.score,
    combinedRank: r.rank,
    tied: r.tied,
    perGroup: perGroup
      .filter((g) => g.voters > 0)
      .map((g): GroupRank => {
        const own = groupRanks.get(g.group)?.get(r.key);
        return {
          group: g.group,
          n: g.voters,
          score: own?.score ?? 0,
          rank: own?.rank ?? 0,
          tied: own?.tied ?? false,
        };
      }),
  }));

  const agreement: ComputedResults['agreement'] = [];
  for (let i = 0; i < perGroup.length; i += 1)
    for (let j = i + 1; j < perGroup.length; j += 1) {
      const a = perGroup[i] as (typeof perGroup)[number];
      const b = perGroup[j] as (typeof perGroup)[number];
      agreement.push({
        a: a.group,
        b: b.group,
        tau: a.voters > 0 && b.voters > 0 ? kendallTauB(a.scores, b.scores) : null,
      });
    }

  return {
    questions,
    ballotsPerGroup,
    lowResponseGroups: PRIORITY_GROUPS.filter((g) => ballotsPerGroup[g] < settings.minGroupBallots),
    effectiveWeights,
    agreement,
  };
}
