import {
  PRIORITY_GROUPS,
  type PrioritisationMethod,
  type PrioritisationResults,
  type PriorityGroup,
  type ResearchQuestion,
  type StartPrioritisationRequest,
} from '@inbreng/contracts';

/** The API's limits (see the prioritisation DTOs); checked here first so the moderator gets quick feedback. */
export const LIMITS = {
  minShortlist: 2,
  maxPicks: { min: 1, max: 30 },
  rankTop: { min: 3, max: 5 },
  weight: { min: 0, max: 10 },
  minGroupBallots: { min: 1, max: 10000 },
  rationale: 4000,
} as const;

/** The start form as typed: numbers stay text until checked, so a half-typed value is never lost. */
export interface StartForm {
  shortlist: string[];
  method: PrioritisationMethod;
  maxPicks: string;
  rankTop: string;
  weights: Record<PriorityGroup, string>;
  minGroupBallots: string;
}

export interface SettingsForm {
  weights: Record<PriorityGroup, string>;
  minGroupBallots: string;
}

export type FormField = 'shortlist' | 'maxPicks' | 'rankTop' | `weight-${PriorityGroup}` | 'minGroupBallots';

export interface FormProblem {
  field: FormField;
  key: string;
  params?: Record<string, string | number>;
}

/** Research questions that can go on a shortlist (not merged away, not archived). */
export function liveQuestions(questions: readonly ResearchQuestion[]): ResearchQuestion[] {
  return questions.filter((q) => q.status !== 'merged' && q.status !== 'archived');
}

/** Questions marked "shortlisted" during synthesis are the default shortlist; otherwise all live ones. */
export function defaultStartForm(questions: readonly ResearchQuestion[]): StartForm {
  const live = liveQuestions(questions);
  const marked = live.filter((q) => q.status === 'shortlisted' || q.status === 'final');
  const shortlist = (marked.length >= LIMITS.minShortlist ? marked : live).map((q) => q.id);
  return {
    shortlist,
    method: 'ranking',
    // Participants never see more picks than questions: the API caps both at the shortlist's length.
    maxPicks: '10',
    rankTop: '5',
    weights: equalWeightsForm(),
    minGroupBallots: '10',
  };
}

export function equalWeightsForm(): Record<PriorityGroup, string> {
  return { youth: '1', parent: '1', professional: '1', policy_research_education: '1' };
}

export function weightsForm(weights: Record<PriorityGroup, number>): Record<PriorityGroup, string> {
  return Object.fromEntries(PRIORITY_GROUPS.map((g) => [g, String(weights[g])])) as Record<
    PriorityGroup,
    string
  >;
}

/** Accepts a Dutch decimal comma ("0,5") as well as a point. NaN when it is not a number. */
export function parseNumber(text: string): number {
  const t = text.trim().replace(',', '.');
  return t === '' || !/^-?\d*\.?\d+$/.test(t) ? NaN : Number(t);
}

function wholeIn(text: string, min: number, max: number): number | null {
  const n = parseNumber(text);
  return Number.isInteger(n) && n >= min && n <= max ? n : null;
}

function checkWeights(
  weights: Record<PriorityGroup, string>,
  out: FormProblem[],
): Record<PriorityGroup, number> {
  const parsed = {} as Record<PriorityGroup, number>;
  for (const g of PRIORITY_GROUPS) {
    const n = parseNumber(weights[g]);
    if (Number.isNaN(n) || n < LIMITS.weight.min || n > LIMITS.weight.max) {
      out.push({ field: `weight-${g}`, key: 'prioritisation.form.weightRange', params: LIMITS.weight });
    }
    parsed[g] = n;
  }
  if (!out.some((p) => p.field.startsWith('weight-')) && !PRIORITY_GROUPS.some((g) => parsed[g] > 0)) {
    out.push({ field: 'weight-youth', key: 'prioritisation.form.weightsZero' });
  }
  return parsed;
}

export function validateSettings(form: SettingsForm): {
  problems: FormProblem[];
  request: { weights: Record<PriorityGroup, number>; minGroupBallots: number } | null;
} {
  const problems: FormProblem[] = [];
  const weights = checkWeights(form.weights, problems);
  const min = wholeIn(form.minGroupBallots, LIMITS.minGroupBallots.min, LIMITS.minGroupBallots.max);
  if (min === null) {
    problems.push({
      field: 'minGroupBallots',
      key: 'prioritisation.form.minRange',
      params: LIMITS.minGroupBallots,
    });
  }
  return { problems, request: problems.length || min === null ? null : { weights, minGroupBallots: min } };
}

export function validateStart(form: StartForm): {
  problems: FormProblem[];
  request: StartPrioritisationRequest | null;
} {
  const problems: FormProblem[] = [];
  if (form.shortlist.length < LIMITS.minShortlist) {
    problems.push({
      field: 'shortlist',
      key: 'prioritisation.form.shortlistMin',
      params: { min: LIMITS.minShortlist },
    });
  }
  let maxPicks = 0;
  let rankTop = 0;
  if (form.method === 'ranking') {
    maxPicks = wholeIn(form.maxPicks, LIMITS.maxPicks.min, LIMITS.maxPicks.max) ?? 0;
    if (!maxPicks)
      problems.push({ field: 'maxPicks', key: 'prioritisation.form.maxPicksRange', params: LIMITS.maxPicks });
    rankTop = wholeIn(form.rankTop, LIMITS.rankTop.min, LIMITS.rankTop.max) ?? 0;
    if (!rankTop)
      problems.push({ field: 'rankTop', key: 'prioritisation.form.rankTopRange', params: LIMITS.rankTop });
    else if (maxPicks && rankTop > maxPicks) {
      problems.push({ field: 'rankTop', key: 'prioritisation.form.rankTopAboveMax' });
    }
  }
  const settings = validateSettings(form);
  problems.push(...settings.problems);
  if (problems.length || !settings.request) return { problems, request: null };
  return {
    problems,
    request: {
      researchQuestionIds: [...form.shortlist],
      method: form.method,
      ...(form.method === 'ranking' ? { maxPicks, rankTop } : {}),
      ...settings.request,
    },
  };
}

/** How to say a Kendall tau in words (an i18n key suffix). Thresholds are rules of thumb, shown with the number. */
export type Agreement = 'strong' | 'moderate' | 'weak' | 'none' | 'opposite' | 'unknown';

export function agreementLevel(tau: number | null): Agreement {
  if (tau === null || Number.isNaN(tau)) return 'unknown';
  if (tau >= 0.7) return 'strong';
  if (tau >= 0.4) return 'moderate';
  if (tau >= 0.1) return 'weak';
  if (tau > -0.1) return 'none';
  return 'opposite';
}

export interface AgreementCell {
  group: PriorityGroup;
  /** undefined on the diagonal (a group with itself). */
  tau: number | null | undefined;
}

/** The pairwise list as a full symmetric matrix in the fixed group order. */
export function agreementMatrix(
  agreement: PrioritisationResults['agreement'],
): { group: PriorityGroup; cells: AgreementCell[] }[] {
  const key = (a: PriorityGroup, b: PriorityGroup) => (a < b ? `${a}|${b}` : `${b}|${a}`);
  const taus = new Map(agreement.map((x) => [key(x.a, x.b), x.tau]));
  return PRIORITY_GROUPS.map((row) => ({
    group: row,
    cells: PRIORITY_GROUPS.map((col) => ({
      group: col,
      tau: row === col ? undefined : (taus.get(key(row, col)) ?? null),
    })),
  }));
}
