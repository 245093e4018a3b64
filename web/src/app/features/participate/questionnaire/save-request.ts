import type { ParticipantGroup, QuestionnaireDefinition, SaveResponseRequest } from '@inbreng/contracts';
import { pruneHiddenAnswers } from '@inbreng/questionnaire';
import { normalizeReturnCode } from '../return-code';
import type { Message } from '../validation';
import type { QuestionnaireDraft } from './questionnaire-draft';

/** What a save needs besides the draft. */
export interface SaveContext {
  definition: QuestionnaireDefinition;
  requiresAccessCode: boolean;
  /** The code to save under; null for the first save (then the idempotency key is sent). */
  returnCode: string | null;
  /** Used when the draft has no group yet (the start screen makes sure it has). */
  fallbackGroup: ParticipantGroup;
}

/** The body of a save or hand-in, built from the draft at the moment it is sent. */
export function buildSaveRequest(
  draft: QuestionnaireDraft,
  ctx: SaveContext,
  submit: boolean,
): SaveResponseRequest {
  const group = draft.group ?? ctx.fallbackGroup;
  return {
    ...(ctx.returnCode
      ? { returnCode: normalizeReturnCode(ctx.returnCode) }
      : { idempotencyKey: draft.idempotencyKey }),
    ...(ctx.requiresAccessCode ? { accessCode: draft.accessCode.trim() } : {}),
    group,
    ...(group === 'youth' && draft.ageBand ? { ageBand: draft.ageBand } : {}),
    ...(draft.wijk ? { wijk: draft.wijk } : {}),
    consent: true,
    // Answers to questions the participant no longer sees are not sent (the rules refuse them).
    answers: pruneHiddenAnswers(ctx.definition, draft.answers),
    submit,
    website: '',
  };
}

/**
 * Whether a refused save means the kept return code does not fit: 404 (unknown code), or 400 without
 * answer problems (the code's participant is in a group this questionnaire is not for).
 */
export function codeDoesNotFit(status: number, body: unknown): boolean {
  if (status === 404) return true;
  const problems = body && typeof body === 'object' ? (body as { problems?: unknown }).problems : undefined;
  return status === 400 && !(Array.isArray(problems) && problems.length > 0);
}

/** What to tell the participant when handing in failed (status 0 = no connection). */
export function submitProblem(status: number): Message {
  if (status === 0 || status >= 500) return { key: 'questionnaire.errors.network' };
  if (status === 409) return { key: 'questionnaire.errors.closed' };
  if (status === 429) return { key: 'participate.errors.tooMany' };
  if (status === 404) return { key: 'questionnaire.errors.gone' };
  return { key: 'questionnaire.errors.badRequest' };
}
