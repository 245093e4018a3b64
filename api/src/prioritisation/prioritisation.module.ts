import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ParticipantRepository } from '../participants/participant.repository';
import { RoundsModule } from '../rounds/rounds.module';
import { SynthesisModule } from '../synthesis/synthesis.module';
import { PrioritisationController } from './prioritisation.controller';
import { PrioritisationRepository } from './prioritisation.repository';
import { PrioritisationService } from './prioritisation.service';
import { PublicVotingController } from './public-voting.controller';
import { VotingService } from './voting.service';

@Module({
  imports: [AuditModule, RoundsModule, SynthesisModule],
  controllers: [PrioritisationController, PublicVotingController],
  providers: [PrioritisationRepository, PrioritisationService, VotingService, ParticipantRepository],
  exports: [PrioritisationService, PrioritisationRepository],
})
export class PrioritisationModule {}
