import { Controller, Get, Param, Query, StreamableFile } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import type { AuditEventResponse, Page } from '@inbreng/contracts';
import { WorkspaceRole } from '../common/access.decorators';
import { PaginationQuery } from '../common/dto/pagination.dto';
import { WorkspaceParams } from '../common/dto/workspace-params.dto';
import { CurrentUser, type RequestUser } from '../common/request-user';
import { AuditService } from './audit.service';

@ApiTags('audit')
@Controller('staff/workspaces/:workspaceId/audit-events')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @WorkspaceRole('admin')
  @Get()
  list(@Param() p: WorkspaceParams, @Query() q: PaginationQuery): Promise<Page<AuditEventResponse>> {
    return this.audit.list(p.workspaceId, q.limit, q.offset);
  }

  @WorkspaceRole('admin')
  @Get('export.csv')
  @ApiProduces('text/csv')
  async export(@Param() p: WorkspaceParams, @CurrentUser() u: RequestUser): Promise<StreamableFile> {
    return new StreamableFile(await this.audit.exportCsv(p.workspaceId, u), {
      type: 'text/csv; charset=utf-8',
      disposition: `attachment; filename="audit-${p.workspaceId}.csv"`,
    });
  }
}
