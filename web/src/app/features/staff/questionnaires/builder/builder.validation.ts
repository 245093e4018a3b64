import { OTHER_OPTION_KEY } from '@inbreng/contracts';
import { validateDefinition } from '@inbreng/questionnaire';
import type { FieldProblem, Message } from '../../shared/form-problem';
import {
  type BuilderDraft,
  type ConditionDraft,
  type QuestionDraft,
  CONDITION_OPERATORS,
  OPTION_TYPES,
  parseNumber,
  toDefinition,
} from './builder.model';

/** Element ids of the builder, in one place so the error summary can link to every field. */
export const builderId = {
  title: 'qb-title',
  introduction: 'qb-introduction',
  audience: 'qb-audience',
  minGroupSize: 'qb-min-group',
  addSection: 'qb-add-section',
  sectionTitle: (uid: string) => `qb-${uid}-title`,
  sectionAdd: (uid: string) => `qb-${uid}-add`,
  questionText: (uid: string) => `qb-${uid}-text`,
  part: (questionUid: string, partUid: string) => `qb-${questionUid}-part-${partUid}`,
  addPart: (uid: string) => `qb-${uid}-add-part`,
  maxChoices: (uid: string) => `qb-${uid}-max-choices`,
  min: (uid: string) => `qb-${uid}-min`,
  max: (uid: string) => `qb-${uid}-max`,
  minDate: (uid: string) => `qb-${uid}-min-date`,
  maxDate: (uid: string) => `qb-${uid}-max-date`,
  conditionQuestion: (uid: string) => `qb-${uid}-cond-question`,
  conditionValue: (uid: string) => `qb-${uid}-cond-value`,
  conditionMin: (uid: string) => `qb-${uid}-cond-min`,
  conditionMax: (uid: string) => `qb-${uid}-cond-max`,
};

export interface NumberedQuestion {
  question: QuestionDraft;
  /** 1-based, across the whole questionnaire, as the builder shows it. */
  number: number;
  sectionIndex: number;
}

export function numberedQuestions(draft: BuilderDraft): NumberedQuestion[] {
  let n = 0;
  return draft.sections.flatMap((s, sectionIndex) =>
    s.questions.map((question) => ({ question, number: ++n, sectionIndex })),
  );
}

/**
 * The questions a condition of this section or question may point to: those that come before it and
 * whose answer can be compared (choice, Likert, rating, number). A condition can never point forward.
 */
export function earlierQuestions(
  draft: BuilderDraft,
  sectionUid: string,
  questionUid?: string,
): NumberedQuestion[] {
  const at = draft.sections.findIndex((s) => s.uid === sectionUid);
  const out: NumberedQuestion[] = [];
  for (const nq of numberedQuestions(draft)) {
    if (nq.sectionIndex > at) break;
    if (nq.sectionIndex === at && (!questionUid || nq.question.uid === questionUid)) break;
    if (CONDITION_OPERATORS[nq.question.type]) out.push(nq);
  }
  return out;
}

const integer = (v: number | undefined): v is number => v !== undefined && Number.isInteger(v);

/** Every problem in the builder, in screen order (for the error summary and the inline messages). */
export function validateDraft(draft: BuilderDraft): FieldProblem[] {
  const out: FieldProblem[] = [];
  const add = (id: string, label: Message, key: string, params?: Message['params']) =>
    out.push({ target: id, label, message: { key: `qBuilder.errors.${key}`, params } });
  const field = (name: string): Message => ({ key: `qBuilder.fields.${name}` });

  if (!draft.title.trim()) add(builderId.title, field('title'), 'required');
  if (draft.audience.length === 0) add(builderId.audience, field('audience'), 'noAudience');
  const min = parseNumber(draft.minGroupSize);
  if (!integer(min) || min < 1 || min > 100) {
    add(builderId.minGroupSize, field('minGroupSize'), 'minGroupSize', { min: 1, max: 100 });
  }
  if (draft.sections.length === 0) add(builderId.addSection, field('sections'), 'noSections');

  const numbers = new Map(numberedQuestions(draft).map((nq) => [nq.question.uid, nq.number]));
  draft.sections.forEach((s, si) => {
    const where: Message = { key: 'qBuilder.where.section', params: { n: si + 1 } };
    if (!s.title.trim()) add(builderId.sectionTitle(s.uid), where, 'sectionTitle');
    if (s.questions.length === 0) add(builderId.sectionAdd(s.uid), where, 'sectionEmpty');
    if (s.condition) {
      checkCondition(s.condition, s.uid, earlierQuestions(draft, s.uid), draft, where, add);
    }
    for (const q of s.questions) {
      const qWhere: Message = { key: 'qBuilder.where.question', params: { n: numbers.get(q.uid) ?? 0 } };
      checkQuestion(q, qWhere, add);
      if (q.condition) {
        checkCondition(q.condition, q.uid, earlierQuestions(draft, s.uid, q.uid), draft, qWhere, add);
      }
    }
  });
  // The shared rules the API applies too: whatever they find that the checks above did not, is shown
  // at the nearest field, so a save never fails on something the builder could have said.
  const flagged = new Set(out.map((p) => p.target));
  for (const p of definitionProblems(draft)) {
    if (!flagged.has(p.target)) out.push(p);
    flagged.add(p.target);
  }
  return out;
}

const PATH = /^sections\[(\d+)\](?:\.questions\[(\d+)\])?(.*)$/;

/** Problems of `validateDefinition` (the lib the API uses), placed at a builder field. */
export function definitionProblems(draft: BuilderDraft): FieldProblem[] {
  const numbers = new Map(numberedQuestions(draft).map((nq) => [nq.question.uid, nq.number]));
  const out: FieldProblem[] = [];
  for (const problem of validateDefinition(toDefinition(draft.sections))) {
    const m = PATH.exec(problem.path);
    const section = m ? draft.sections[Number(m[1])] : undefined;
    const message: Message = { key: `qBuilder.errors.lib.${problem.code}` };
    if (!m || !section) {
      out.push({ target: builderId.addSection, label: { key: 'qBuilder.fields.sections' }, message });
      continue;
    }
    const rest = m[3] ?? '';
    const question = m[2] !== undefined ? section.questions[Number(m[2])] : undefined;
    if (!question) {
      const id = rest.startsWith('.condition')
        ? conditionField(section.uid, rest)
        : builderId.sectionTitle(section.uid);
      out.push({
        target: id,
        label: { key: 'qBuilder.where.section', params: { n: Number(m[1]) + 1 } },
        message,
      });
      continue;
    }
    const label: Message = { key: 'qBuilder.where.question', params: { n: numbers.get(question.uid) ?? 0 } };
    out.push({ target: questionField(question, rest), label, message });
  }
  return out;
}

function conditionField(uid: string, rest: string): string {
  if (rest.endsWith('.value')) return builderId.conditionValue(uid);
  if (rest === '.condition' || rest.endsWith('.min') || rest.endsWith('.max'))
    return builderId.conditionMin(uid);
  return builderId.conditionQuestion(uid);
}

function questionField(q: QuestionDraft, rest: string): string {
  if (rest.startsWith('.condition')) return conditionField(q.uid, rest);
  const part = /^\.(options|rows)\[(\d+)\]/.exec(rest);
  if (part) {
    const item = (part[1] === 'rows' ? q.rows : q.options)[Number(part[2])];
    return item ? builderId.part(q.uid, item.uid) : builderId.addPart(q.uid);
  }
  if (rest.startsWith('.options') || rest.startsWith('.rows')) return builderId.addPart(q.uid);
  if (rest === '.maxChoices') return builderId.maxChoices(q.uid);
  if (rest === '.min') return builderId.min(q.uid);
  if (rest === '.max') return builderId.max(q.uid);
  if (rest === '.minDate') return builderId.minDate(q.uid);
  if (rest === '.maxDate') return builderId.maxDate(q.uid);
  return builderId.questionText(q.uid);
}

type Add = (id: string, label: Message, key: string, params?: Message['params']) => void;

function checkQuestion(q: QuestionDraft, where: Message, add: Add): void {
  if (!q.text.trim()) add(builderId.questionText(q.uid), where, 'questionText');
  if (OPTION_TYPES.includes(q.type)) {
    if (q.options.length < 2) add(builderId.addPart(q.uid), where, 'fewOptions', { min: 2 });
    checkLabels(q, 'options', where, add);
    if (q.type === 'multiple_choice' && q.maxChoices.trim()) {
      const max = parseNumber(q.maxChoices);
      const limit = q.options.length + (q.allowOther ? 1 : 0);
      if (!integer(max) || max < 1 || max > limit) {
        add(builderId.maxChoices(q.uid), where, 'maxChoices', { max: limit });
      }
    }
  }
  if (q.type === 'matrix') {
    if (q.rows.length < 1) add(builderId.addPart(q.uid), where, 'noRows');
    checkLabels(q, 'rows', where, add);
  }
  if (q.type === 'number') {
    const min = parseNumber(q.min);
    const max = parseNumber(q.max);
    if (q.min.trim() && min === undefined) add(builderId.min(q.uid), where, 'notNumber');
    if (q.max.trim() && max === undefined) add(builderId.max(q.uid), where, 'notNumber');
    if (min !== undefined && max !== undefined && min > max) add(builderId.max(q.uid), where, 'maxBelowMin');
  }
  if (q.type === 'date' && q.minDate && q.maxDate && q.minDate > q.maxDate) {
    add(builderId.maxDate(q.uid), where, 'maxDateBeforeMin');
  }
}

function checkLabels(q: QuestionDraft, list: 'options' | 'rows', where: Message, add: Add): void {
  const seen = new Set<string>();
  for (const part of q[list]) {
    const label = part.label.trim().toLowerCase();
    if (!label) add(builderId.part(q.uid, part.uid), where, list === 'options' ? 'optionLabel' : 'rowLabel');
    else if (seen.has(label)) add(builderId.part(q.uid, part.uid), where, 'duplicateLabel');
    seen.add(label);
  }
}

function checkCondition(
  c: ConditionDraft,
  ownerUid: string,
  earlier: NumberedQuestion[],
  draft: BuilderDraft,
  where: Message,
  add: Add,
): void {
  if (!c.questionKey) {
    add(builderId.conditionQuestion(ownerUid), where, 'conditionQuestion');
    return;
  }
  const source = earlier.find((nq) => nq.question.key === c.questionKey)?.question;
  if (!source) {
    const exists = numberedQuestions(draft).some((nq) => nq.question.key === c.questionKey);
    add(builderId.conditionQuestion(ownerUid), where, exists ? 'conditionForward' : 'conditionMissing');
    return;
  }
  const operators = CONDITION_OPERATORS[source.type] ?? [];
  if (!operators.includes(c.operator)) {
    add(builderId.conditionQuestion(ownerUid), where, 'conditionOperator');
    return;
  }
  if (c.operator === 'between') {
    const min = parseNumber(c.min);
    const max = parseNumber(c.max);
    if (min === undefined) add(builderId.conditionMin(ownerUid), where, 'notNumber');
    if (max === undefined) add(builderId.conditionMax(ownerUid), where, 'notNumber');
    if (min !== undefined && max !== undefined && min > max) {
      add(builderId.conditionMax(ownerUid), where, 'maxBelowMin');
    }
    return;
  }
  if (OPTION_TYPES.includes(source.type)) {
    const other = source.allowOther && c.value === OTHER_OPTION_KEY;
    if (!other && !source.options.some((o) => o.key === c.value)) {
      add(builderId.conditionValue(ownerUid), where, 'conditionValue');
    }
  } else if (parseNumber(c.value) === undefined) {
    add(builderId.conditionValue(ownerUid), where, 'notNumber');
  }
}
