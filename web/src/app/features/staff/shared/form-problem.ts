/** An i18n key with its parameters. */
export interface Message {
  key: string;
  params?: Record<string, string | number>;
}

/** One line of an error summary: links to the field with `id`. */
export interface FieldProblem {
  id: string;
  label: Message;
  message: Message;
}
