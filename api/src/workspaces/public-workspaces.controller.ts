import { Controller, Get, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { PublicWorkspaceResponse } from '@inbreng/contracts';
import { Public } from '../common/access.decorators';
import { WorkspaceSlugParams } from './dto/workspace-slug.params';
import { WorkspacesService } from './workspaces.service';

@ApiTags('public')
@Controller('public/workspaces')
export class PublicWorkspacesController {
  constructor(private readonly workspaces: WorkspacesService) {}

  @Public()
  @Get()
  list(): Promise<PublicWorkspaceResponse[]> {
    return this.workspaces.listPublic();
  }

  @Public()
  @Get(':slug')
  get(@Param() p: WorkspaceSlugParams): Promise<PublicWorkspaceResponse> {
    return this.workspaces.getPublic(p.slug);
  }
}
