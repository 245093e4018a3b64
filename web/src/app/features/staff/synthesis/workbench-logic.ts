import {
  KNOWLEDGE_TYPES,
  PARTICIPANT_GROUPS,
  type ClusteringRun,
  type GroupCounts,
  type KnowledgeType,
  type ParticipantGroup,
  type Theme,
  type ThemeLink,
  type WorkbenchSubmission,
} from '@inbreng/contracts';

export interface CountRow<K extends string> {
  key: K;
  count: number;
  /** Share of the theme's submissions, 0..100, rounded. */
  pct: number;
}

/**
 * Rows for the small bars on a theme: per group and per knowledge type, in the fixed order of the contracts
 * (so two themes are easy to compare), leaving out groups with nobody.
 */
export function countRows(counts: GroupCounts): {
  groups: CountRow<ParticipantGroup>[];
  knowledgeTypes: CountRow<KnowledgeType>[];
} {
  const rows = <K extends string>(keys: readonly K[], source: Partial<Record<K, number>>) => {
    const present = keys.map((key) => ({ key, count: source[key] ?? 0 })).filter((r) => r.count > 0);
    const sum = present.reduce((s, r) => s + r.count, 0);
    return present.map((r) => ({ ...r, pct: sum ? Math.round((r.count / sum) * 100) : 0 }));
  };
  return {
    groups: rows(PARTICIPANT_GROUPS, counts.byGroup),
    knowledgeTypes: rows(KNOWLEDGE_TYPES, counts.byKnowledgeType),
  };
}

/** The one group a theme's submissions all come from, so "only professionals raise this" can be shown. */
export function onlyGroup(counts: GroupCounts): ParticipantGroup | null {
  const present = PARTICIPANT_GROUPS.filter((g) => (counts.byGroup[g] ?? 0) > 0);
  return present.length === 1 ? (present[0] ?? null) : null;
}

/** Groups a suggestion's voice line always names, also at 0: a theme carried by one of them shows the gap. */
export const CORE_VOICE_GROUPS: readonly ParticipantGroup[] = ['youth', 'parent', 'professional'];

/**
 * "jongeren 12 · ouders 3 · professionals 0": the three participant groups always, other groups only when they
 * are present, in the contract's order.
 */
export function voiceLine(counts: GroupCounts): { key: ParticipantGroup; count: number }[] {
  return PARTICIPANT_GROUPS.map((key) => ({ key, count: counts.byGroup[key] ?? 0 })).filter(
    (r) => r.count > 0 || CORE_VOICE_GROUPS.includes(r.key),
  );
}

/** Themes a moderator works with: accepted ones first, then suggestions still to decide on. */
export function partitionThemes(themes: Theme[]): { active: Theme[]; suggested: Theme[] } {
  return {
    active: themes.filter((t) => t.status === 'active'),
    suggested: themes
      .filter((t) => t.status === 'suggested')
      .sort((a, b) => b.suggestedCount + b.submissionCount - (a.suggestedCount + a.submissionCount)),
  };
}

export interface ShownLink {
  link: ThemeLink;
  theme: Theme | null;
  name: string;
}

/**
 * The theme chips on a submission: rejected suggestions and links to merged or rejected themes are left out;
 * accepted links come before suggestions, and the best suggestion first.
 */
export function shownLinks(
  submission: WorkbenchSubmission,
  themesById: ReadonlyMap<string, Theme>,
): ShownLink[] {
  return submission.themes
    .filter((link) => link.status !== 'rejected')
    .map((link) => {
      const theme = themesById.get(link.themeId) ?? null;
      return { link, theme, name: theme?.name ?? '' };
    })
    .filter((s) => !s.theme || s.theme.status === 'active' || s.theme.status === 'suggested')
    .sort((a, b) => {
      if (a.link.status !== b.link.status) return a.link.status === 'accepted' ? -1 : 1;
      return (b.link.score ?? 0) - (a.link.score ?? 0);
    });
}

/** Themes a submission can still be put in by hand: active ones it is not (accepted) in yet. */
export function assignableThemes(submission: WorkbenchSubmission, active: Theme[]): Theme[] {
  const accepted = new Set(submission.themes.filter((l) => l.status === 'accepted').map((l) => l.themeId));
  return active.filter((t) => !accepted.has(t.id));
}

export function replaceSubmission(
  list: WorkbenchSubmission[],
  updated: WorkbenchSubmission,
): WorkbenchSubmission[] {
  return list.map((s) => (s.id === updated.id ? updated : s));
}

export function isRunActive(run: ClusteringRun | null | undefined): run is ClusteringRun {
  return !!run && (run.status === 'queued' || run.status === 'running');
}

/** Poll quickly at first, then back off (max 5 s) so a long run does not flood the API. */
export function pollDelay(attempt: number): number {
  return Math.min(5000, 700 + attempt * 300);
}

/** A short excerpt of a submission's text for labels and lists (whole words, with an ellipsis). */
export function excerpt(text: string, max = 80): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, '')}…`;
}
