import { Controller, Get, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { StaffRoundSummary } from '@inbreng/contracts';
import { WorkspaceRole } from '../common/access.decorators';
import { WorkspaceParams } from '../common/dto/workspace-params.dto';
import { RoundsService } from './rounds.service';

@ApiTags('rounds')
@Controller('staff/workspaces/:workspaceId/rounds')
export class StaffRoundsController {
  constructor(private readonly rounds: RoundsService) {}

  @WorkspaceRole('moderator')
  @Get()
  list(@Param() p: WorkspaceParams): Promise<StaffRoundSummary[]> {
    return this.rounds.listForStaff(p.workspaceId);
  }
}
