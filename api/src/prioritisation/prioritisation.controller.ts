import { Body, Controller, Get, Param, Patch, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { PrioritisationResults, ResearchQuestion } from '@inbreng/contracts';
import { WorkspaceRole } from '../common/access.decorators';
import { CurrentUser, type RequestUser } from '../common/request-user';
import { QuestionParams, RoundParams } from './dto/params.dto';
import { RationaleDto, StartPrioritisationDto, UpdatePrioritisationDto } from './dto/prioritisation.dto';
import { PrioritisationService } from './prioritisation.service';

/** Moderators run prioritisation: start over a shortlist, tune weights, read ranks, write rationales. */
@ApiTags('prioritisation')
@Controller('staff/workspaces/:workspaceId/rounds/:roundId')
export class PrioritisationController {
  constructor(private readonly prioritisation: PrioritisationService) {}

  @WorkspaceRole('moderator')
  @Post('prioritisation')
  start(
    @Param() p: RoundParams,
    @Body() b: StartPrioritisationDto,
    @CurrentUser() u: RequestUser,
  ): Promise<PrioritisationResults> {
    return this.prioritisation.start(p.workspaceId, p.roundId, b, u);
  }

  @WorkspaceRole('moderator')
  @Patch('prioritisation')
  update(
    @Param() p: RoundParams,
    @Body() b: UpdatePrioritisationDto,
    @CurrentUser() u: RequestUser,
  ): Promise<PrioritisationResults> {
    return this.prioritisation.update(p.workspaceId, p.roundId, b, u);
  }

  @WorkspaceRole('moderator')
  @Get('prioritisation/results')
  results(@Param() p: RoundParams): Promise<PrioritisationResults> {
    return this.prioritisation.results(p.workspaceId, p.roundId);
  }

  @WorkspaceRole('moderator')
  @Put('research-questions/:id/rationale')
  rationale(
    @Param() p: QuestionParams,
    @Body() b: RationaleDto,
    @CurrentUser() u: RequestUser,
  ): Promise<ResearchQuestion> {
    return this.prioritisation.setRationale(p.workspaceId, p.roundId, p.id, b.rationale, u);
  }
}
