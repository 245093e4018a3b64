import type { PriorityGroup } from '@inbreng/contracts';
import type { FieldProblem, Message } from '../shared/form-problem';
import type { FormField, FormProblem } from './prioritisation-logic';

/** The control each form field's error links to. */
export function fieldId(field: FormField, firstQuestionId = ''): string {
  switch (field) {
    case 'shortlist':
      return `pr-shortlist-${firstQuestionId}`;
    case 'maxPicks':
      return 'pr-max-picks';
    case 'rankTop':
      return 'pr-rank-top';
    case 'minGroupBallots':
      return 'pr-min-ballots';
    default:
      return `pr-${field}`;
  }
}

export function fieldLabel(field: FormField): Message {
  if (field.startsWith('weight-')) {
    const group = field.slice('weight-'.length) as PriorityGroup;
    return { key: `prioritisation.form.labels.weight_${group}` };
  }
  return { key: `prioritisation.form.labels.${field}` };
}

/** Problems as the staff error summary shows them, plus a lookup for the inline errors. */
export function summarise(
  problems: FormProblem[],
  firstQuestionId = '',
): { summary: FieldProblem[]; inline: Partial<Record<FormField, Message>> } {
  const inline: Partial<Record<FormField, Message>> = {};
  for (const p of problems) inline[p.field] ??= { key: p.key, params: p.params };
  return {
    summary: problems.map((p) => ({
      target: fieldId(p.field, firstQuestionId),
      label: fieldLabel(p.field),
      message: { key: p.key, params: p.params },
    })),
    inline,
  };
}
