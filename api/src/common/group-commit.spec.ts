import { GroupCommit, type GroupCommitOptions } from './group-commit';

interface Item {
  key: string;
  value: string;
}

/** A controllable writer: records every batch and lets the test decide when and how each one ends. */
function fakeWriter() {
  const calls: Array<{
    items: Item[];
    finish: () => void;
    fail: (err: unknown) => void;
  }> = [];
  let running = 0;
  let maxRunning = 0;
  const overlaps: string[] = [];
  const keysRunning = new Set<string>();
  const write = (items: Item[]) =>
    new Promise<string[]>((resolve, reject) => {
      running++;
      maxRunning = Math.max(maxRunning, running);
      for (const i of items) {
        if (keysRunning.has(i.key)) overlaps.push(i.key);
        keysRunning.add(i.key);
      }
      const done = () => {
        running--;
        for (const i of items) keysRunning.delete(i.key);
      };
      calls.push({
        items,
        finish: () => {
          done();
          resolve(items.map((i) => `stored ${i.value}`));
        },
        fail: (err) => {
          done();
          reject(err);
        },
      });
    });
  return { write, calls, overlaps, maxRunning: () => maxRunning };
}

const OUTAGE = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });

function options(over: Partial<GroupCommitOptions<Item>> = {}): GroupCommitOptions<Item> {
  return {
    maxBatch: 100,
    maxInFlight: 1,
    keyOf: (i) => i.key,
    failsWholeBatch: (err) => err === OUTAGE,
    ...over,
  };
}

const item = (value: string, key = value): Item => ({ key, value });
const tick = () => new Promise((r) => setImmediate(r));

/** Settles a promise into an inspectable state without awaiting it. */
function watch<T>(p: Promise<T>) {
  const state: { status: 'pending' | 'resolved' | 'rejected'; value?: T; error?: unknown } = {
    status: 'pending',
  };
  p.then(
    (value) => Object.assign(state, { status: 'resolved', value }),
    (error: unknown) => Object.assign(state, { status: 'rejected', error }),
  );
  return state;
}

describe('GroupCommit', () => {
  it('writes what arrives in the same turn as one batch and answers each item with its own result', async () => {
    const w = fakeWriter();
    const gc = new GroupCommit(w.write, options());
    const answers = ['a', 'b', 'c'].map((v) => gc.add(item(v)));
    await tick();
    expect(w.calls.map((c) => c.items.map((i) => i.value))).toEqual([['a', 'b', 'c']]);
    w.calls[0]?.finish();
    await expect(Promise.all(answers)).resolves.toEqual(['stored a', 'stored b', 'stored c']);
  });

  it('answers nobody before the write has finished', async () => {
    const w = fakeWriter();
    const gc = new GroupCommit(w.write, options());
    const a = watch(gc.add(item('a')));
    await tick();
    await tick();
    expect(a.status).toBe('pending');
    w.calls[0]?.finish();
    await tick();
    expect(a).toEqual({ status: 'resolved', value: 'stored a' });
  });

  it('collects what arrives during a write into the next batch, up to maxBatch', async () => {
    const w = fakeWriter();
    const gc = new GroupCommit(w.write, options({ maxBatch: 3 }));
    const all = [gc.add(item('a'))];
    await tick();
    for (const v of ['b', 'c', 'd', 'e']) all.push(gc.add(item(v)));
    await tick();
    expect(w.calls).toHaveLength(1); // one in flight at most
    w.calls[0]?.finish();
    await tick();
    await tick();
    expect(w.calls[1]?.items.map((i) => i.value)).toEqual(['b', 'c', 'd']);
    w.calls[1]?.finish();
    await tick();
    await tick();
    expect(w.calls[2]?.items.map((i) => i.value)).toEqual(['e']);
    w.calls[2]?.finish();
    await expect(Promise.all(all)).resolves.toHaveLength(5);
  });

  it('runs at most maxInFlight writes at once', async () => {
    const w = fakeWriter();
    const gc = new GroupCommit(w.write, options({ maxBatch: 1, maxInFlight: 2 }));
    const all = ['a', 'b', 'c', 'd'].map((v) => gc.add(item(v)));
    for (let i = 0; i < 6; i++) {
      await tick();
      w.calls.find((c, n) => n === i)?.finish();
    }
    await Promise.all(all);
    expect(w.calls).toHaveLength(4);
    expect(w.maxRunning()).toBe(2);
  });

  it('a bad item fails only its own request: the batch is retried item by item', async () => {
    const bad = new Error('invalid byte sequence');
    const w = fakeWriter();
    const gc = new GroupCommit(w.write, options());
    const answers = ['a', 'bad', 'c'].map((v) => watch(gc.add(item(v))));
    await tick();
    w.calls[0]?.fail(bad); // the database refuses the whole statement
    for (let i = 1; i <= 3; i++) {
      await tick();
      await tick();
      const call = w.calls[i];
      expect(call?.items).toHaveLength(1);
      if (call?.items[0]?.value === 'bad') call.fail(bad);
      else call?.finish();
    }
    await tick();
    expect(answers).toEqual([
      { status: 'resolved', value: 'stored a' },
      { status: 'rejected', error: bad },
      { status: 'resolved', value: 'stored c' },
    ]);
  });

  it('when the database is unreachable, every request of the batch gets that error (no retry, no ack)', async () => {
    const w = fakeWriter();
    const gc = new GroupCommit(w.write, options());
    const answers = ['a', 'b'].map((v) => watch(gc.add(item(v))));
    await tick();
    w.calls[0]?.fail(OUTAGE);
    await tick();
    await tick();
    expect(answers).toEqual([
      { status: 'rejected', error: OUTAGE },
      { status: 'rejected', error: OUTAGE },
    ]);
    expect(w.calls).toHaveLength(1);
  });

  it('never writes two items with the same key together or at the same time', async () => {
    const w = fakeWriter();
    const gc = new GroupCommit(w.write, options({ maxInFlight: 4 }));
    const all = [
      gc.add(item('first click', 'k')),
      gc.add(item('x')),
      gc.add(item('second click', 'k')),
      gc.add(item('third click', 'k')),
    ];
    for (let i = 0; i < 10; i++) {
      await tick();
      for (const c of w.calls) c.finish();
    }
    await Promise.all(all);
    expect(w.overlaps).toEqual([]);
    for (const c of w.calls) expect(new Set(c.items.map((i) => i.key)).size).toBe(c.items.length);
    expect(w.calls.map((c) => c.items.map((i) => i.value))).toEqual([
      ['first click', 'x'],
      ['second click'],
      ['third click'],
    ]);
  });

  it('refuses an answer that does not have one result per item', async () => {
    const gc = new GroupCommit(async () => ['only one'], options());
    const answers = [gc.add(item('a')), gc.add(item('b'))];
    await expect(answers[0]).resolves.toBe('only one'); // retried alone, then one result fits
    await expect(answers[1]).resolves.toBe('only one');
    const alone = new GroupCommit(async () => [] as string[], options());
    await expect(alone.add(item('a'))).rejects.toThrow('0 results for 1 items');
  });

  it('drained() waits for queued and running writes', async () => {
    const w = fakeWriter();
    const gc = new GroupCommit(w.write, options());
    await gc.drained(); // idle: at once
    const a = gc.add(item('a'));
    const drained = watch(gc.drained());
    await tick();
    expect(drained.status).toBe('pending');
    w.calls[0]?.finish();
    await a;
    await tick();
    expect(drained.status).toBe('resolved');
  });
});
