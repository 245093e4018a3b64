import type { SummaryProblem } from '../../../shared/error-summary.component';

/** An i18n key with its parameters. */
export interface Message {
  key: string;
  params?: Record<string, string | number>;
}

/** One line of a staff form's error summary: links to the field with id `target`, named by `label`. */
export interface FieldProblem extends SummaryProblem {
  label: Message;
}
