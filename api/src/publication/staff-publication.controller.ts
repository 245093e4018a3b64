import { Controller, Get, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { AgendaPublicationStatus } from '@inbreng/contracts';
import { WorkspaceRole } from '../common/access.decorators';
import { RoundParams } from '../common/dto/round-params.dto';
import { AgendaSnapshotService } from './agenda-snapshot.service';

/** Staff: the agenda as published and what changed in the live figures since. */
@ApiTags('publication')
@Controller('staff/workspaces/:workspaceId/rounds/:roundId')
export class StaffPublicationController {
  constructor(private readonly agendas: AgendaSnapshotService) {}

  @WorkspaceRole('moderator')
  @Get('agenda-publication')
  status(@Param() p: RoundParams): Promise<AgendaPublicationStatus> {
    return this.agendas.statusForStaff(p.workspaceId, p.roundId);
  }
}
