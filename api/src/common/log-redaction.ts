/**
 * A return code is the only key to a participant's data (read, download, delete), so it must not end up in
 * request logs: the path segment after `/my-input/` is replaced.
 */
export function maskReturnCodes(url: string): string {
  return url.replace(/(\/my-input\/)[^/?#]+/g, '$1***');
}
