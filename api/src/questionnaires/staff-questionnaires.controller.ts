import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiConflictResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { QuestionnaireSummary, StaffQuestionnaireResponse } from '@inbreng/contracts';
import { WorkspaceRole } from '../common/access.decorators';
import { CurrentUser, type RequestUser } from '../common/request-user';
import { StaffRoundParams } from '../rounds/dto/upsert-round.dto';
import {
  QuestionnaireParams,
  TransitionQuestionnaireDto,
  UpsertQuestionnaireDto,
} from './dto/questionnaire.dto';
import { QuestionnairesService } from './questionnaires.service';

@ApiTags('questionnaires')
@Controller('staff/workspaces/:workspaceId')
export class StaffQuestionnairesController {
  constructor(private readonly questionnaires: QuestionnairesService) {}

  @WorkspaceRole('moderator')
  @Get('rounds/:roundId/questionnaires')
  @ApiOperation({ summary: 'Questionnaires of a round, with response counts' })
  list(@Param() p: StaffRoundParams): Promise<QuestionnaireSummary[]> {
    return this.questionnaires.list(p.workspaceId, p.roundId);
  }

  @WorkspaceRole('moderator')
  @Post('rounds/:roundId/questionnaires')
  @ApiOperation({
    summary: 'Create a questionnaire (draft, version 1); the definition is checked as a whole',
  })
  create(
    @Param() p: StaffRoundParams,
    @Body() dto: UpsertQuestionnaireDto,
    @CurrentUser() u: RequestUser,
  ): Promise<StaffQuestionnaireResponse> {
    return this.questionnaires.create(p.workspaceId, p.roundId, dto, u);
  }

  @WorkspaceRole('moderator')
  @Get('questionnaires/:questionnaireId')
  @ApiOperation({ summary: 'A questionnaire with its current definition and versions' })
  get(@Param() p: QuestionnaireParams): Promise<StaffQuestionnaireResponse> {
    return this.questionnaires.get(p.workspaceId, p.questionnaireId);
  }

  @WorkspaceRole('moderator')
  @Put('questionnaires/:questionnaireId')
  @ApiOperation({
    summary: 'Edit a questionnaire',
    description:
      'When the current version has responses, removing a question/option/row, changing a type or tightening a rule is refused (409, details list the changes) unless asNewVersion is true.',
  })
  @ApiConflictResponse({ description: 'Destructive edit on a version with responses' })
  update(
    @Param() p: QuestionnaireParams,
    @Body() dto: UpsertQuestionnaireDto,
    @CurrentUser() u: RequestUser,
  ): Promise<StaffQuestionnaireResponse> {
    return this.questionnaires.update(p.workspaceId, p.questionnaireId, dto, u);
  }

  @WorkspaceRole('moderator')
  @Post('questionnaires/:questionnaireId/transition')
  @HttpCode(200)
  @ApiOperation({ summary: 'draft → open → closed → open (audited)' })
  transition(
    @Param() p: QuestionnaireParams,
    @Body() dto: TransitionQuestionnaireDto,
    @CurrentUser() u: RequestUser,
  ): Promise<StaffQuestionnaireResponse> {
    return this.questionnaires.transition(p.workspaceId, p.questionnaireId, dto.to, u);
  }
}
