import type { AnswerValue, MyQuestionnaireTrace, RoundStatus } from '@inbreng/contracts';
import { flattenQuestions } from '@inbreng/questionnaire';
import type { MyOpenAnswerLinkRow, MyResponseRow } from './my-data.repository';

export interface QuestionnaireTraceInput {
  round: { slug: string; status: RoundStatus };
  responses: MyResponseRow[];
  /** The open answers of these responses: which response, and the submission made from it if any. */
  openAnswers: MyOpenAnswerLinkRow[];
  /** Ids of the submissions listed on the page: a pointer to anything else would lead nowhere. */
  listedSubmissionIds: ReadonlySet<string>;
}

/**
 * What "Mijn inbreng" says about each questionnaire answered with the code: which one, handed in or not, how
 * many questions were answered and which submissions were made from the open answers. No answer itself is
 * passed on, not even redacted: open texts may hold personal data, and the page may be read on a shared
 * screen; the participant's own export has them in full.
 */
export function toQuestionnaireTraces(input: QuestionnaireTraceInput): MyQuestionnaireTrace[] {
  return input.responses.map((r) => {
    const open = input.openAnswers.filter((o) => o.responseId === r.id);
    const submissionIds = [
      ...new Set(
        open
          .map((o) => o.submissionId)
          .filter((id): id is string => !!id && input.listedSubmissionIds.has(id)),
      ),
    ];
    const canContinue =
      r.status === 'in_progress' && r.questionnaireStatus === 'open' && input.round.status === 'open';
    return {
      questionnaire: { id: r.questionnaireId, title: r.title, status: r.questionnaireStatus },
      status: r.status,
      updatedAt: r.updatedAt.toISOString(),
      submittedAt: r.submittedAt?.toISOString() ?? null,
      answeredCount: flattenQuestions(r.definition).filter(({ question }) => isGiven(r.answers[question.key]))
        .length,
      openAnswerCount: open.length,
      submissionIds,
      continueUrl: canContinue ? `/r/${input.round.slug}/vragenlijst/${r.questionnaireId}` : null,
    };
  });
}

/** An answer counts when there is something in it: no empty text, empty choice list or empty grid. */
export function isGiven(value: AnswerValue | undefined): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.length > 0;
  if ('option' in value && typeof value.option === 'string') return value.option !== '';
  if ('options' in value && Array.isArray(value.options)) return value.options.length > 0;
  return Object.keys(value).length > 0;
}
