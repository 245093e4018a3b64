import { Injectable } from '@nestjs/common';
import type { AgeBand, ParticipantGroup } from '@inbreng/contracts';
import { DataSource, Repository } from 'typeorm';
import { ParticipantEntity } from './participant.entity';

@Injectable()
export class ParticipantRepository {
  private readonly participants: Repository<ParticipantEntity>;

  constructor(private readonly dataSource: DataSource) {
    this.participants = dataSource.getRepository(ParticipantEntity);
  }

  findByCodeHash(returnCodeHash: string): Promise<ParticipantEntity | null> {
    return this.participants.findOne({ where: { returnCodeHash } });
  }

  /**
   * Creates the participant, or returns the one an earlier or concurrent identical request created
   * (one round trip: the no-op update makes RETURNING answer on conflict too).
   */
  async findOrCreate(data: {
    workspaceId: string;
    roundId: string;
    returnCodeHash: string;
    group: ParticipantGroup;
    ageBand: AgeBand | null;
  }): Promise<Pick<ParticipantEntity, 'id' | 'roundId' | 'group' | 'ageBand'>> {
    const rows: Array<{ id: string; round_id: string; group: ParticipantGroup; age_band: AgeBand | null }> =
      await this.dataSource.query(
        `INSERT INTO participant (workspace_id, round_id, return_code_hash, "group", age_band)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (return_code_hash) DO UPDATE SET return_code_hash = EXCLUDED.return_code_hash
         RETURNING id, round_id, "group", age_band`,
        [data.workspaceId, data.roundId, data.returnCodeHash, data.group, data.ageBand],
      );
    const row = rows[0];
    if (!row) throw new Error('participant upsert returned no row');
    return { id: row.id, roundId: row.round_id, group: row.group, ageBand: row.age_band };
  }

  countForRound(workspaceId: string, roundId: string): Promise<number> {
    return this.participants.count({ where: { workspaceId, roundId } });
  }
}
