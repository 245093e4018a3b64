/**
 * True when an error means the database could not be reached or dropped the connection (the client
 * should retry later: 503), as opposed to the database refusing this particular request.
 */
export function isConnectionError(e: unknown): boolean {
  if (typeof e !== 'object' || e === null) return false;
  const { code, message } = e as { code?: unknown; message?: unknown };
  if (CONNECTION_ERROR_CODES.has(String(code ?? ''))) return true;
  // node-postgres reports a dropped socket or a pool that cannot connect without an error code.
  return typeof message === 'string' && CONNECTION_ERROR_MESSAGES.some((m) => message.startsWith(m));
}

const CONNECTION_ERROR_MESSAGES = ['Connection terminated', 'timeout exceeded when trying to connect'];

const CONNECTION_ERROR_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  '57P01', // admin_shutdown (connection terminated)
  '57P03', // cannot_connect_now
  '08006', // connection_failure
  '08001', // sqlclient_unable_to_establish_sqlconnection
  '53300', // too_many_connections
]);
