import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { RoundTransitionHooks } from './round-transition-hooks';
import { RoundRepository } from './round.repository';
import { RoundsService } from './rounds.service';
import { StaffRoundsController } from './staff-rounds.controller';

@Module({
  imports: [AuditModule],
  controllers: [StaffRoundsController],
  providers: [RoundRepository, RoundsService, RoundTransitionHooks],
  exports: [RoundRepository, RoundTransitionHooks],
})
export class RoundsModule {}
