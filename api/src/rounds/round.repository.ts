import { Injectable } from '@nestjs/common';
import { DataSource, In, Repository } from 'typeorm';
import { RoundEntity } from './round.entity';

/** Every query takes the workspace it is scoped to. */
@Injectable()
export class RoundRepository {
  private readonly rounds: Repository<RoundEntity>;

  constructor(dataSource: DataSource) {
    this.rounds = dataSource.getRepository(RoundEntity);
  }

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

  create(
    workspaceId: string,
    data: Pick<RoundEntity, 'slug' | 'title' | 'introduction' | 'status'>,
  ): Promise<RoundEntity> {
    return this.rounds.save(this.rounds.create({ ...data, workspaceId }));
  }
}
