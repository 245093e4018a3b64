import { AbstractControl, FormArray } from '@angular/forms';
import { PARTICIPANT_GROUPS } from '@inbreng/contracts';
import { ApiProblem, toApiProblem } from '../shared/api-problem';
import type { FieldProblem, Message } from '../shared/form-problem';
import { OptionGroup, RETENTION_MAX, RETENTION_MIN, RoundForm } from './round-form.model';

export type OptionListName = 'lifeDomains' | 'wijken' | 'inputLines';
export const optionFieldId = (list: OptionListName, part: 'code' | 'label', index: number) =>
  `round-${list}-${part}-${index}`;

/** The first problem of a single control, as a message. */
export function controlMessage(
  control: AbstractControl,
  field?: 'slug' | 'code' | 'retention',
): Message | null {
  const e = control.errors;
  if (!e) return null;
  if (e['required']) return { key: 'roundAdmin.errors.required' };
  if (e['pattern']) return { key: field === 'slug' ? 'roundAdmin.errors.slug' : 'roundAdmin.errors.code' };
  if (e['minlength']) {
    const min = (e['minlength'] as { requiredLength: number }).requiredLength;
    return { key: 'roundAdmin.errors.minLength', params: { min } };
  }
  if (e['maxlength']) {
    const max = (e['maxlength'] as { requiredLength: number }).requiredLength;
    return { key: 'roundAdmin.errors.maxLength', params: { max } };
  }
  if (e['min'] || e['max']) {
    return { key: 'roundAdmin.errors.retention', params: { min: RETENTION_MIN, max: RETENTION_MAX } };
  }
  return { key: 'roundAdmin.errors.invalid' };
}

/** The problem of a whole option list (too few rows, duplicate codes). */
export function listMessage(array: FormArray<OptionGroup>, list: OptionListName): Message | null {
  const e = array.errors;
  if (!e) return null;
  if (e['minlength']) return { key: `roundAdmin.errors.${list}Empty` };
  if (e['maxlength']) {
    const max = (e['maxlength'] as { requiredLength: number }).requiredLength;
    return { key: 'roundAdmin.errors.tooManyRows', params: { max } };
  }
  if (e['duplicateCode']) return { key: 'roundAdmin.errors.duplicateCode' };
  return null;
}

/** Every problem in the form, in screen order, for the error summary. */
export function collectProblems(form: RoundForm): FieldProblem[] {
  const out: FieldProblem[] = [];
  const c = form.controls;
  const add = (id: string, labelKey: string, message: Message | null, labelParams?: Message['params']) => {
    if (message) out.push({ target: id, label: { key: labelKey, params: labelParams }, message });
  };
  add('round-title', 'roundAdmin.fields.title', controlMessage(c.title));
  add('round-slug', 'roundAdmin.fields.slug', controlMessage(c.slug, 'slug'));
  add('round-introduction', 'roundAdmin.fields.introduction', controlMessage(c.introduction));
  add('round-prompt', 'roundAdmin.fields.prompt', controlMessage(c.prompt));
  if (c.allowedGroups.errors?.['noneChecked']) {
    add(`round-group-${PARTICIPANT_GROUPS[0]}`, 'roundAdmin.fields.allowedGroups', {
      key: 'roundAdmin.errors.noGroup',
    });
  }
  for (const g of PARTICIPANT_GROUPS) {
    add(`round-prompt-${g}`, `roundAdmin.groupPromptFor.${g}`, controlMessage(c.groupPrompts.controls[g]));
  }
  for (const list of ['lifeDomains', 'wijken', 'inputLines'] as const) {
    const array = c[list];
    array.controls.forEach((row, i) => {
      const params = { n: i + 1 };
      add(
        optionFieldId(list, 'code', i),
        `roundAdmin.${list}.codeN`,
        controlMessage(row.controls.code, 'code'),
        params,
      );
      add(
        optionFieldId(list, 'label', i),
        `roundAdmin.${list}.labelN`,
        controlMessage(row.controls.label),
        params,
      );
    });
    add(`round-${list}-add`, `roundAdmin.${list}.legend`, listMessage(array, list));
  }
  const fe = form.errors ?? {};
  if (fe['closesBeforeOpens']) {
    add('round-closesAt', 'roundAdmin.fields.closesAt', { key: 'roundAdmin.errors.closesBeforeOpens' });
  }
  if (fe['accessCodeMissing'] || fe['accessCodeLength']) {
    add('round-accessCode', 'roundAdmin.fields.accessCode', {
      key: fe['accessCodeMissing']
        ? 'roundAdmin.errors.accessCodeMissing'
        : 'roundAdmin.errors.accessCodeLength',
    });
  }
  add('round-retentionDays', 'roundAdmin.fields.retentionDays', controlMessage(c.retentionDays, 'retention'));
  return out;
}

/** A refused save; the only conflict a round save can have is a slug in use (docs/api-participation.md). */
export function roundSaveProblem(err: unknown): ApiProblem {
  const problem = toApiProblem(err);
  return problem.status === 409 ? { ...problem, key: 'roundAdmin.errors.slugTaken', lines: [] } : problem;
}
