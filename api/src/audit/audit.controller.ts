import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { AuditEventResponse, Page } from '@inbreng/contracts';
import { WorkspaceRole } from '../common/access.decorators';
import { PaginationQuery } from '../common/dto/pagination.dto';
import { WorkspaceParams } from '../common/dto/workspace-params.dto';
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
}
