/**
 * Group commit: writes that arrive while others are being written are collected and written together
 * in one statement (one round trip, one transaction, one WAL flush), instead of one each.
 *
 * What callers can rely on:
 * - `add()` settles only after the batch holding the item has been written and committed: a resolved
 *   promise means the row is durable, a rejected one means the caller must not acknowledge anything.
 * - Items with the same key never share a batch and are never written at the same time, so concurrent
 *   duplicates are decided by the database one after the other (the second sees the first's row).
 * - When a batch fails for a reason that may lie in one item (bad data, a constraint), every item is
 *   written again on its own, so a bad item fails only its own request. When the failure is the
 *   database itself being unreachable (`failsWholeBatch`), every item of the batch gets that error.
 */
export interface GroupCommitOptions<I> {
  /** Most items per write. */
  maxBatch: number;
  /** Most writes running at once (each holds one database connection). */
  maxInFlight: number;
  /** Items with equal keys are written one after the other, never together. */
  keyOf: (item: I) => string;
  /** True when an error concerns the whole database rather than the items (no point retrying alone). */
  failsWholeBatch: (err: unknown) => boolean;
}

interface Pending<I, R> {
  item: I;
  key: string;
  /** Written on its own: set after its batch failed for a reason that may be this item. */
  alone: boolean;
  resolve: (result: R) => void;
  reject: (err: unknown) => void;
}

export class GroupCommit<I, R> {
  private queue: Pending<I, R>[] = [];
  private readonly keysInFlight = new Set<string>();
  private inFlight = 0;
  private scheduled = false;
  private idleWaiters: Array<() => void> = [];

  /**
   * @param write writes the items in one statement and returns one result per item, in order; it
   *   throws when nothing was written.
   */
  constructor(
    private readonly write: (items: I[]) => Promise<R[]>,
    private readonly options: GroupCommitOptions<I>,
  ) {
    if (options.maxBatch < 1 || options.maxInFlight < 1)
      throw new Error('maxBatch and maxInFlight must be ≥ 1');
  }

  add(item: I): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.queue.push({ item, key: this.options.keyOf(item), alone: false, resolve, reject });
      this.schedule();
    });
  }

  /** Resolves once nothing is queued or being written (for a clean shutdown). */
  drained(): Promise<void> {
    if (this.queue.length === 0 && this.inFlight === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /**
   * Starts writing on the next turn of the event loop, so that everything that arrived in the same
   * turn (typically many requests read from many sockets) goes into one batch.
   */
  private schedule(): void {
    if (this.scheduled || this.inFlight >= this.options.maxInFlight || this.queue.length === 0) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.flush();
    });
  }

  private flush(): void {
    while (this.inFlight < this.options.maxInFlight) {
      const batch = this.takeBatch();
      if (batch.length === 0) break;
      void this.run(batch);
    }
    this.notifyIfIdle();
  }

  /** The oldest items whose keys are not being written, up to maxBatch; an `alone` item goes by itself. */
  private takeBatch(): Pending<I, R>[] {
    const batch: Pending<I, R>[] = [];
    const keys = new Set<string>();
    const rest: Pending<I, R>[] = [];
    for (const p of this.queue) {
      const fits =
        batch.length < this.options.maxBatch &&
        !this.keysInFlight.has(p.key) &&
        !keys.has(p.key) &&
        !(p.alone && batch.length > 0) &&
        !batch[0]?.alone;
      if (fits) {
        batch.push(p);
        keys.add(p.key);
      } else {
        rest.push(p);
      }
    }
    this.queue = rest;
    return batch;
  }

  private async run(batch: Pending<I, R>[]): Promise<void> {
    this.inFlight++;
    for (const p of batch) this.keysInFlight.add(p.key);
    try {
      const results = await this.write(batch.map((p) => p.item));
      if (results.length !== batch.length) {
        throw new Error(`group commit: ${results.length} results for ${batch.length} items`);
      }
      batch.forEach((p, i) => p.resolve(results[i] as R));
    } catch (err) {
      if (batch.length === 1 || this.options.failsWholeBatch(err)) {
        for (const p of batch) p.reject(err);
      } else {
        // Which item was it? Write each on its own (first in line, so they are not overtaken).
        for (const p of batch) p.alone = true;
        this.queue = [...batch, ...this.queue];
      }
    } finally {
      for (const p of batch) this.keysInFlight.delete(p.key);
      this.inFlight--;
      this.schedule();
      this.notifyIfIdle();
    }
  }

  private notifyIfIdle(): void {
    if (this.queue.length > 0 || this.inFlight > 0 || this.idleWaiters.length === 0) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const w of waiters) w();
  }
}
