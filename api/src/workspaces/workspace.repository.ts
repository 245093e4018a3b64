import { Injectable } from '@nestjs/common';
import { DataSource, Repository } from 'typeorm';
import { WorkspaceEntity } from './workspace.entity';

@Injectable()
export class WorkspaceRepository {
  private readonly workspaces: Repository<WorkspaceEntity>;

  constructor(dataSource: DataSource) {
    this.workspaces = dataSource.getRepository(WorkspaceEntity);
  }

  findBySlug(slug: string): Promise<WorkspaceEntity | null> {
    return this.workspaces.findOne({ where: { slug } });
  }

  listAll(): Promise<WorkspaceEntity[]> {
    return this.workspaces.find({ order: { name: 'ASC' } });
  }

  create(slug: string, name: string, description: string): Promise<WorkspaceEntity> {
    return this.workspaces.save(this.workspaces.create({ slug, name, description }));
  }
}
