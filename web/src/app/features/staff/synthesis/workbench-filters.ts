import {
  KNOWLEDGE_TYPES,
  PARTICIPANT_GROUPS,
  type KnowledgeType,
  type ParticipantGroup,
} from '@inbreng/contracts';
import type { WorkbenchQuery } from './synthesis.api';

export const WORKBENCH_PAGE_SIZE = 20;

/** The workbench filters as they live in the URL (`?group=youth&search=wachtlijst&page=2`). */
export interface WorkbenchFilters {
  group: ParticipantGroup | '';
  knowledgeType: KnowledgeType | '';
  lifeDomain: string;
  wijk: string;
  inputLine: string;
  search: string;
  /** A theme id, `none`, or '' for all. */
  theme: string;
  page: number;
}

export type WorkbenchFilterKey = Exclude<keyof WorkbenchFilters, 'page'>;
type RawFilters = Partial<Record<keyof WorkbenchFilters, string | undefined>>;

function pick<T extends string>(value: string | undefined, allowed: readonly T[]): T | '' {
  return allowed.includes(value as T) ? (value as T) : '';
}

/** Codes and ids are short; anything longer is not a value we made, so it is cut rather than sent. */
/** A theme id (UUID) or `none`; the API refuses anything else. */
const THEME_PARAM = /^(none|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

const code = (value: string | undefined, max = 60) => (value ?? '').trim().slice(0, max);

export function parseWorkbenchFilters(q: RawFilters): WorkbenchFilters {
  const page = Number.parseInt(q.page ?? '1', 10);
  return {
    group: pick(q.group, PARTICIPANT_GROUPS),
    knowledgeType: pick(q.knowledgeType, KNOWLEDGE_TYPES),
    lifeDomain: code(q.lifeDomain),
    wijk: code(q.wijk),
    inputLine: code(q.inputLine),
    search: code(q.search, 200),
    theme: THEME_PARAM.test(q.theme ?? '') ? (q.theme ?? '').toLowerCase() : '',
    page: Number.isFinite(page) && page > 0 ? page : 1,
  };
}

export function toWorkbenchQuery(f: WorkbenchFilters): WorkbenchQuery {
  return {
    group: f.group || undefined,
    knowledgeType: f.knowledgeType || undefined,
    lifeDomain: f.lifeDomain || undefined,
    wijk: f.wijk || undefined,
    inputLine: f.inputLine || undefined,
    search: f.search || undefined,
    theme: f.theme || undefined,
    page: f.page,
    pageSize: WORKBENCH_PAGE_SIZE,
  };
}

/** URL query params for a filter change: empty values are dropped, and paging starts over unless asked. */
export function toWorkbenchParams(patch: Partial<WorkbenchFilters>): Record<string, string | number | null> {
  const out: Record<string, string | number | null> = { page: null };
  for (const [key, value] of Object.entries(patch)) {
    out[key] = value === '' || value === undefined || (key === 'page' && value === 1) ? null : value;
  }
  return out;
}

/** How many filters narrow the list (the search counts as one). */
export function activeFilterCount(f: WorkbenchFilters): number {
  const keys: WorkbenchFilterKey[] = [
    'group',
    'knowledgeType',
    'lifeDomain',
    'wijk',
    'inputLine',
    'search',
    'theme',
  ];
  return keys.filter((k) => f[k] !== '').length;
}
