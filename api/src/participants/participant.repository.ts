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

  countForRound(workspaceId: string, roundId: string): Promise<number> {
    return this.participants.count({ where: { workspaceId, roundId } });
  }
}
