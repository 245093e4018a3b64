import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type {
  BulkApproveResponse,
  ModerationItem,
  ModerationQueueResponse,
  OriginalTextResponse,
  RoundDashboard,
} from '@inbreng/contracts';
import { WorkspaceRole } from '../common/access.decorators';
import { CurrentUser, type RequestUser } from '../common/request-user';
import { DashboardService } from './dashboard.service';
import {
  BulkApproveDto,
  DecisionDto,
  QueueQueryDto,
  RoundParams,
  SubmissionParams,
} from './dto/moderation.dto';
import { ModerationService } from './moderation.service';

@ApiTags('moderation')
@Controller('staff/workspaces/:workspaceId')
export class ModerationController {
  constructor(
    private readonly moderation: ModerationService,
    private readonly dashboards: DashboardService,
  ) {}

  @WorkspaceRole('moderator')
  @Get('rounds/:roundId/submissions')
  queue(@Param() p: RoundParams, @Query() q: QueueQueryDto): Promise<ModerationQueueResponse> {
    return this.moderation.queue(p.workspaceId, p.roundId, q);
  }

  @WorkspaceRole('moderator')
  @Post('rounds/:roundId/submissions/bulk-approve')
  @HttpCode(200)
  bulkApprove(
    @Param() p: RoundParams,
    @Body() b: BulkApproveDto,
    @CurrentUser() u: RequestUser,
  ): Promise<BulkApproveResponse> {
    return this.moderation.bulkApprove(p.workspaceId, p.roundId, b.ids, u);
  }

  @WorkspaceRole('moderator')
  @Get('rounds/:roundId/dashboard')
  dashboard(@Param() p: RoundParams): Promise<RoundDashboard> {
    return this.dashboards.forRound(p.workspaceId, p.roundId);
  }

  @WorkspaceRole('moderator')
  @Get('submissions/:id/original')
  original(@Param() p: SubmissionParams, @CurrentUser() u: RequestUser): Promise<OriginalTextResponse> {
    return this.moderation.original(p.workspaceId, p.id, u);
  }

  @WorkspaceRole('moderator')
  @Post('submissions/:id/decision')
  @HttpCode(200)
  decide(
    @Param() p: SubmissionParams,
    @Body() d: DecisionDto,
    @CurrentUser() u: RequestUser,
  ): Promise<ModerationItem> {
    return this.moderation.decide(p.workspaceId, p.id, d, u);
  }
}
