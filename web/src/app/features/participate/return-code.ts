import { returnCodeGroups as groupsOf } from '@inbreng/contracts';

export { RETURN_CODE_LENGTH } from '@inbreng/contracts';

/** Tolerates what people do when copying a code: spaces, dashes, lowercase. */
export function normalizeReturnCode(raw: string): string {
  return raw.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

export function returnCodeGroups(code: string): string[] {
  return groupsOf(normalizeReturnCode(code));
}

export function formatReturnCode(code: string): string {
  return returnCodeGroups(code).join('-');
}

/** "K 7 M, 3 Q 9, …": screen readers read it one character at a time, with a pause per group. */
export function spellReturnCode(code: string): string {
  return returnCodeGroups(code)
    .map((group) => group.split('').join(' '))
    .join(', ');
}
