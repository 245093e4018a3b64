import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type {
  ClusteringRun,
  SubmissionLineage,
  Theme,
  UndoResponse,
  WorkbenchResponse,
  WorkbenchSubmission,
} from '@inbreng/contracts';
import { WorkspaceRole } from '../common/access.decorators';
import { CurrentUser, type RequestUser } from '../common/request-user';
import { SubmissionParams } from '../moderation/dto/moderation.dto';
import { AssignmentsService } from './assignments.service';
import { ClusteringService } from './clustering.service';
import {
  AssignDto,
  CreateThemeDto,
  DecideThemeDto,
  FrameworkDto,
  MarkDuplicateDto,
  MergeThemesDto,
  RoundParams,
  RunParams,
  SplitThemeDto,
  StartClusteringDto,
  ThemeParams,
  UpdateThemeDto,
  WorkbenchQueryDto,
} from './dto/synthesis.dto';
import { ThemesService } from './themes.service';
import { UndoService } from './undo.service';
import { WorkbenchService } from './workbench.service';

const scope = (p: RoundParams, actor: RequestUser) => ({
  workspaceId: p.workspaceId,
  roundId: p.roundId,
  actor,
});

/** The synthesis workbench: themes, assignments, clustering suggestions, undo. Moderators only. */
@ApiTags('synthesis')
@Controller('staff/workspaces/:workspaceId')
export class SynthesisController {
  constructor(
    private readonly workbench: WorkbenchService,
    private readonly themes: ThemesService,
    private readonly assignments: AssignmentsService,
    private readonly undoes: UndoService,
    private readonly clustering: ClusteringService,
  ) {}

  @WorkspaceRole('moderator')
  @Get('rounds/:roundId/workbench')
  get(@Param() p: RoundParams, @Query() q: WorkbenchQueryDto): Promise<WorkbenchResponse> {
    return this.workbench.get(p.workspaceId, p.roundId, q);
  }

  @WorkspaceRole('moderator')
  @Post('rounds/:roundId/clustering-runs')
  @HttpCode(202)
  startRun(
    @Param() p: RoundParams,
    @Body() b: StartClusteringDto,
    @CurrentUser() u: RequestUser,
  ): Promise<ClusteringRun> {
    return this.clustering.start(scope(p, u), b.k ?? null);
  }

  @WorkspaceRole('moderator')
  @Get('rounds/:roundId/clustering-runs/:runId')
  run(@Param() p: RunParams): Promise<ClusteringRun> {
    return this.workbench.runStatus(p.workspaceId, p.roundId, p.runId);
  }

  @WorkspaceRole('moderator')
  @Put('rounds/:roundId/theme-framework')
  framework(@Param() p: RoundParams, @Body() b: FrameworkDto, @CurrentUser() u: RequestUser) {
    return this.themes.setFramework(scope(p, u), b.frameworkCode);
  }

  @WorkspaceRole('moderator')
  @Post('rounds/:roundId/themes')
  create(@Param() p: RoundParams, @Body() b: CreateThemeDto, @CurrentUser() u: RequestUser): Promise<Theme> {
    return this.themes.create(scope(p, u), b);
  }

  @WorkspaceRole('moderator')
  @Patch('rounds/:roundId/themes/:themeId')
  update(@Param() p: ThemeParams, @Body() b: UpdateThemeDto, @CurrentUser() u: RequestUser): Promise<Theme> {
    return this.themes.update(scope(p, u), p.themeId, b);
  }

  @WorkspaceRole('moderator')
  @Post('rounds/:roundId/themes/:themeId/decision')
  @HttpCode(200)
  decide(@Param() p: ThemeParams, @Body() b: DecideThemeDto, @CurrentUser() u: RequestUser): Promise<Theme> {
    return this.themes.decide(scope(p, u), p.themeId, b);
  }

  @WorkspaceRole('moderator')
  @Post('rounds/:roundId/themes/:themeId/merge')
  @HttpCode(200)
  merge(@Param() p: ThemeParams, @Body() b: MergeThemesDto, @CurrentUser() u: RequestUser): Promise<Theme> {
    return this.themes.merge(scope(p, u), p.themeId, b);
  }

  @WorkspaceRole('moderator')
  @Post('rounds/:roundId/themes/:themeId/split')
  @HttpCode(200)
  split(@Param() p: ThemeParams, @Body() b: SplitThemeDto, @CurrentUser() u: RequestUser) {
    return this.themes.split(scope(p, u), p.themeId, b);
  }

  @WorkspaceRole('moderator')
  @Post('rounds/:roundId/assignments')
  @HttpCode(200)
  assign(
    @Param() p: RoundParams,
    @Body() b: AssignDto,
    @CurrentUser() u: RequestUser,
  ): Promise<WorkbenchSubmission> {
    return this.assignments.assign(scope(p, u), b);
  }

  @WorkspaceRole('moderator')
  @Post('rounds/:roundId/duplicates')
  @HttpCode(200)
  duplicate(
    @Param() p: RoundParams,
    @Body() b: MarkDuplicateDto,
    @CurrentUser() u: RequestUser,
  ): Promise<WorkbenchSubmission> {
    return this.assignments.markDuplicate(scope(p, u), b);
  }

  @WorkspaceRole('moderator')
  @Post('rounds/:roundId/undo')
  @HttpCode(200)
  undo(@Param() p: RoundParams, @CurrentUser() u: RequestUser): Promise<UndoResponse> {
    return this.undoes.undo(scope(p, u));
  }

  @WorkspaceRole('moderator')
  @Get('submissions/:id/lineage')
  lineage(@Param() p: SubmissionParams): Promise<SubmissionLineage> {
    return this.workbench.submissionLineage(p.workspaceId, p.id);
  }
}
