import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { PrioritisationModule } from '../prioritisation/prioritisation.module';
import { RoundsModule } from '../rounds/rounds.module';
import { SynthesisModule } from '../synthesis/synthesis.module';
import { AgendaPublicationRepository } from './agenda-publication.repository';
import { AgendaSnapshotService } from './agenda-snapshot.service';
import { PublicationController } from './publication.controller';
import { PublicationRepository } from './publication.repository';
import { PublicationService } from './publication.service';
import { StaffPublicationController } from './staff-publication.controller';

/**
 * Depends on rounds, never the other way: it hooks into the round's move to `published` through
 * `RoundTransitionHooks` (provided by rounds) to store the agenda in the same transaction.
 */
@Module({
  imports: [AuditModule, RoundsModule, SynthesisModule, PrioritisationModule],
  controllers: [PublicationController, StaffPublicationController],
  providers: [PublicationService, PublicationRepository, AgendaPublicationRepository, AgendaSnapshotService],
  exports: [AgendaSnapshotService],
})
export class PublicationModule {}
