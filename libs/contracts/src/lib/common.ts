/** Error body every 4xx/5xx answer of the API has. */
export interface ApiError {
  statusCode: number;
  error: string;
  message: string;
  /** One line per problem, readable by a person (e.g. per invalid field). */
  details?: string[];
  requestId?: string;
}

export interface HealthResponse {
  status: 'ok' | 'error';
  info?: Record<string, { status: string }>;
  error?: Record<string, { status: string; message?: string }>;
  details?: Record<string, { status: string }>;
}
