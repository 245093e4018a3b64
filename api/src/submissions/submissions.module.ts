import { Module } from '@nestjs/common';
import { ParticipantRepository } from '../participants/participant.repository';
import { RoundsModule } from '../rounds/rounds.module';
import { FirstSubmissionWriter } from './first-submission.writer';
import { PublicSubmissionsController } from './public-submissions.controller';
import { ReturningSubmissionWriter } from './returning-submission.writer';
import { SubmissionRepository } from './submission.repository';
import { SubmissionsService } from './submissions.service';

@Module({
  imports: [RoundsModule],
  controllers: [PublicSubmissionsController],
  providers: [
    SubmissionsService,
    SubmissionRepository,
    ParticipantRepository,
    FirstSubmissionWriter,
    ReturningSubmissionWriter,
  ],
  exports: [SubmissionRepository, ParticipantRepository],
})
export class SubmissionsModule {}
