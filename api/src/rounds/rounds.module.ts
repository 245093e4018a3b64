import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { RoundRepository } from './round.repository';
import { RoundsService } from './rounds.service';
import { StaffRoundsController } from './staff-rounds.controller';

@Module({
  imports: [AuditModule],
  controllers: [StaffRoundsController],
  providers: [RoundRepository, RoundsService],
  exports: [RoundRepository],
})
export class RoundsModule {}
