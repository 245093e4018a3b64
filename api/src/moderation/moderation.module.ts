import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { RoundsModule } from '../rounds/rounds.module';
import { SubmissionsModule } from '../submissions/submissions.module';
import { DashboardService } from './dashboard.service';
import { ModerationController } from './moderation.controller';
import { ModerationService } from './moderation.service';

@Module({
  imports: [AuditModule, RoundsModule, SubmissionsModule],
  controllers: [ModerationController],
  providers: [ModerationService, DashboardService],
})
export class ModerationModule {}
