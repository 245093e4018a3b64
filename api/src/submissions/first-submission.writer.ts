import { Injectable } from '@nestjs/common';
import { BatchedSubmissionWriter } from './batched-writer';
import { FirstSubmission, FirstSubmissionResult, SubmissionRepository } from './submission.repository';

/** New participants' first submissions: one statement creates the participants and inserts the rows. */
@Injectable()
export class FirstSubmissionWriter extends BatchedSubmissionWriter<FirstSubmission, FirstSubmissionResult> {
  constructor(submissions: SubmissionRepository) {
    super((rows) => submissions.insertFirstMany(rows));
  }
}
