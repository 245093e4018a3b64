import { Injectable } from '@nestjs/common';
import type { PriorityGroup } from '@inbreng/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { BallotEntity, PrioritisationEntity, PrioritisationQuestionEntity } from './prioritisation.entity';

export interface ShortlistRow {
  researchQuestionId: string;
  text: string;
  population: string;
  rationale: string;
  position: number;
}

/** Settings, shortlist, ballots and pairwise votes of a round's prioritisation. Aggregates run in SQL. */
@Injectable()
export class PrioritisationRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(fn: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(fn);
  }

  private m(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  findSettings(roundId: string, manager?: EntityManager): Promise<PrioritisationEntity | null> {
    return this.m(manager).getRepository(PrioritisationEntity).findOne({ where: { roundId } });
  }

  async saveSettings(
    entity: Partial<PrioritisationEntity>,
    manager: EntityManager,
  ): Promise<PrioritisationEntity> {
    const repo = manager.getRepository(PrioritisationEntity);
    return repo.save(repo.create(entity));
  }

  async setShortlist(roundId: string, questionIds: string[], manager: EntityManager): Promise<void> {
    const repo = manager.getRepository(PrioritisationQuestionEntity);
    await repo.delete({ roundId });
    if (questionIds.length)
      await repo.insert(
        questionIds.map((researchQuestionId, position) => ({ roundId, researchQuestionId, position })),
      );
  }

  async shortlist(roundId: string, manager?: EntityManager): Promise<ShortlistRow[]> {
    const rows: Array<{ id: string; text: string; population: string; rationale: string; position: number }> =
      await this.m(manager).query(
        `SELECT q.id, q.text, q.population, q.rationale, pq.position
           FROM prioritisation_question pq JOIN research_question q ON q.id = pq.research_question_id
          WHERE pq.round_id = $1 ORDER BY pq.position`,
        [roundId],
      );
    return rows.map((r) => ({
      researchQuestionId: r.id,
      text: r.text,
      population: r.population,
      rationale: r.rationale,
      position: r.position,
    }));
  }

  findBallot(participantId: string, manager?: EntityManager): Promise<BallotEntity | null> {
    return this.m(manager).getRepository(BallotEntity).findOne({ where: { participantId } });
  }

  async ballotItems(ballotId: string): Promise<{ researchQuestionId: string; rank: number | null }[]> {
    const rows: Array<{ research_question_id: string; rank: number | null }> = await this.m().query(
      `SELECT research_question_id, rank FROM ballot_item WHERE ballot_id = $1 ORDER BY rank NULLS LAST, research_question_id`,
      [ballotId],
    );
    return rows.map((r) => ({ researchQuestionId: r.research_question_id, rank: r.rank }));
  }

  /** Stores the participant's ballot, replacing the previous one; returns whether one was replaced. */
  async replaceBallot(
    data: { workspaceId: string; roundId: string; participantId: string; priorityGroup: PriorityGroup },
    items: { researchQuestionId: string; rank: number | null }[],
    manager: EntityManager,
  ): Promise<{ ballot: BallotEntity; replaced: boolean }> {
    const rows: Array<{ id: string; inserted: boolean }> = await manager.query(
      `INSERT INTO ballot (workspace_id, round_id, participant_id, priority_group)
       VALUES ($1, $2, $3, $4)
       ON CONFLICT (participant_id) DO UPDATE SET priority_group = EXCLUDED.priority_group, updated_at = now()
       RETURNING id, (xmax = 0) AS inserted`,
      [data.workspaceId, data.roundId, data.participantId, data.priorityGroup],
    );
    const row = rows[0] as { id: string; inserted: boolean };
    await manager.query('DELETE FROM ballot_item WHERE ballot_id = $1', [row.id]);
    if (items.length)
      await manager.query(
        `INSERT INTO ballot_item (ballot_id, research_question_id, rank)
         SELECT $1, q, r FROM unnest($2::uuid[], $3::int[]) AS t(q, r)`,
        [row.id, items.map((i) => i.researchQuestionId), items.map((i) => i.rank)],
      );
    const ballot = await manager.getRepository(BallotEntity).findOneByOrFail({ id: row.id });
    return { ballot, replaced: !row.inserted };
  }

  /** Ballots per priority group. */
  async ballotCounts(roundId: string, manager?: EntityManager): Promise<Map<PriorityGroup, number>> {
    const rows: Array<{ g: PriorityGroup; n: number }> = await this.m(manager).query(
      `SELECT priority_group AS g, count(*)::int AS n FROM ballot WHERE round_id = $1 GROUP BY 1`,
      [roundId],
    );
    return new Map(rows.map((r) => [r.g, r.n]));
  }

  /** Sum of ballot points per group and question (a pick 1, ranked picks rankTop + 1 down to 2). */
  async ballotPoints(
    roundId: string,
    rankTop: number,
    manager?: EntityManager,
  ): Promise<{ group: PriorityGroup; questionId: string; points: number }[]> {
    const rows: Array<{ g: PriorityGroup; q: string; points: number }> = await this.m(manager).query(
      `SELECT b.priority_group AS g, bi.research_question_id AS q,
              sum(CASE WHEN bi.rank IS NULL THEN 1 ELSE $2::int - bi.rank + 2 END)::float8 AS points
         FROM ballot b JOIN ballot_item bi ON bi.ballot_id = b.id
        WHERE b.round_id = $1
        GROUP BY 1, 2`,
      [roundId, rankTop],
    );
    return rows.map((r) => ({ group: r.g, questionId: r.q, points: r.points }));
  }

  async insertPairwiseVote(
    v: {
      roundId: string;
      participantId: string;
      priorityGroup: PriorityGroup;
      idempotencyKeyHash: string;
      aId: string;
      bId: string;
      winnerId: string | null;
    },
    manager?: EntityManager,
  ): Promise<boolean> {
    const rows: unknown[] = await this.m(manager).query(
      `INSERT INTO pairwise_vote (round_id, participant_id, priority_group, idempotency_key_hash, a_id, b_id, winner_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (idempotency_key_hash) DO NOTHING RETURNING id`,
      [v.roundId, v.participantId, v.priorityGroup, v.idempotencyKeyHash, v.aId, v.bId, v.winnerId],
    );
    return rows.length > 0;
  }

  /** Decided comparisons per group (skips left out), counted per ordered winner/loser pair. */
  async comparisons(
    roundId: string,
    manager?: EntityManager,
  ): Promise<{ group: PriorityGroup; winner: string; loser: string; n: number }[]> {
    const rows: Array<{ g: PriorityGroup; w: string; l: string; n: number }> = await this.m(manager).query(
      `SELECT priority_group AS g, winner_id AS w,
              CASE WHEN winner_id = a_id THEN b_id ELSE a_id END AS l, count(*)::int AS n
         FROM pairwise_vote WHERE round_id = $1 AND winner_id IS NOT NULL
        GROUP BY 1, 2, 3`,
      [roundId],
    );
    return rows.map((r) => ({ group: r.g, winner: r.w, loser: r.l, n: r.n }));
  }

  /** Participants who voted in pairs, per group. */
  async pairwiseVoters(roundId: string, manager?: EntityManager): Promise<Map<PriorityGroup, number>> {
    const rows: Array<{ g: PriorityGroup; n: number }> = await this.m(manager).query(
      `SELECT priority_group AS g, count(DISTINCT participant_id)::int AS n
         FROM pairwise_vote WHERE round_id = $1 GROUP BY 1`,
      [roundId],
    );
    return new Map(rows.map((r) => [r.g, r.n]));
  }

  /** How often each unordered pair was shown in the round, and which pairs this participant already saw. */
  async pairCounts(
    roundId: string,
    participantId: string | null,
  ): Promise<{ counts: Map<string, number>; seen: Set<string> }> {
    const rows: Array<{ lo: string; hi: string; n: number; mine: boolean }> = await this.m().query(
      `SELECT least(a_id, b_id) AS lo, greatest(a_id, b_id) AS hi, count(*)::int AS n,
              bool_or(participant_id = $2) AS mine
         FROM pairwise_vote WHERE round_id = $1 GROUP BY 1, 2`,
      [roundId, participantId],
    );
    const counts = new Map<string, number>();
    const seen = new Set<string>();
    for (const r of rows) {
      counts.set(`${r.lo}|${r.hi}`, r.n);
      if (r.mine) seen.add(`${r.lo}|${r.hi}`);
    }
    return { counts, seen };
  }

  async votesOf(participantId: string): Promise<number> {
    const rows: Array<{ n: number }> = await this.m().query(
      'SELECT count(*)::int AS n FROM pairwise_vote WHERE participant_id = $1',
      [participantId],
    );
    return rows[0]?.n ?? 0;
  }
}
