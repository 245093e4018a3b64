import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AgendaPublicationEntity } from './agenda-publication.entity';

/** The stored agendas of published rounds. Rows are only ever inserted. */
@Injectable()
export class AgendaPublicationRepository {
  constructor(private readonly dataSource: DataSource) {}

  private repo(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(AgendaPublicationEntity);
  }

  /** The round id is unique across workspaces; the workspace is checked too so a caller cannot cross tenants. */
  findForRound(
    workspaceId: string,
    roundId: string,
    manager?: EntityManager,
  ): Promise<AgendaPublicationEntity | null> {
    return this.repo(manager).findOne({ where: { workspaceId, roundId } });
  }

  async insert(
    row: Pick<
      AgendaPublicationEntity,
      'workspaceId' | 'roundId' | 'publishedAt' | 'publishedBy' | 'snapshot'
    >,
    manager: EntityManager,
  ): Promise<AgendaPublicationEntity> {
    const repo = this.repo(manager);
    return repo.save(repo.create(row));
  }
}
