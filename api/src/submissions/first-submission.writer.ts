import { BeforeApplicationShutdown, Injectable } from '@nestjs/common';
import { isConnectionError } from '../common/database-errors';
import { GroupCommit } from '../common/group-commit';
import { FirstSubmission, FirstSubmissionResult, SubmissionRepository } from './submission.repository';

/** Rows per INSERT: enough to absorb a burst, small enough to keep one statement quick. */
const MAX_BATCH = 64;
/** Statements at once; each holds one pooled connection. */
export const MAX_IN_FLIGHT = 4;

/**
 * Writes new participants' first submissions by group commit: requests that arrive while others are
 * being written share one INSERT (see GroupCommit). Each request still waits for its own row to be
 * committed before it is answered, so an acknowledged submission is never lost.
 */
@Injectable()
export class FirstSubmissionWriter implements BeforeApplicationShutdown {
  private readonly batches: GroupCommit<FirstSubmission, FirstSubmissionResult>;

  constructor(submissions: SubmissionRepository) {
    this.batches = new GroupCommit((rows) => submissions.insertFirstMany(rows), {
      maxBatch: MAX_BATCH,
      maxInFlight: MAX_IN_FLIGHT,
      keyOf: (row) => row.idempotencyKeyHash,
      failsWholeBatch: isConnectionError,
    });
  }

  insert(row: FirstSubmission): Promise<FirstSubmissionResult> {
    return this.batches.add(row);
  }

  /** Lets queued submissions be written before the database pool closes. */
  beforeApplicationShutdown(): Promise<void> {
    return this.batches.drained();
  }
}
