import { TEXT_MAX, TEXT_MIN, type PublicRoundResponse } from '@inbreng/contracts';
import type { Draft } from './draft';

export const MAX_LIFE_DOMAINS = 3;

/** The fields of the round form that can be wrong, in the order they appear on the page. */
export type DraftField = 'accessCode' | 'group' | 'ageBand' | 'consent' | 'kind' | 'text' | 'lifeDomains';

/** An i18n key with its parameters. */
export interface Message {
  key: string;
  params?: Record<string, string | number>;
}

export interface FieldProblem {
  field: DraftField;
  /** id of the control the error summary links to (the first option of a group). */
  target: string;
  message: Message;
}

export const TEXT_LIMITS = { min: TEXT_MIN, max: TEXT_MAX };

/** Length as the API counts it: it trims the text before checking. */
export function textLength(text: string): number {
  return text.trim().length;
}

export function fieldId(field: DraftField, round: PublicRoundResponse): string {
  switch (field) {
    case 'accessCode':
      return 'p-access-code';
    case 'group':
      return `p-group-${round.allowedGroups[0] ?? 'youth'}`;
    case 'ageBand':
      return 'p-age-12-15';
    case 'consent':
      return 'p-consent';
    case 'kind':
      return 'p-kind-question';
    case 'text':
      return 'p-text';
    case 'lifeDomains':
      return `p-domain-${round.lifeDomains[0]?.code ?? ''}`;
  }
}

/** What is still missing or wrong before the draft may be sent. */
export function validateDraft(draft: Draft, round: PublicRoundResponse): FieldProblem[] {
  const out: FieldProblem[] = [];
  const add = (field: DraftField, key: string, params?: Message['params']) =>
    out.push({ field, target: fieldId(field, round), message: { key, params } });

  if (round.requiresAccessCode && !draft.accessCode.trim()) add('accessCode', 'participate.access.required');
  if (!draft.group) add('group', 'participate.who.groupRequired');
  if (draft.group === 'youth' && !draft.ageBand) add('ageBand', 'participate.who.ageRequired');
  if (!draft.consent) add('consent', 'participate.consent.required');
  if (!draft.kind) add('kind', 'participate.item.kindRequired');
  const length = textLength(draft.text);
  if (length === 0) add('text', 'participate.item.textRequired');
  else if (length < TEXT_MIN) add('text', 'participate.item.textShort', { min: TEXT_MIN });
  else if (length > TEXT_MAX) add('text', 'participate.item.textLong', { max: TEXT_MAX });
  if (draft.lifeDomains.length === 0) add('lifeDomains', 'participate.item.domainsRequired');
  else if (draft.lifeDomains.length > MAX_LIFE_DOMAINS) {
    add('lifeDomains', 'participate.item.domainsTooMany', {
      max: MAX_LIFE_DOMAINS,
      count: draft.lifeDomains.length,
    });
  }
  return out;
}
