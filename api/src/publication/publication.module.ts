import { Module } from '@nestjs/common';
import { PrioritisationModule } from '../prioritisation/prioritisation.module';
import { RoundsModule } from '../rounds/rounds.module';
import { SynthesisModule } from '../synthesis/synthesis.module';
import { PublicationController } from './publication.controller';
import { PublicationRepository } from './publication.repository';
import { PublicationService } from './publication.service';

@Module({
  imports: [RoundsModule, SynthesisModule, PrioritisationModule],
  controllers: [PublicationController],
  providers: [PublicationService, PublicationRepository],
})
export class PublicationModule {}
