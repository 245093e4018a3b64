import type { BeforeApplicationShutdown } from '@nestjs/common';
import { isConnectionError } from '../common/database-errors';
import { GroupCommit } from '../common/group-commit';

/** Rows per INSERT: enough to absorb a burst, small enough to keep one statement quick. */
export const MAX_BATCH = 64;
/** Statements at once per writer; each holds one pooled connection. */
export const MAX_IN_FLIGHT = 4;

/**
 * Writes submissions by group commit: requests that arrive while others are being written share one
 * statement (see GroupCommit). Each request still waits for its own row to be committed before it is
 * answered, so an acknowledged submission is never lost. Rows with the same idempotency key are never
 * written together or at the same time.
 */
export abstract class BatchedSubmissionWriter<Row extends { idempotencyKeyHash: string }, Result>
  implements BeforeApplicationShutdown
{
  private readonly batches: GroupCommit<Row, Result>;

  /** @param writeMany writes the rows in one statement, one result per row in order */
  protected constructor(writeMany: (rows: Row[]) => Promise<Result[]>) {
    this.batches = new GroupCommit(writeMany, {
      maxBatch: MAX_BATCH,
      maxInFlight: MAX_IN_FLIGHT,
      keyOf: (row) => row.idempotencyKeyHash,
      failsWholeBatch: isConnectionError,
    });
  }

  insert(row: Row): Promise<Result> {
    return this.batches.add(row);
  }

  /** Lets queued submissions be written before the database pool closes. */
  beforeApplicationShutdown(): Promise<void> {
    return this.batches.drained();
  }
}
