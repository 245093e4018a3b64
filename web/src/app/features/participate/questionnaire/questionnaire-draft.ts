import {
  AGE_BANDS,
  PARTICIPANT_GROUPS,
  type AgeBand,
  type Answers,
  type AnswerValue,
  type ParticipantGroup,
  type QuestionnaireDefinition,
} from '@inbreng/contracts';
import { questionMap } from '@inbreng/questionnaire';

/** What a participant has filled in for one questionnaire; kept on this device so a reload loses nothing. */
export interface QuestionnaireDraft {
  /** The version the answers were given to. */
  version: number;
  group: ParticipantGroup | null;
  ageBand: AgeBand | null;
  wijk: string;
  accessCode: string;
  consent: boolean;
  /** True once past the start screen. */
  started: boolean;
  /** The section on screen (its key), so a reload comes back to it. */
  section: string | null;
  answers: Answers;
  /** Set once handed in: a reload shows the confirmation again. */
  submitted: boolean;
  /** Sent with the first save (no return code yet), so a retried first save never makes a second one. */
  idempotencyKey: string;
}

export function emptyQuestionnaireDraft(version: number): QuestionnaireDraft {
  return {
    version,
    group: null,
    ageBand: null,
    wijk: '',
    accessCode: '',
    consent: false,
    started: false,
    section: null,
    answers: {},
    submitted: false,
    idempotencyKey: crypto.randomUUID(),
  };
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function oneOf<T extends string>(list: readonly T[], v: unknown): T | null {
  return typeof v === 'string' && (list as readonly string[]).includes(v) ? (v as T) : null;
}

/** Shapes an answer may have (see `AnswerValue`); anything else from storage is dropped. */
function isAnswerValue(v: unknown): v is AnswerValue {
  if (typeof v === 'string') return true;
  if (typeof v === 'number') return Number.isFinite(v);
  if (Array.isArray(v)) return v.every((x) => typeof x === 'string');
  if (!v || typeof v !== 'object') return false;
  return Object.values(v).every(
    (x) =>
      typeof x === 'string' ||
      (typeof x === 'number' && Number.isFinite(x)) ||
      (Array.isArray(x) && x.every((y) => typeof y === 'string')),
  );
}

/** Keeps only answers to questions this definition still has, in a shape an answer can have. */
export function keepKnownAnswers(def: QuestionnaireDefinition, answers: unknown): Answers {
  if (!answers || typeof answers !== 'object' || Array.isArray(answers)) return {};
  const questions = questionMap(def);
  return Object.fromEntries(
    Object.entries(answers as Record<string, unknown>).filter(
      (entry): entry is [string, AnswerValue] => questions.has(entry[0]) && isAnswerValue(entry[1]),
    ),
  );
}

/**
 * Reads a stored draft defensively (it may be old, edited or from an earlier version of the
 * questionnaire): unknown groups, sections and questions are dropped, so what comes back can be shown.
 */
export function restoreQuestionnaireDraft(
  stored: unknown,
  def: QuestionnaireDefinition,
  version: number,
  audience: readonly ParticipantGroup[],
): QuestionnaireDraft {
  const base = emptyQuestionnaireDraft(version);
  if (!stored || typeof stored !== 'object') return base;
  const s = stored as Record<string, unknown>;
  const group = oneOf(PARTICIPANT_GROUPS, s['group']);
  const section = str(s['section']);
  return {
    version,
    group: group && audience.includes(group) ? group : null,
    ageBand: oneOf(AGE_BANDS, s['ageBand']),
    wijk: str(s['wijk']),
    accessCode: str(s['accessCode']),
    consent: s['consent'] === true,
    started: s['started'] === true,
    section: def.sections.some((x) => x.key === section) ? section : null,
    answers: keepKnownAnswers(def, s['answers']),
    submitted: s['submitted'] === true && s['version'] === version,
    idempotencyKey: UUID.test(str(s['idempotencyKey'])) ? str(s['idempotencyKey']) : base.idempotencyKey,
  };
}

export function hasAnswers(draft: QuestionnaireDraft): boolean {
  return Object.keys(draft.answers).length > 0;
}
