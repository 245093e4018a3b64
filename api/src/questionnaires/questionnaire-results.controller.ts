import { Body, Controller, Get, HttpCode, Param, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type {
  OpenAnswerOriginal,
  OpenAnswersPage,
  QuestionnaireResults,
  SendToSynthesisResponse,
} from '@inbreng/contracts';
import { WorkspaceRole } from '../common/access.decorators';
import { CurrentUser, type RequestUser } from '../common/request-user';
import {
  ExportParams,
  OpenAnswerParams,
  OpenAnswerSourceQuery,
  QuestionnaireParams,
} from './dto/questionnaire.dto';
import { OpenAnswersQueryDto, ResultsQueryDto, SendToSynthesisDto } from './dto/results.dto';
import { ExportsService } from './exports.service';
import { ResultsService } from './results.service';
import { SynthesisLinkService } from './synthesis-link.service';

@ApiTags('questionnaires')
@Controller('staff/workspaces/:workspaceId/questionnaires/:questionnaireId')
export class QuestionnaireResultsController {
  constructor(
    private readonly results: ResultsService,
    private readonly exports: ExportsService,
    private readonly synthesis: SynthesisLinkService,
  ) {}

  @WorkspaceRole('moderator')
  @Get('results')
  @ApiOperation({
    summary: 'Results per question, counted in SQL',
    description:
      'Fewer respondents than minGroupSize (in the filter, or for a question): suppressed, no figures.',
  })
  get(@Param() p: QuestionnaireParams, @Query() q: ResultsQueryDto): Promise<QuestionnaireResults> {
    return this.results.forQuestionnaire(p.workspaceId, p.questionnaireId, q);
  }

  @WorkspaceRole('moderator')
  @Get('open-answers')
  @ApiOperation({ summary: 'Open answers (redacted), with search and paging' })
  openAnswers(@Param() p: QuestionnaireParams, @Query() q: OpenAnswersQueryDto): Promise<OpenAnswersPage> {
    return this.results.openAnswers(p.workspaceId, p.questionnaireId, q);
  }

  @WorkspaceRole('moderator')
  @Get('responses/:responseId/open-answers/:questionKey/original')
  @ApiOperation({ summary: 'The unredacted text of one open answer (audited)' })
  original(
    @Param() p: OpenAnswerParams,
    @Query() q: OpenAnswerSourceQuery,
    @CurrentUser() u: RequestUser,
  ): Promise<OpenAnswerOriginal> {
    return this.results.original(
      p.workspaceId,
      p.questionnaireId,
      p.responseId,
      p.questionKey,
      q.source ?? 'answer',
      u,
    );
  }

  @WorkspaceRole('moderator')
  @Get('export/:format')
  @ApiProduces(
    'text/csv',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'application/pdf',
  )
  @ApiOperation({
    summary:
      'CSV or XLSX (one row per response, a column per question/option, XLSX with a Codeboek sheet) or a PDF summary',
  })
  export(
    @Param() p: ExportParams,
    @Query() q: ResultsQueryDto,
    @CurrentUser() u: RequestUser,
  ): Promise<StreamableFile> {
    return this.exports.export(p.workspaceId, p.questionnaireId, p.format, q, u);
  }

  @WorkspaceRole('moderator')
  @Post('to-synthesis')
  @HttpCode(200)
  @ApiOperation({ summary: 'Send open answers on as pending submissions (each answer once)' })
  toSynthesis(
    @Param() p: QuestionnaireParams,
    @Body() dto: SendToSynthesisDto,
    @CurrentUser() u: RequestUser,
  ): Promise<SendToSynthesisResponse> {
    return this.synthesis.send(p.workspaceId, p.questionnaireId, dto, u);
  }
}
