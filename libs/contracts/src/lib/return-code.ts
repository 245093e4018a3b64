/** The shape of a participant's return code, shared by the API (which makes them) and the web app (which shows them). */

/** No 0/O, 1/I/L: nothing a participant can misread or mishear. */
export const RETURN_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const RETURN_CODE_LENGTH = 18; // 31^18 ≈ 2^89
export const RETURN_CODE_GROUP = 3;

/** Splits a code into its read-aloud groups: K7M-3Q9-TDH-… */
export function returnCodeGroups(code: string): string[] {
  return code.match(new RegExp(`.{1,${RETURN_CODE_GROUP}}`, 'g')) ?? [];
}

export function formatReturnCode(code: string): string {
  return returnCodeGroups(code).join('-');
}
