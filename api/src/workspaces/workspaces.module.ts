import { Module } from '@nestjs/common';
import { RoundsModule } from '../rounds/rounds.module';
import { PublicWorkspacesController } from './public-workspaces.controller';
import { WorkspaceRepository } from './workspace.repository';
import { WorkspacesService } from './workspaces.service';

@Module({
  imports: [RoundsModule],
  controllers: [PublicWorkspacesController],
  providers: [WorkspaceRepository, WorkspacesService],
  exports: [WorkspaceRepository],
})
export class WorkspacesModule {}
