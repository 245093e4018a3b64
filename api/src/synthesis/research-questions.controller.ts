import { Body, Controller, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { ResearchQuestion, ResearchQuestionLineage } from '@inbreng/contracts';
import { WorkspaceRole } from '../common/access.decorators';
import { CurrentUser, type RequestUser } from '../common/request-user';
import {
  CreateResearchQuestionDto,
  MergeResearchQuestionsDto,
  ResearchQuestionParams,
  SplitResearchQuestionDto,
  UpdateResearchQuestionDto,
} from './dto/research-question.dto';
import { RoundParams } from './dto/synthesis.dto';
import { ResearchQuestionsService } from './research-questions.service';
import { WorkbenchService } from './workbench.service';

const scope = (p: RoundParams, actor: RequestUser) => ({
  workspaceId: p.workspaceId,
  roundId: p.roundId,
  actor,
});

/** Research questions made from themes, and their lineage back to submissions. Moderators only. */
@ApiTags('research questions')
@Controller('staff/workspaces/:workspaceId/rounds/:roundId/research-questions')
export class ResearchQuestionsController {
  constructor(
    private readonly questions: ResearchQuestionsService,
    private readonly workbench: WorkbenchService,
  ) {}

  @WorkspaceRole('moderator')
  @Get()
  list(@Param() p: RoundParams): Promise<ResearchQuestion[]> {
    return this.questions.list(p.workspaceId, p.roundId);
  }

  @WorkspaceRole('moderator')
  @Post()
  create(
    @Param() p: RoundParams,
    @Body() b: CreateResearchQuestionDto,
    @CurrentUser() u: RequestUser,
  ): Promise<ResearchQuestion> {
    return this.questions.create(scope(p, u), b);
  }

  @WorkspaceRole('moderator')
  @Get(':id')
  get(@Param() p: ResearchQuestionParams): Promise<ResearchQuestion> {
    return this.questions.get(p.workspaceId, p.roundId, p.id);
  }

  @WorkspaceRole('moderator')
  @Patch(':id')
  update(
    @Param() p: ResearchQuestionParams,
    @Body() b: UpdateResearchQuestionDto,
    @CurrentUser() u: RequestUser,
  ): Promise<ResearchQuestion> {
    return this.questions.update(scope(p, u), p.id, b);
  }

  @WorkspaceRole('moderator')
  @Post(':id/merge')
  @HttpCode(200)
  merge(
    @Param() p: ResearchQuestionParams,
    @Body() b: MergeResearchQuestionsDto,
    @CurrentUser() u: RequestUser,
  ): Promise<ResearchQuestion> {
    return this.questions.merge(scope(p, u), p.id, b);
  }

  @WorkspaceRole('moderator')
  @Post(':id/split')
  @HttpCode(200)
  split(
    @Param() p: ResearchQuestionParams,
    @Body() b: SplitResearchQuestionDto,
    @CurrentUser() u: RequestUser,
  ) {
    return this.questions.split(scope(p, u), p.id, b);
  }

  @WorkspaceRole('moderator')
  @Get(':id/lineage')
  lineage(@Param() p: ResearchQuestionParams): Promise<ResearchQuestionLineage> {
    return this.workbench.questionLineage(p.workspaceId, p.roundId, p.id);
  }
}
