import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { PrioritisationModule } from '../prioritisation/prioritisation.module';
import { PublicationModule } from '../publication/publication.module';
import { RoundsModule } from '../rounds/rounds.module';
import { SubmissionsModule } from '../submissions/submissions.module';
import { MyDataController } from './my-data.controller';
import { MyDataRepository } from './my-data.repository';
import { MyDataService } from './my-data.service';
import { RetentionRepository } from './retention.repository';
import { RetentionService } from './retention.service';

/** Participants' rights over their own data (trace, export, delete) and per-round retention. */
@Module({
  imports: [AuditModule, RoundsModule, SubmissionsModule, PrioritisationModule, PublicationModule],
  controllers: [MyDataController],
  providers: [MyDataService, MyDataRepository, RetentionService, RetentionRepository],
  exports: [RetentionService],
})
export class PrivacyModule {}
