import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { StaffRoundResponse, StaffRoundSummary } from '@inbreng/contracts';
import { WorkspaceRole } from '../common/access.decorators';
import { WorkspaceParams } from '../common/dto/workspace-params.dto';
import { CurrentUser, type RequestUser } from '../common/request-user';
import { StaffRoundParams, TransitionRoundDto, UpsertRoundDto } from './dto/upsert-round.dto';
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

  @WorkspaceRole('admin')
  @Post()
  create(
    @Param() p: WorkspaceParams,
    @Body() dto: UpsertRoundDto,
    @CurrentUser() u: RequestUser,
  ): Promise<StaffRoundResponse> {
    return this.rounds.create(p.workspaceId, dto, u);
  }

  @WorkspaceRole('moderator')
  @Get(':roundId')
  get(@Param() p: StaffRoundParams): Promise<StaffRoundResponse> {
    return this.rounds.get(p.workspaceId, p.roundId);
  }

  @WorkspaceRole('admin')
  @Put(':roundId')
  update(
    @Param() p: StaffRoundParams,
    @Body() dto: UpsertRoundDto,
    @CurrentUser() u: RequestUser,
  ): Promise<StaffRoundResponse> {
    return this.rounds.update(p.workspaceId, p.roundId, dto, u);
  }

  @WorkspaceRole('admin')
  @Post(':roundId/transition')
  @HttpCode(200)
  transition(
    @Param() p: StaffRoundParams,
    @Body() dto: TransitionRoundDto,
    @CurrentUser() u: RequestUser,
  ): Promise<StaffRoundResponse> {
    return this.rounds.transition(p.workspaceId, p.roundId, dto.to, u);
  }
}
