import { Injectable } from '@nestjs/common';
import { DataSource, Repository } from 'typeorm';
import { ParticipantEntity } from './participant.entity';

@Injectable()
export class ParticipantRepository {
  private readonly participants: Repository<ParticipantEntity>;

  constructor(dataSource: DataSource) {
    this.participants = dataSource.getRepository(ParticipantEntity);
  }

  findByCodeHash(returnCodeHash: string): Promise<ParticipantEntity | null> {
    return this.participants.findOne({ where: { returnCodeHash } });
  }

  /** Creates the participant unless the code exists already (a retried first request); returns the row. */
  async createOnce(data: {
    workspaceId: string;
    roundId: string;
    returnCodeHash: string;
    group: ParticipantEntity['group'];
    ageBand: ParticipantEntity['ageBand'];
  }): Promise<ParticipantEntity> {
    await this.participants.createQueryBuilder().insert().values(data).orIgnore().execute();
    return this.participants.findOneByOrFail({ returnCodeHash: data.returnCodeHash });
  }

  countForRound(workspaceId: string, roundId: string): Promise<number> {
    return this.participants.count({ where: { workspaceId, roundId } });
  }
}
