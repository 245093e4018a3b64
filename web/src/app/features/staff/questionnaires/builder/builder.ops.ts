import type { QuestionType } from '@inbreng/contracts';
import {
  type BuilderDraft,
  type OptionDraft,
  type QuestionDraft,
  type SectionDraft,
  OPTION_TYPES,
  emptyQuestion,
  emptySection,
  newUid,
  nextKey,
  usedKeys,
} from './builder.model';

/**
 * Edits of the builder draft as pure functions: each returns a new draft and leaves the old one as it
 * was, so the page can keep it in a signal and the tests can check every step.
 */

export interface QuestionPlace {
  sectionIndex: number;
  questionIndex: number;
}

export function findQuestion(draft: BuilderDraft, uid: string): QuestionPlace | null {
  for (let s = 0; s < draft.sections.length; s++) {
    const q = draft.sections[s]?.questions.findIndex((x) => x.uid === uid) ?? -1;
    if (q >= 0) return { sectionIndex: s, questionIndex: q };
  }
  return null;
}

function mapSection(draft: BuilderDraft, uid: string, fn: (s: SectionDraft) => SectionDraft): BuilderDraft {
  return { ...draft, sections: draft.sections.map((s) => (s.uid === uid ? fn(s) : s)) };
}

function mapQuestion(
  draft: BuilderDraft,
  uid: string,
  fn: (q: QuestionDraft) => QuestionDraft,
): BuilderDraft {
  return {
    ...draft,
    sections: draft.sections.map((s) =>
      s.questions.some((q) => q.uid === uid)
        ? { ...s, questions: s.questions.map((q) => (q.uid === uid ? fn(q) : q)) }
        : s,
    ),
  };
}

/** Moves an item inside a copy of the list (indexes are clamped, like CDK's moveItemInArray). */
export function moved<T>(list: readonly T[], from: number, to: number): T[] {
  const out = [...list];
  const f = Math.max(0, Math.min(from, out.length - 1));
  const t = Math.max(0, Math.min(to, out.length - 1));
  const [item] = out.splice(f, 1);
  if (item !== undefined) out.splice(t, 0, item);
  return out;
}

export function patchDraft(
  draft: BuilderDraft,
  patch: Partial<Omit<BuilderDraft, 'sections'>>,
): BuilderDraft {
  return { ...draft, ...patch };
}

// ---------- sections ----------

export function addSection(draft: BuilderDraft): BuilderDraft {
  return { ...draft, sections: [...draft.sections, emptySection(nextKey('s', usedKeys(draft)))] };
}

export function removeSection(draft: BuilderDraft, uid: string): BuilderDraft {
  return { ...draft, sections: draft.sections.filter((s) => s.uid !== uid) };
}

export function patchSection(
  draft: BuilderDraft,
  uid: string,
  patch: Partial<Omit<SectionDraft, 'uid' | 'key' | 'questions'>>,
): BuilderDraft {
  return mapSection(draft, uid, (s) => ({ ...s, ...patch }));
}

export function moveSection(draft: BuilderDraft, from: number, to: number): BuilderDraft {
  return { ...draft, sections: moved(draft.sections, from, to) };
}

// ---------- questions ----------

/** Adds a question of `type` at the end of the section; choice types start with two empty options. */
export function addQuestion(draft: BuilderDraft, sectionUid: string, type: QuestionType): BuilderDraft {
  const used = usedKeys(draft);
  const q = emptyQuestion(type, nextKey('q', used));
  const withParts = fillParts(q, used);
  return mapSection(draft, sectionUid, (s) => ({ ...s, questions: [...s.questions, withParts] }));
}

/** Gives a question the options or rows its type needs (two empty ones) when it has none. */
function fillParts(q: QuestionDraft, used: string[]): QuestionDraft {
  const keys = [...used, q.key];
  const make = (prefix: string): OptionDraft => {
    const key = nextKey(prefix, keys);
    keys.push(key);
    return { uid: newUid(), key, label: '' };
  };
  let out = q;
  if (OPTION_TYPES.includes(q.type) && q.options.length === 0) {
    out = { ...out, options: [make('o'), make('o')] };
  }
  if (q.type === 'matrix' && q.rows.length === 0) out = { ...out, rows: [make('r'), make('r')] };
  return out;
}

export function removeQuestion(draft: BuilderDraft, uid: string): BuilderDraft {
  return {
    ...draft,
    sections: draft.sections.map((s) => ({ ...s, questions: s.questions.filter((q) => q.uid !== uid) })),
  };
}

export function patchQuestion(
  draft: BuilderDraft,
  uid: string,
  patch: Partial<Omit<QuestionDraft, 'uid' | 'key' | 'type' | 'options' | 'rows'>>,
): BuilderDraft {
  return mapQuestion(draft, uid, (q) => ({ ...q, ...patch }));
}

/**
 * Changes the type and keeps what still fits: texts, required and its own condition always; options
 * when the new type also picks from options. Settings of the old type are dropped.
 */
export function changeType(draft: BuilderDraft, uid: string, type: QuestionType): BuilderDraft {
  const used = usedKeys(draft);
  return mapQuestion(draft, uid, (q) => {
    if (q.type === type) return q;
    const fresh = emptyQuestion(type, q.key);
    const kept: QuestionDraft = {
      ...fresh,
      uid: q.uid,
      text: q.text,
      help: q.help,
      required: q.required,
      condition: q.condition,
      options: OPTION_TYPES.includes(type) ? q.options : [],
      allowOther: type === 'single_choice' || type === 'multiple_choice' ? q.allowOther : false,
      rows: type === 'matrix' ? q.rows : [],
    };
    return fillParts(kept, used);
  });
}

/** A copy right below the original, with new keys for the question and its options or rows. */
export function duplicateQuestion(draft: BuilderDraft, uid: string): BuilderDraft {
  const place = findQuestion(draft, uid);
  const section = place && draft.sections[place.sectionIndex];
  const original = place && section?.questions[place.questionIndex];
  if (!place || !section || !original) return draft;
  const keys = usedKeys(draft);
  const fresh = (prefix: string) => {
    const key = nextKey(prefix, keys);
    keys.push(key);
    return key;
  };
  const copy: QuestionDraft = {
    ...original,
    uid: newUid(),
    key: fresh('q'),
    condition: original.condition ? { ...original.condition } : null,
    options: original.options.map((o) => ({ uid: newUid(), key: fresh('o'), label: o.label })),
    rows: original.rows.map((r) => ({ uid: newUid(), key: fresh('r'), label: r.label })),
  };
  const questions = [...section.questions];
  questions.splice(place.questionIndex + 1, 0, copy);
  return mapSection(draft, section.uid, (s) => ({ ...s, questions }));
}

/** Moves a question within its section or into another one (drag and drop between sections). */
export function moveQuestion(draft: BuilderDraft, from: QuestionPlace, to: QuestionPlace): BuilderDraft {
  const source = draft.sections[from.sectionIndex];
  const target = draft.sections[to.sectionIndex];
  const question = source?.questions[from.questionIndex];
  if (!source || !target || !question) return draft;
  if (from.sectionIndex === to.sectionIndex) {
    return mapSection(draft, source.uid, (s) => ({
      ...s,
      questions: moved(s.questions, from.questionIndex, to.questionIndex),
    }));
  }
  const remaining = source.questions.filter((_, i) => i !== from.questionIndex);
  const into = [...target.questions];
  into.splice(Math.max(0, Math.min(to.questionIndex, into.length)), 0, question);
  return {
    ...draft,
    sections: draft.sections.map((s, i) =>
      i === from.sectionIndex
        ? { ...s, questions: remaining }
        : i === to.sectionIndex
          ? { ...s, questions: into }
          : s,
    ),
  };
}

/**
 * One step up or down for the keyboard buttons: within the section, and past its edge into the
 * previous or next section (at its end or start). Returns null when there is nowhere to go.
 */
export function stepQuestion(draft: BuilderDraft, uid: string, step: -1 | 1): BuilderDraft | null {
  const place = findQuestion(draft, uid);
  if (!place) return null;
  const count = draft.sections[place.sectionIndex]?.questions.length ?? 0;
  const to = place.questionIndex + step;
  if (to >= 0 && to < count) return moveQuestion(draft, place, { ...place, questionIndex: to });
  const sectionIndex = place.sectionIndex + step;
  const neighbour = draft.sections[sectionIndex];
  if (!neighbour) return null;
  return moveQuestion(draft, place, {
    sectionIndex,
    questionIndex: step < 0 ? neighbour.questions.length : 0,
  });
}

// ---------- options and matrix rows ----------

export type PartList = 'options' | 'rows';

export function addPart(draft: BuilderDraft, questionUid: string, list: PartList): BuilderDraft {
  const key = nextKey(list === 'options' ? 'o' : 'r', usedKeys(draft));
  return mapQuestion(draft, questionUid, (q) => ({
    ...q,
    [list]: [...q[list], { uid: newUid(), key, label: '' }],
  }));
}

export function removePart(
  draft: BuilderDraft,
  questionUid: string,
  list: PartList,
  uid: string,
): BuilderDraft {
  return mapQuestion(draft, questionUid, (q) => ({ ...q, [list]: q[list].filter((o) => o.uid !== uid) }));
}

export function labelPart(
  draft: BuilderDraft,
  questionUid: string,
  list: PartList,
  uid: string,
  label: string,
): BuilderDraft {
  return mapQuestion(draft, questionUid, (q) => ({
    ...q,
    [list]: q[list].map((o) => (o.uid === uid ? { ...o, label } : o)),
  }));
}

export function movePart(
  draft: BuilderDraft,
  questionUid: string,
  list: PartList,
  from: number,
  to: number,
): BuilderDraft {
  return mapQuestion(draft, questionUid, (q) => ({ ...q, [list]: moved(q[list], from, to) }));
}
