import type {
  AgendaItem,
  AgendaQuote,
  EvidenceStatus,
  PrioritisationMethod,
  PrioritisationResults,
  PrioritisationSettings,
  PriorityGroup,
  PublicAgendaResponse,
} from '@inbreng/contracts';
import type { QuestionCounts } from '../synthesis/research-question.repository';

/** One research question on the agenda as it was published; quotes are not part of it (they stay live). */
export type AgendaSnapshotItem = Omit<AgendaItem, 'quotes'> & { combinedScore: number };

/**
 * The agenda as it stood when the round was published, stored once in `agenda_publication.snapshot`.
 * `version` lets a later shape be told apart from this one; readers refuse shapes they do not know.
 */
export interface AgendaSnapshot {
  version: 1;
  method: PrioritisationMethod;
  /** Method, picks, weights as set and the low-response threshold. */
  settings: PrioritisationSettings;
  ballotsPerGroup: Record<PriorityGroup, number>;
  effectiveWeights: Partial<Record<PriorityGroup, number>>;
  lowResponseGroups: PriorityGroup[];
  agreement: PrioritisationResults['agreement'];
  items: AgendaSnapshotItem[];
}

/** What the agenda needs of a research question besides its rank. */
export interface AgendaQuestionDetails {
  id: string;
  text: string;
  population: string;
  rationale: string;
  evidenceStatus: EvidenceStatus;
}

/** Builds the agenda (ranks, texts, figures) from prioritisation results and the questions behind them. */
export function buildAgendaSnapshot(
  results: PrioritisationResults,
  questions: AgendaQuestionDetails[],
  counts: Map<string, QuestionCounts>,
): AgendaSnapshot {
  const byId = new Map(questions.map((q) => [q.id, q]));
  return {
    version: 1,
    method: results.settings.method,
    settings: { ...results.settings, weights: { ...results.settings.weights } },
    ballotsPerGroup: { ...results.ballotsPerGroup },
    effectiveWeights: { ...results.effectiveWeights },
    lowResponseGroups: [...results.lowResponseGroups],
    agreement: results.agreement.map((a) => ({ ...a })),
    items: results.questions.map((r): AgendaSnapshotItem => {
      const q = byId.get(r.researchQuestionId);
      const c = counts.get(r.researchQuestionId);
      return {
        rank: r.combinedRank,
        tied: r.tied,
        combinedScore: r.combinedScore,
        researchQuestionId: r.researchQuestionId,
        text: q?.text ?? r.text,
        population: q?.population ?? '',
        rationale: q?.rationale ?? '',
        evidenceStatus: q?.evidenceStatus ?? 'unknown',
        perGroup: r.perGroup.map((g) => ({ ...g })),
        submissionCount: c?.submissionCount ?? 0,
        byGroup: { ...(c?.byGroup ?? {}) },
        byKnowledgeType: { ...(c?.byKnowledgeType ?? {}) },
      };
    }),
  };
}

/** Reads a stored snapshot; a shape this code does not know is an error, not a silently empty agenda. */
export function parseAgendaSnapshot(stored: unknown): AgendaSnapshot {
  const s = stored as Partial<AgendaSnapshot> | null;
  if (!s || s.version !== 1 || !Array.isArray(s.items))
    throw new Error(`Unknown agenda snapshot version: ${String(s?.version)}`);
  return s as AgendaSnapshot;
}

export interface AgendaRoundInfo {
  slug: string;
  title: string;
  introduction: string;
  workspaceName: string;
}

/** The public agenda: the published figures and texts plus today's quotes (consent and deletion apply live). */
export function toPublicAgenda(
  round: AgendaRoundInfo,
  published: { at: Date; fixed: boolean; snapshot: AgendaSnapshot },
  quotes: Map<string, AgendaQuote[]>,
): PublicAgendaResponse {
  const s = published.snapshot;
  return {
    round: { ...round },
    publishedAt: published.at.toISOString(),
    fixed: published.fixed,
    method: s.method,
    ballotsPerGroup: s.ballotsPerGroup,
    effectiveWeights: s.effectiveWeights,
    items: s.items.map(
      ({ combinedScore: _score, ...item }): AgendaItem => ({
        ...item,
        quotes: quotes.get(item.researchQuestionId) ?? [],
      }),
    ),
  };
}

/** The published ranks in the shape the participant's trace reads them. */
export function snapshotRanks(s: AgendaSnapshot) {
  return {
    questions: s.items.map((i) => ({
      researchQuestionId: i.researchQuestionId,
      combinedRank: i.rank,
      perGroup: i.perGroup,
    })),
  };
}
