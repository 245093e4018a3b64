import type { Theme, WorkbenchSubmission } from '@inbreng/contracts';
import {
  assignableThemes,
  countRows,
  excerpt,
  isRunActive,
  onlyGroup,
  partitionThemes,
  pollDelay,
  replaceSubmission,
  shownLinks,
  voiceLine,
} from './workbench-logic';

const theme = (id: string, patch: Partial<Theme> = {}): Theme => ({
  id,
  roundId: 'r1',
  name: `Thema ${id}`,
  description: '',
  status: 'active',
  frameworkCode: null,
  keywords: [],
  submissionCount: 0,
  suggestedCount: 0,
  counts: { byGroup: {}, byKnowledgeType: {} },
  suggestedCounts: { byGroup: {}, byKnowledgeType: {} },
  history: [],
  mergedIntoId: null,
  version: 1,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  ...patch,
});

const submission = (id: string, themes: WorkbenchSubmission['themes'] = []): WorkbenchSubmission => ({
  id,
  kind: 'question',
  text: 'Waarom duurt het zo lang voordat er hulp komt?',
  group: 'youth',
  ageBand: '16-17',
  knowledgeType: 'experiential',
  lifeDomains: [],
  wijk: null,
  inputLine: null,
  source: null,
  duplicateOfId: null,
  themes,
  createdAt: '2026-01-01T00:00:00Z',
});

describe('workbench logic', () => {
  it('count rows follow the fixed group order, skip empty groups, and give shares of the theme', () => {
    const rows = countRows({
      byGroup: { professional: 3, youth: 1, parent: 0 },
      byKnowledgeType: { practice: 3, experiential: 1 },
    });
    expect(rows.groups).toEqual([
      { key: 'youth', count: 1, pct: 25 },
      { key: 'professional', count: 3, pct: 75 },
    ]);
    expect(rows.knowledgeTypes.map((r) => r.key)).toEqual(['experiential', 'practice']);
    expect(countRows({ byGroup: {}, byKnowledgeType: {} }).groups).toEqual([]);
  });

  it('names the one group a theme comes from, and nobody when it is mixed or empty', () => {
    expect(onlyGroup({ byGroup: { professional: 4 }, byKnowledgeType: {} })).toBe('professional');
    expect(onlyGroup({ byGroup: { professional: 4, youth: 0 }, byKnowledgeType: {} })).toBe('professional');
    expect(onlyGroup({ byGroup: { professional: 4, youth: 1 }, byKnowledgeType: {} })).toBeNull();
    expect(onlyGroup({ byGroup: {}, byKnowledgeType: {} })).toBeNull();
  });

  it('splits themes into active and suggested (biggest suggestion first), leaving merged and rejected out', () => {
    const { active, suggested } = partitionThemes([
      theme('a'),
      theme('s1', { status: 'suggested', suggestedCount: 2 }),
      theme('m', { status: 'merged' }),
      theme('s2', { status: 'suggested', suggestedCount: 7 }),
      theme('x', { status: 'rejected' }),
    ]);
    expect(active.map((t) => t.id)).toEqual(['a']);
    expect(suggested.map((t) => t.id)).toEqual(['s2', 's1']);
  });

  it('shows accepted links first, then suggestions by score; hides rejected links and dead themes', () => {
    const themes = new Map(
      [
        theme('a'),
        theme('b', { status: 'suggested' }),
        theme('c', { status: 'suggested' }),
        theme('m', { status: 'merged' }),
      ].map((t) => [t.id, t]),
    );
    const s = submission('s', [
      { themeId: 'b', status: 'suggested', score: 0.4 },
      { themeId: 'm', status: 'accepted', score: null },
      { themeId: 'c', status: 'suggested', score: 0.9 },
      { themeId: 'a', status: 'accepted', score: null },
      { themeId: 'x', status: 'rejected', score: 0.8 },
    ]);
    expect(shownLinks(s, themes).map((l) => [l.link.themeId, l.name])).toEqual([
      ['a', 'Thema a'],
      ['c', 'Thema c'],
      ['b', 'Thema b'],
    ]);
  });

  it('offers only active themes the submission is not accepted in yet', () => {
    const s = submission('s', [
      { themeId: 'a', status: 'accepted', score: null },
      { themeId: 'b', status: 'suggested', score: 0.5 },
    ]);
    expect(assignableThemes(s, [theme('a'), theme('b'), theme('c')]).map((t) => t.id)).toEqual(['b', 'c']);
  });

  it('replaces one submission by id and keeps the order', () => {
    const list = [submission('1'), submission('2'), submission('3')];
    const updated = { ...submission('2'), duplicateOfId: '1' };
    const next = replaceSubmission(list, updated);
    expect(next.map((s) => s.id)).toEqual(['1', '2', '3']);
    expect(next[1]?.duplicateOfId).toBe('1');
    expect(list[1]?.duplicateOfId).toBeNull();
  });

  it('knows when a clustering run is still going and backs off polling to at most 5 s', () => {
    const run = {
      id: 'r',
      progress: 0,
      requestedK: null,
      k: null,
      method: null,
      documentCount: 0,
      error: null,
      createdAt: '',
      finishedAt: null,
    };
    expect(isRunActive({ ...run, status: 'queued' })).toBe(true);
    expect(isRunActive({ ...run, status: 'running' })).toBe(true);
    expect(isRunActive({ ...run, status: 'done' })).toBe(false);
    expect(isRunActive(null)).toBe(false);
    expect(pollDelay(0)).toBeLessThan(pollDelay(3));
    expect(pollDelay(100)).toBe(5000);
  });

  it('cuts long text at a word with an ellipsis', () => {
    expect(excerpt('kort')).toBe('kort');
    const long = excerpt(
      'De wachtlijst voor jeugdhulp is veel te lang, en niemand legt uit waarom dat zo is',
      40,
    );
    expect(long.endsWith('…')).toBe(true);
    expect(long.length).toBeLessThanOrEqual(41);
    expect(long).toBe('De wachtlijst voor jeugdhulp is veel te…');
  });
});

describe('voiceLine', () => {
  it('always names youth, parents and professionals, also at 0, and other groups only when present', () => {
    expect(voiceLine({ byGroup: { youth: 12, parent: 3 }, byKnowledgeType: {} })).toEqual([
      { key: 'youth', count: 12 },
      { key: 'parent', count: 3 },
      { key: 'professional', count: 0 },
    ]);
    expect(voiceLine({ byGroup: { research: 2, youth: 1 }, byKnowledgeType: {} })).toEqual([
      { key: 'youth', count: 1 },
      { key: 'parent', count: 0 },
      { key: 'professional', count: 0 },
      { key: 'research', count: 2 },
    ]);
  });
});
