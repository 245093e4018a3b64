import { DeviceStorage } from './device-storage';
import { emptyDraft } from './draft';

/** An in-memory localStorage. */
function memoryStorage(): Storage {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    key: (i: number) => [...data.keys()][i] ?? null,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, String(v)),
    removeItem: (k: string) => void data.delete(k),
    clear: () => data.clear(),
  };
}

/** Storage that refuses everything, as some browsers do in private mode. */
function blockedStorage(): Storage {
  const no = () => {
    throw new Error('SecurityError');
  };
  return {
    get length(): number {
      return no();
    },
    key: no,
    getItem: no,
    setItem: no,
    removeItem: no,
    clear: no,
  };
}

const A = 'K7M-3Q9-TDH-XVP-W4A-2HR';
const B = '222-333-444-555-666-777';

describe('DeviceStorage: forgetting a return code on this device', () => {
  it('removes the code, its rounds’ drafts and ballots, and other drafts that carry it', () => {
    const local = memoryStorage();
    const storage = new DeviceStorage(local);
    storage.rememberReturnCode(A, 'demo');
    storage.rememberReturnCode(B, 'other');
    storage.rememberReturnCode(A, 'third'); // A is the last one used
    storage.saveDraft('demo', { ...emptyDraft(), group: 'parent', text: 'half af', returnCode: A });
    storage.saveDraft('third', { ...emptyDraft(), group: 'parent' }); // no code inside, but A's round
    storage.saveBallot('demo', { group: 'parent', order: ['q1'], returnCode: A });
    storage.saveDraft('moved', { ...emptyDraft(), group: 'parent', returnCode: A }); // code only inside
    storage.saveDraft('other', { ...emptyDraft(), group: 'youth', returnCode: B });
    storage.saveDraft('fresh', { ...emptyDraft(), text: 'nog zonder code' });

    // However it is typed.
    const slugs = storage.forgetCodeAndDrafts(A.toLowerCase().replace(/-/g, ' '));

    expect(slugs.sort()).toEqual(['demo', 'third']);
    expect(storage.returnCodeFor('demo')).toBeNull();
    expect(storage.returnCodeFor('third')).toBeNull();
    expect(storage.lastReturnCode()).toBeNull();
    expect(storage.readDraft('demo')).toBeNull();
    expect(storage.readDraft('third')).toBeNull();
    expect(storage.readBallot('demo')).toBeNull();
    expect(storage.readDraft('moved')).toBeNull();
    // Another participant's code and drafts on the same device stay, and so does a draft without a code.
    expect(storage.returnCodeFor('other')).toBe(B);
    expect(storage.readDraft('other')).toMatchObject({ returnCode: B });
    expect(storage.readDraft('fresh')).toMatchObject({ text: 'nog zonder code' });
    expect(storage.remembersACode()).toBe(true);
    expect(JSON.stringify(Object.fromEntries(keysOf(local)))).not.toContain('K7M');

    storage.forgetCodeAndDrafts(B);
    expect(storage.remembersACode()).toBe(false);
    expect(keysOf(local).map(([k]) => k)).toEqual(['inbreng.draft.fresh']);
  });

  it('keeps the last-used code when another one is forgotten', () => {
    const storage = new DeviceStorage(memoryStorage());
    storage.rememberReturnCode(A, 'demo');
    storage.rememberReturnCode(B, 'other');
    storage.forgetCodeAndDrafts(A);
    expect(storage.lastReturnCode()).toBe(B);
  });

  it('forgets every code at once, also a last-used code without a round (Mijn inbreng)', () => {
    const local = memoryStorage();
    const storage = new DeviceStorage(local);
    storage.rememberReturnCode(A, 'demo');
    storage.rememberReturnCode(B); // looked up, round unknown
    storage.saveDraft('demo', { ...emptyDraft(), group: 'youth', ageBand: '16-17', returnCode: A });
    storage.saveDraft('fresh', { ...emptyDraft(), text: 'nog zonder code' });

    expect(storage.forgetAllCodesAndDrafts()).toEqual(['demo']);
    expect(storage.remembersACode()).toBe(false);
    expect(storage.lastReturnCode()).toBeNull();
    expect(storage.readDraft('demo')).toBeNull();
    expect(storage.readDraft('fresh')).toMatchObject({ text: 'nog zonder code' });
  });

  it('removes questionnaire drafts by id, and nothing else', () => {
    const local = memoryStorage();
    local.setItem('inbreng.questionnaire.q1', '{"group":"parent"}');
    local.setItem('inbreng.questionnaire.q2', '{"group":"youth"}');
    new DeviceStorage(local).forgetQuestionnaireDrafts(['q1']);
    expect(keysOf(local).map(([k]) => k)).toEqual(['inbreng.questionnaire.q2']);
  });

  it('ignores an empty code instead of forgetting everything', () => {
    const storage = new DeviceStorage(memoryStorage());
    storage.rememberReturnCode(A, 'demo');
    expect(storage.forgetCodeAndDrafts(' - ')).toEqual([]);
    expect(storage.returnCodeFor('demo')).toBe(A);
  });

  it.each([
    ['no storage', null],
    ['blocked storage', blockedStorage()],
  ])('works with %s: nothing to forget, nothing thrown', (_, local) => {
    const storage = new DeviceStorage(local);
    expect(storage.forgetCodeAndDrafts(A)).toEqual([]);
    expect(storage.forgetAllCodesAndDrafts()).toEqual([]);
    expect(storage.remembersACode()).toBe(false);
    expect(() => storage.rememberReturnCode(A, 'demo')).not.toThrow();
    expect(storage.returnCodeFor('demo')).toBeNull();
  });
});

describe('DeviceStorage: a code that no longer works (deleted, or unknown to the server)', () => {
  it('is forgotten wherever it was kept, but what was not sent yet stays', () => {
    const storage = new DeviceStorage(memoryStorage());
    storage.rememberReturnCode(A, 'demo');
    storage.rememberReturnCode(A, 'third');
    storage.rememberReturnCode(A.replace(/-/g, ''), 'fourth'); // once stored without dashes
    storage.rememberReturnCode(B, 'other');
    storage.saveDraft('demo', { ...emptyDraft(), group: 'parent', text: 'half af', returnCode: A });
    storage.saveBallot('demo', { group: 'parent', order: ['q1'], returnCode: A });
    storage.saveDraft('other', { ...emptyDraft(), group: 'youth', returnCode: B });

    storage.forgetCode(A.toLowerCase());

    for (const slug of ['demo', 'third', 'fourth']) expect(storage.returnCodeFor(slug)).toBeNull();
    expect(storage.lastReturnCode()).toBe(B);
    expect(storage.readDraft('demo')).toMatchObject({ group: 'parent', text: 'half af', returnCode: null });
    expect(storage.readBallot('demo')).toEqual({ group: 'parent', order: ['q1'], returnCode: null });
    expect(storage.returnCodeFor('other')).toBe(B);
    expect(storage.readDraft('other')).toMatchObject({ returnCode: B });
  });
});

function keysOf(local: Storage): [string, string][] {
  return Array.from({ length: local.length }, (_, i) => local.key(i) ?? '').map((k) => [
    k,
    local.getItem(k) ?? '',
  ]);
}
