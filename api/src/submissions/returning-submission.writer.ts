import { Injectable } from '@nestjs/common';
import { BatchedSubmissionWriter } from './batched-writer';
import {
  ReturningSubmission,
  ReturningSubmissionResult,
  SubmissionRepository,
} from './submission.repository';

/**
 * Returning participants' submissions (with a return code): one statement finds the participants by
 * their codes, checks the round is open and inserts the rows.
 */
@Injectable()
export class ReturningSubmissionWriter extends BatchedSubmissionWriter<
  ReturningSubmission,
  ReturningSubmissionResult
> {
  constructor(submissions: SubmissionRepository) {
    super((rows) => submissions.insertReturningMany(rows));
  }
}
