import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { WorkspaceEntity } from './workspace.entity';

@Injectable()
export class WorkspaceRepository {
  constructor(@InjectRepository(WorkspaceEntity) private readonly workspaces: Repository<WorkspaceEntity>) {}

  findBySlug(slug: string): Promise<WorkspaceEntity | null> {
    return this.workspaces.findOne({ where: { slug } });
  }

  listAll(): Promise<WorkspaceEntity[]> {
    return this.workspaces.find({ order: { name: 'ASC' } });
  }

  count(): Promise<number> {
    return this.workspaces.count();
  }

  create(slug: string, name: string, description: string): Promise<WorkspaceEntity> {
    return this.workspaces.save(this.workspaces.create({ slug, name, description }));
  }
}
