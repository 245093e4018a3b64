import { Module } from '@nestjs/common';
import { RoundRepository } from './round.repository';
import { RoundsService } from './rounds.service';
import { StaffRoundsController } from './staff-rounds.controller';

@Module({
  imports: [],
  controllers: [StaffRoundsController],
  providers: [RoundRepository, RoundsService],
  exports: [RoundRepository],
})
export class RoundsModule {}
