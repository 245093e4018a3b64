import { OTHER_OPTION_KEY, type Question, type QuestionnaireDefinition } from '@inbreng/contracts';
import { optionKeys, questionMap } from './definition';

/**
 * Edits that would make answers already given to `oldDef` lose their meaning or become invalid: a removed
 * question, option or matrix row, a changed type, and rules tightened so stored answers would break them
 * (a narrower range, fewer choices allowed, whole numbers only, a ranking item added). Each change is one
 * readable line; an empty list means the edit can be applied to the version in place.
 * Relabelling, rewording, reordering and adding questions or options are safe.
 */
export function destructiveChanges(
  oldDef: QuestionnaireDefinition,
  newDef: QuestionnaireDefinition,
): string[] {
  const changes: string[] = [];
  const next = questionMap(newDef);
  for (const { question: before } of questionMap(oldDef).values()) {
    const after = next.get(before.key)?.question;
    if (!after) {
      changes.push(`question "${before.key}" removed`);
      continue;
    }
    if (after.type !== before.type) {
      changes.push(`question "${before.key}" changed type from ${before.type} to ${after.type}`);
      continue;
    }
    changes.push(...questionChanges(before, after));
  }
  return changes;
}

function questionChanges(before: Question, after: Question): string[] {
  const changes: string[] = [];
  const afterKeys = new Set(optionKeys(after));
  const noun = before.type === 'matrix' ? 'row' : 'option';
  for (const key of optionKeys(before)) {
    if (!afterKeys.has(key)) {
      changes.push(
        key === OTHER_OPTION_KEY
          ? `question "${before.key}": "other" option removed`
          : `question "${before.key}": ${noun} "${key}" removed`,
      );
    }
  }
  if (before.type === 'ranking' && after.type === 'ranking') {
    const beforeKeys = new Set(optionKeys(before));
    for (const key of optionKeys(after)) {
      if (!beforeKeys.has(key)) changes.push(`question "${before.key}": ranking item "${key}" added`);
    }
  }
  if (before.type === 'multiple_choice' && after.type === 'multiple_choice') {
    const oldMax = before.maxChoices ?? optionKeys(before).length;
    if (after.maxChoices !== undefined && after.maxChoices !== null && after.maxChoices < oldMax) {
      changes.push(`question "${before.key}": maximum choices lowered from ${oldMax} to ${after.maxChoices}`);
    }
  }
  if (before.type === 'number' && after.type === 'number') {
    if (narrowsMin(before.min, after.min) || narrowsMax(before.max, after.max)) {
      changes.push(`question "${before.key}": allowed range narrowed`);
    }
    if (before.integer === false && after.integer !== false) {
      changes.push(`question "${before.key}": now whole numbers only`);
    }
  }
  if (before.type === 'date' && after.type === 'date') {
    if (narrowsMin(before.minDate, after.minDate) || narrowsMax(before.maxDate, after.maxDate)) {
      changes.push(`question "${before.key}": allowed dates narrowed`);
    }
  }
  return changes;
}

/** A lower bound narrows when it appears or rises (numbers and ISO dates both compare with `>`). */
function narrowsMin<T extends number | string>(before?: T | null, after?: T | null): boolean {
  if (after === undefined || after === null) return false;
  return before === undefined || before === null || after > before;
}

function narrowsMax<T extends number | string>(before?: T | null, after?: T | null): boolean {
  if (after === undefined || after === null) return false;
  return before === undefined || before === null || after < before;
}
