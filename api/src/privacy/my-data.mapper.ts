import {
  PRIORITY_GROUPS,
  type GroupRank,
  type MyInputTraceResponse,
  type MyQuestionnaireResponseExport,
  type MySubmissionTrace,
  type PrioritisationResults,
  type PriorityGroup,
  type RoundStatus,
} from '@inbreng/contracts';
import { flattenQuestions } from '@inbreng/questionnaire';
import type { RoundEntity } from '../rounds/round.entity';
import { toPublicSubmission } from '../submissions/submission.mapper';
import type { SubmissionEntity } from '../submissions/submission.entity';
import type {
  MyOpenAnswerLinkRow,
  MyOpenAnswerRow,
  MyResponseRow,
  QuestionLinkRow,
  ThemeLinkRow,
} from './my-data.repository';
import { toQuestionnaireTraces } from './my-questionnaires.mapper';

/**
 * Theme names are shown from `synthesis` on: by then a moderator has accepted the theme and the link, and it
 * tells people early that their input was read and grouped. Research questions are drafts until the shortlist
 * is fixed for voting, when they become public on the ballot anyway, so they are shown from `prioritising` on.
 */
export const THEMES_VISIBLE_FROM: readonly RoundStatus[] = [
  'synthesis',
  'prioritising',
  'published',
  'archived',
];
export const QUESTIONS_VISIBLE_FROM: readonly RoundStatus[] = ['prioritising', 'published', 'archived'];

export interface QuestionRank {
  combinedRank: number;
  perGroup: { group: PriorityGroup; rank: number | null }[];
}

export interface TraceInput {
  round: Pick<RoundEntity, 'slug' | 'title' | 'status'>;
  /** Set once the agenda is published. */
  agendaUrl: string | null;
  submissions: SubmissionEntity[];
  themes: ThemeLinkRow[];
  questions: QuestionLinkRow[];
  /** Published ranks per research question id; null before publication. */
  ranks: Map<string, QuestionRank> | null;
  /** Questionnaire responses with the code, and where their open answers went. */
  responses: MyResponseRow[];
  openAnswers: MyOpenAnswerLinkRow[];
}

/** Per submission: where it went. Only approved submissions enter synthesis, so only they carry themes. */
export function toTrace(input: TraceInput): MyInputTraceResponse {
  const showThemes = THEMES_VISIBLE_FROM.includes(input.round.status);
  const showQuestions = QUESTIONS_VISIBLE_FROM.includes(input.round.status);
  const items = input.submissions.map((s): MySubmissionTrace => {
    const themes =
      showThemes && s.status === 'approved'
        ? input.themes.filter((t) => t.submissionId === s.id).map((t) => ({ id: t.themeId, name: t.name }))
        : [];
    const themeIds = new Set(themes.map((t) => t.id));
    const seen = new Set<string>();
    const questions = showQuestions
      ? input.questions.filter((q) => themeIds.has(q.themeId) && !seen.has(q.id) && seen.add(q.id))
      : [];
    const researchQuestions = questions
      .map((q) => {
        const rank = input.ranks?.get(q.id);
        return {
          id: q.id,
          text: q.text,
          combinedRank: rank?.combinedRank ?? null,
          perGroup: rank?.perGroup ?? [],
        };
      })
      // best ranked first; unranked ones keep their order of making
      .sort((a, b) => rankOrder(a.combinedRank) - rankOrder(b.combinedRank));
    return { submission: toPublicSubmission(s), themes, researchQuestions };
  });
  return {
    round: { slug: input.round.slug, title: input.round.title, status: input.round.status },
    agendaUrl: input.agendaUrl,
    items,
    questionnaires: toQuestionnaireTraces({
      round: input.round,
      responses: input.responses,
      openAnswers: input.openAnswers,
      listedSubmissionIds: new Set(input.submissions.map((s) => s.id)),
    }),
  };
}

function rankOrder(rank: number | null): number {
  return rank ?? Number.MAX_SAFE_INTEGER;
}

/** The part of results (live or as published) that ranks need. */
export interface RanksSource {
  questions: ReadonlyArray<
    Pick<PrioritisationResults['questions'][number], 'researchQuestionId' | 'combinedRank'> & {
      perGroup: ReadonlyArray<Pick<GroupRank, 'group' | 'rank'>>;
    }
  >;
}

/** Ranks per research question from the results; every group is listed, `null` where it cast no votes. */
export function toQuestionRanks(results: RanksSource): Map<string, QuestionRank> {
  return new Map(
    results.questions.map((q) => [
      q.researchQuestionId,
      {
        combinedRank: q.combinedRank,
        perGroup: PRIORITY_GROUPS.map((group) => ({
          group,
          rank: q.perGroup.find((g) => g.group === group)?.rank ?? null,
        })),
      },
    ]),
  );
}

/**
 * One questionnaire response for the participant's own export: the answers exactly as stored for them to
 * resume with (their own open texts included: they wrote them), the texts of the questions they answered from
 * the version they answered, and each open text both as written and as staff see it.
 */
export function toQuestionnaireResponseExport(
  r: MyResponseRow,
  openAnswers: MyOpenAnswerRow[],
): MyQuestionnaireResponseExport {
  return {
    questionnaire: { id: r.questionnaireId, title: r.title, status: r.questionnaireStatus },
    version: r.version,
    status: r.status,
    wijk: r.wijk,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    submittedAt: r.submittedAt?.toISOString() ?? null,
    questions: flattenQuestions(r.definition)
      .filter(({ question }) => question.key in r.answers)
      .map(({ question }) => ({ key: question.key, text: question.text, type: question.type })),
    answers: r.answers,
    openAnswers: openAnswers
      .filter((o) => o.responseId === r.id)
      .map((o) => ({
        questionKey: o.questionKey,
        source: o.source,
        originalText: o.originalText,
        text: o.redactedText,
        submissionId: o.submissionId,
      })),
  };
}
