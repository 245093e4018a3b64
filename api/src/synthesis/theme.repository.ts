import { Injectable } from '@nestjs/common';
import type {
  AssignmentStatus,
  GroupCounts,
  KnowledgeType,
  ParticipantGroup,
  ThemeStatus,
} from '@inbreng/contracts';
import { DataSource, EntityManager, In } from 'typeorm';
import { ThemeAssignmentEntity, ThemeEntity, ThemeHistoryEntity } from './theme.entity';

export interface ThemeCounts {
  submissionCount: number;
  suggestedCount: number;
  byGroup: Partial<Record<ParticipantGroup, number>>;
  byKnowledgeType: Partial<Record<KnowledgeType, number>>;
  /** The same split for suggested, not yet decided links. */
  suggested: GroupCounts;
}

export interface HistoryRow {
  themeId: string;
  parentId: string;
  parentName: string;
  relation: 'merged_from' | 'split_from';
  createdAt: Date;
}

export type ThemePatch = Partial<
  Pick<ThemeEntity, 'name' | 'description' | 'frameworkCode' | 'status' | 'mergedIntoId'>
>;

/** Themes, their submissions (assignments) and their history. Every lookup is scoped to workspace and round. */
@Injectable()
export class ThemeRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(fn: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(fn);
  }

  private m(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  listForRound(workspaceId: string, roundId: string, manager?: EntityManager): Promise<ThemeEntity[]> {
    return this.m(manager)
      .getRepository(ThemeEntity)
      .find({ where: { workspaceId, roundId }, order: { createdAt: 'ASC', name: 'ASC' } });
  }

  findInRound(
    workspaceId: string,
    roundId: string,
    id: string,
    manager?: EntityManager,
  ): Promise<ThemeEntity | null> {
    return this.m(manager).getRepository(ThemeEntity).findOne({ where: { id, workspaceId, roundId } });
  }

  findManyInRound(
    workspaceId: string,
    roundId: string,
    ids: string[],
    manager?: EntityManager,
  ): Promise<ThemeEntity[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.m(manager)
      .getRepository(ThemeEntity)
      .find({ where: { id: In(ids), workspaceId, roundId } });
  }

  findMany(ids: string[], manager?: EntityManager): Promise<ThemeEntity[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.m(manager)
      .getRepository(ThemeEntity)
      .find({ where: { id: In(ids) } });
  }

  create(data: Partial<ThemeEntity>, manager?: EntityManager): Promise<ThemeEntity> {
    const repo = this.m(manager).getRepository(ThemeEntity);
    return repo.save(repo.create(data));
  }

  /** Applies the patch only when the row still has `expectedVersion`; returns the new row or null when stale. */
  async updateVersioned(
    id: string,
    expectedVersion: number,
    patch: ThemePatch,
    manager: EntityManager,
  ): Promise<ThemeEntity | null> {
    const result = await manager
      .createQueryBuilder()
      .update(ThemeEntity)
      .set({ ...patch, version: () => 'version + 1' })
      .where('id = :id AND version = :expectedVersion', { id, expectedVersion })
      .execute();
    if (!result.affected) return null;
    return manager.getRepository(ThemeEntity).findOneByOrFail({ id });
  }

  /** Unconditional change (undo, clustering); still bumps the version so open editors notice. */
  async update(id: string, patch: ThemePatch, manager: EntityManager): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(ThemeEntity)
      .set({ ...patch, version: () => 'version + 1' })
      .where('id = :id', { id })
      .execute();
  }

  async delete(ids: string[], manager: EntityManager): Promise<void> {
    if (ids.length) await manager.getRepository(ThemeEntity).delete({ id: In(ids) });
  }

  /**
   * Per theme: accepted and suggested submissions, each split by group and knowledge type, so moderators see
   * whose voices a suggestion holds before accepting it. Only themes and submissions of `workspaceId` count.
   */
  async counts(
    workspaceId: string,
    themeIds: string[],
    manager?: EntityManager,
  ): Promise<Map<string, ThemeCounts>> {
    const out = new Map<string, ThemeCounts>();
    for (const id of themeIds)
      out.set(id, {
        submissionCount: 0,
        suggestedCount: 0,
        byGroup: {},
        byKnowledgeType: {},
        suggested: { byGroup: {}, byKnowledgeType: {} },
      });
    if (!themeIds.length) return out;
    const rows: Array<{
      theme_id: string;
      status: AssignmentStatus;
      group: ParticipantGroup;
      kt: KnowledgeType;
      n: number;
    }> = await this.m(manager).query(
      `SELECT ta.theme_id, ta.status, s."group", s.knowledge_type AS kt, count(*)::int AS n
           FROM theme_assignment ta
           JOIN theme t ON t.id = ta.theme_id AND t.workspace_id = $2
           JOIN submission s ON s.id = ta.submission_id AND s.workspace_id = $2
          WHERE ta.theme_id = ANY($1) AND ta.status IN ('accepted', 'suggested')
          GROUP BY 1, 2, 3, 4`,
      [themeIds, workspaceId],
    );
    for (const r of rows) {
      const c = out.get(r.theme_id);
      if (!c) continue;
      const target = r.status === 'suggested' ? c.suggested : c;
      if (r.status === 'suggested') c.suggestedCount += r.n;
      else c.submissionCount += r.n;
      target.byGroup[r.group] = (target.byGroup[r.group] ?? 0) + r.n;
      target.byKnowledgeType[r.kt] = (target.byKnowledgeType[r.kt] ?? 0) + r.n;
    }
    return out;
  }

  async history(themeIds: string[], manager?: EntityManager): Promise<HistoryRow[]> {
    if (!themeIds.length) return [];
    const rows: Array<{
      theme_id: string;
      parent_id: string;
      name: string;
      relation: HistoryRow['relation'];
      created_at: Date;
    }> = await this.m(manager).query(
      `SELECT h.theme_id, h.parent_id, p.name, h.relation, h.created_at
           FROM theme_history h JOIN theme p ON p.id = h.parent_id
          WHERE h.theme_id = ANY($1) ORDER BY h.created_at, p.name`,
      [themeIds],
    );
    return rows.map((r) => ({
      themeId: r.theme_id,
      parentId: r.parent_id,
      parentName: r.name,
      relation: r.relation,
      createdAt: r.created_at,
    }));
  }

  async addHistory(
    themeId: string,
    parentIds: string[],
    relation: HistoryRow['relation'],
    manager: EntityManager,
  ): Promise<void> {
    if (!parentIds.length) return;
    await manager
      .getRepository(ThemeHistoryEntity)
      .insert(parentIds.map((parentId) => ({ themeId, parentId, relation })));
  }

  async removeHistory(themeId: string, parentIds: string[], manager: EntityManager): Promise<void> {
    if (parentIds.length)
      await manager.getRepository(ThemeHistoryEntity).delete({ themeId, parentId: In(parentIds) });
  }

  /** True when `ancestorId` is `themeId` itself or anything it was (transitively) made from. */
  async isAncestor(themeId: string, ancestorId: string, manager?: EntityManager): Promise<boolean> {
    const rows: Array<{ found: boolean }> = await this.m(manager).query(
      `WITH RECURSIVE up(id) AS (
         SELECT $1::uuid
         UNION SELECT h.parent_id FROM theme_history h JOIN up ON h.theme_id = up.id
       ) SELECT EXISTS (SELECT 1 FROM up WHERE id = $2::uuid) AS found`,
      [themeId, ancestorId],
    );
    return rows[0]?.found === true;
  }

  linksForSubmissions(submissionIds: string[], manager?: EntityManager): Promise<ThemeAssignmentEntity[]> {
    if (!submissionIds.length) return Promise.resolve([]);
    return this.m(manager)
      .getRepository(ThemeAssignmentEntity)
      .find({ where: { submissionId: In(submissionIds) }, order: { createdAt: 'ASC' } });
  }

  linksForThemes(
    themeIds: string[],
    statuses: AssignmentStatus[],
    manager?: EntityManager,
  ): Promise<ThemeAssignmentEntity[]> {
    if (!themeIds.length) return Promise.resolve([]);
    return this.m(manager)
      .getRepository(ThemeAssignmentEntity)
      .find({ where: { themeId: In(themeIds), status: In(statuses) } });
  }

  findLink(
    themeId: string,
    submissionId: string,
    manager?: EntityManager,
  ): Promise<ThemeAssignmentEntity | null> {
    return this.m(manager).getRepository(ThemeAssignmentEntity).findOne({ where: { themeId, submissionId } });
  }

  async upsertLink(
    link: Pick<ThemeAssignmentEntity, 'themeId' | 'submissionId' | 'status' | 'score' | 'decidedBy'>,
    manager: EntityManager,
  ): Promise<void> {
    // A submission its author deleted (with their return code) is skipped: undoing an older change must not fail.
    await manager.query(
      `INSERT INTO theme_assignment (theme_id, submission_id, status, score, decided_by)
       SELECT $1, $2, $3, $4, $5 WHERE EXISTS (SELECT 1 FROM submission WHERE id = $2)
       ON CONFLICT (theme_id, submission_id)
       DO UPDATE SET status = EXCLUDED.status, score = EXCLUDED.score, decided_by = EXCLUDED.decided_by`,
      [link.themeId, link.submissionId, link.status, link.score, link.decidedBy],
    );
  }

  async deleteLink(themeId: string, submissionId: string, manager: EntityManager): Promise<void> {
    await manager.getRepository(ThemeAssignmentEntity).delete({ themeId, submissionId });
  }

  /** Sets every link of `themeId` that has status `from` to `to`; returns the submissions changed. */
  async setLinkStatus(
    themeId: string,
    from: AssignmentStatus,
    to: AssignmentStatus,
    decidedBy: string | null,
    manager: EntityManager,
  ): Promise<string[]> {
    const rows: [Array<{ submission_id: string }>, number] = await manager.query(
      `UPDATE theme_assignment SET status = $3, decided_by = $4
        WHERE theme_id = $1 AND status = $2 RETURNING submission_id`,
      [themeId, from, to, decidedBy],
    );
    return rows[0].map((r) => r.submission_id);
  }

  async setLinkStatusFor(
    themeId: string,
    submissionIds: string[],
    status: AssignmentStatus,
    manager: EntityManager,
  ): Promise<void> {
    if (submissionIds.length)
      await manager.query(
        `UPDATE theme_assignment SET status = $3, decided_by = NULL WHERE theme_id = $1 AND submission_id = ANY($2)`,
        [themeId, submissionIds, status],
      );
  }

  async setStatusForThemes(ids: string[], status: ThemeStatus, manager: EntityManager): Promise<void> {
    if (ids.length)
      await manager
        .createQueryBuilder()
        .update(ThemeEntity)
        .set({ status, version: () => 'version + 1' })
        .where('id IN (:...ids)', { ids })
        .execute();
  }
}
