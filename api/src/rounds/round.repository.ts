import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { RoundEntity } from './round.entity';

/** Every query takes the workspace it is scoped to. */
@Injectable()
export class RoundRepository {
  constructor(@InjectRepository(RoundEntity) private readonly rounds: Repository<RoundEntity>) {}

  listForWorkspace(workspaceId: string): Promise<RoundEntity[]> {
    return this.rounds.find({ where: { workspaceId }, order: { createdAt: 'DESC' } });
  }

  listOpenForWorkspaces(workspaceIds: string[]): Promise<RoundEntity[]> {
    if (!workspaceIds.length) return Promise.resolve([]);
    return this.rounds.find({
      where: { workspaceId: In(workspaceIds), status: 'open' },
      order: { createdAt: 'DESC' },
    });
  }

  create(workspaceId: string, data: Pick<RoundEntity, 'slug' | 'title' | 'introduction' | 'status'>): Promise<RoundEntity> {
    return this.rounds.save(this.rounds.create({ ...data, workspaceId }));
  }
}
