import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RoundsModule } from '../rounds/rounds.module';
import { PublicWorkspacesController } from './public-workspaces.controller';
import { WorkspaceEntity } from './workspace.entity';
import { WorkspaceRepository } from './workspace.repository';
import { WorkspacesService } from './workspaces.service';

@Module({
  imports: [TypeOrmModule.forFeature([WorkspaceEntity]), RoundsModule],
  controllers: [PublicWorkspacesController],
  providers: [WorkspaceRepository, WorkspacesService],
  exports: [WorkspaceRepository],
})
export class WorkspacesModule {}
