/** Error body every 4xx/5xx answer of the API has. */
export interface ApiError {
  statusCode: number;
  error: string;
  message: string;
  /** One line per problem, readable by a person (e.g. per invalid field). */
  details?: string[];
  /** Machine-readable problems per field (e.g. questionnaire answers), for clients to translate. */
  problems?: ApiProblem[];
  requestId?: string;
}

export interface ApiProblem {
  /** Which field, e.g. `answers.q3` or `definition.sections[0].questions[2].key`. */
  field: string;
  /** A stable code (see @inbreng/questionnaire for answer and definition codes). */
  code: string;
  message: string;
  params?: Record<string, string | number>;
}

export interface HealthResponse {
  status: 'ok' | 'error';
  info?: Record<string, { status: string }>;
  error?: Record<string, { status: string; message?: string }>;
  details?: Record<string, { status: string }>;
}
