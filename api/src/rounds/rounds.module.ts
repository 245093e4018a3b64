import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RoundEntity } from './round.entity';
import { RoundRepository } from './round.repository';
import { RoundsService } from './rounds.service';
import { StaffRoundsController } from './staff-rounds.controller';

@Module({
  imports: [TypeOrmModule.forFeature([RoundEntity])],
  controllers: [StaffRoundsController],
  providers: [RoundRepository, RoundsService],
  exports: [RoundRepository],
})
export class RoundsModule {}
