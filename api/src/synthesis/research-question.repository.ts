import { Injectable } from '@nestjs/common';
import type { KnowledgeType, ParticipantGroup } from '@inbreng/contracts';
import { DataSource, EntityManager, In } from 'typeorm';
import {
  ResearchQuestionEntity,
  ResearchQuestionHistoryEntity,
  ResearchQuestionThemeEntity,
} from './research-question.entity';

export interface QuestionCounts {
  submissionCount: number;
  byGroup: Partial<Record<ParticipantGroup, number>>;
  byKnowledgeType: Partial<Record<KnowledgeType, number>>;
}

export interface QuestionHistoryRow {
  researchQuestionId: string;
  parentId: string;
  parentText: string;
  relation: 'merged_from' | 'split_from';
  createdAt: Date;
}

export type QuestionPatch = Partial<
  Pick<
    ResearchQuestionEntity,
    | 'text'
    | 'population'
    | 'context'
    | 'evidenceStatus'
    | 'references'
    | 'status'
    | 'notes'
    | 'rationale'
    | 'mergedIntoId'
  >
>;

@Injectable()
export class ResearchQuestionRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(fn: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(fn);
  }

  private m(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  listForRound(workspaceId: string, roundId: string): Promise<ResearchQuestionEntity[]> {
    return this.m()
      .getRepository(ResearchQuestionEntity)
      .find({ where: { workspaceId, roundId }, order: { createdAt: 'ASC' } });
  }

  findInRound(
    workspaceId: string,
    roundId: string,
    id: string,
    manager?: EntityManager,
    lock = false,
  ): Promise<ResearchQuestionEntity | null> {
    return this.m(manager)
      .getRepository(ResearchQuestionEntity)
      .findOne({
        where: { id, workspaceId, roundId },
        ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
      });
  }

  findMany(ids: string[], manager?: EntityManager): Promise<ResearchQuestionEntity[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.m(manager)
      .getRepository(ResearchQuestionEntity)
      .find({ where: { id: In(ids) }, order: { createdAt: 'ASC' } });
  }

  create(data: Partial<ResearchQuestionEntity>, manager: EntityManager): Promise<ResearchQuestionEntity> {
    const repo = manager.getRepository(ResearchQuestionEntity);
    return repo.save(repo.create(data));
  }

  async update(id: string, patch: QuestionPatch, manager: EntityManager): Promise<ResearchQuestionEntity> {
    await manager
      .createQueryBuilder()
      .update(ResearchQuestionEntity)
      .set({ ...patch, version: () => 'version + 1' })
      .where('id = :id', { id })
      .execute();
    return manager.getRepository(ResearchQuestionEntity).findOneByOrFail({ id });
  }

  async themeIds(questionIds: string[], manager?: EntityManager): Promise<Map<string, string[]>> {
    const out = new Map<string, string[]>(questionIds.map((id) => [id, []]));
    if (!questionIds.length) return out;
    const rows = await this.m(manager)
      .getRepository(ResearchQuestionThemeEntity)
      .find({ where: { researchQuestionId: In(questionIds) } });
    for (const r of rows) out.get(r.researchQuestionId)?.push(r.themeId);
    return out;
  }

  async setThemes(questionId: string, themeIds: string[], manager: EntityManager): Promise<void> {
    const repo = manager.getRepository(ResearchQuestionThemeEntity);
    await repo.delete({ researchQuestionId: questionId });
    if (themeIds.length)
      await repo.insert(themeIds.map((themeId) => ({ researchQuestionId: questionId, themeId })));
  }

  /** Research questions that use any of these themes. */
  async idsForThemes(themeIds: string[]): Promise<string[]> {
    if (!themeIds.length) return [];
    const rows = await this.m()
      .getRepository(ResearchQuestionThemeEntity)
      .find({ where: { themeId: In(themeIds) } });
    return [...new Set(rows.map((r) => r.researchQuestionId))];
  }

  /**
   * When themes merge, research questions that used a source now use the target. Returns the links that
   * moved ({ questionId, fromThemeId, hadTarget }) so undo can put them back.
   */
  async repointThemes(
    sourceIds: string[],
    targetId: string,
    manager: EntityManager,
  ): Promise<{ questionId: string; fromThemeId: string; hadTarget: boolean }[]> {
    if (!sourceIds.length) return [];
    const repo = manager.getRepository(ResearchQuestionThemeEntity);
    const links = await repo.find({ where: { themeId: In(sourceIds) } });
    const moved: { questionId: string; fromThemeId: string; hadTarget: boolean }[] = [];
    for (const l of links) {
      const hadTarget =
        (await repo.countBy({ researchQuestionId: l.researchQuestionId, themeId: targetId })) > 0;
      await repo.delete({ researchQuestionId: l.researchQuestionId, themeId: l.themeId });
      if (!hadTarget) await repo.insert({ researchQuestionId: l.researchQuestionId, themeId: targetId });
      moved.push({ questionId: l.researchQuestionId, fromThemeId: l.themeId, hadTarget });
    }
    return moved;
  }

  async restoreRepointed(
    moved: { questionId: string; fromThemeId: string; hadTarget: boolean }[],
    targetId: string,
    manager: EntityManager,
  ): Promise<void> {
    const repo = manager.getRepository(ResearchQuestionThemeEntity);
    for (const l of moved) {
      if (!l.hadTarget) await repo.delete({ researchQuestionId: l.questionId, themeId: targetId });
      await repo.upsert({ researchQuestionId: l.questionId, themeId: l.fromThemeId }, [
        'researchQuestionId',
        'themeId',
      ]);
    }
  }

  /** Distinct accepted, approved submissions behind each question's themes, by group and knowledge type. */
  async counts(questionIds: string[], manager?: EntityManager): Promise<Map<string, QuestionCounts>> {
    const out = new Map<string, QuestionCounts>(
      questionIds.map((id) => [id, { submissionCount: 0, byGroup: {}, byKnowledgeType: {} }]),
    );
    if (!questionIds.length) return out;
    const rows: Array<{ qid: string; group: ParticipantGroup; kt: KnowledgeType; n: number }> = await this.m(
      manager,
    ).query(
      `SELECT d.qid, s."group", s.knowledge_type AS kt, count(*)::int AS n
         FROM (SELECT DISTINCT rqt.research_question_id AS qid, ta.submission_id
                 FROM research_question_theme rqt
                 JOIN theme_assignment ta ON ta.theme_id = rqt.theme_id AND ta.status = 'accepted'
                WHERE rqt.research_question_id = ANY($1)) d
         JOIN submission s ON s.id = d.submission_id AND s.status = 'approved'
        GROUP BY 1, 2, 3`,
      [questionIds],
    );
    for (const r of rows) {
      const c = out.get(r.qid);
      if (!c) continue;
      c.submissionCount += r.n;
      c.byGroup[r.group] = (c.byGroup[r.group] ?? 0) + r.n;
      c.byKnowledgeType[r.kt] = (c.byKnowledgeType[r.kt] ?? 0) + r.n;
    }
    return out;
  }

  async history(questionIds: string[]): Promise<QuestionHistoryRow[]> {
    if (!questionIds.length) return [];
    const rows: Array<{
      qid: string;
      parent_id: string;
      text: string;
      relation: 'merged_from' | 'split_from';
      created_at: Date;
    }> = await this.m().query(
      `SELECT h.research_question_id AS qid, h.parent_id, p.text, h.relation, h.created_at
           FROM research_question_history h JOIN research_question p ON p.id = h.parent_id
          WHERE h.research_question_id = ANY($1) ORDER BY h.created_at`,
      [questionIds],
    );
    return rows.map((r) => ({
      researchQuestionId: r.qid,
      parentId: r.parent_id,
      parentText: r.text,
      relation: r.relation,
      createdAt: r.created_at,
    }));
  }

  async addHistory(
    questionId: string,
    parentIds: string[],
    relation: 'merged_from' | 'split_from',
    manager: EntityManager,
  ): Promise<void> {
    if (parentIds.length)
      await manager
        .getRepository(ResearchQuestionHistoryEntity)
        .insert(parentIds.map((parentId) => ({ researchQuestionId: questionId, parentId, relation })));
  }

  /** True when `ancestorId` is the question itself or anything it was (transitively) made from. */
  async isAncestor(questionId: string, ancestorId: string, manager: EntityManager): Promise<boolean> {
    const rows: Array<{ found: boolean }> = await manager.query(
      `WITH RECURSIVE up(id) AS (
         SELECT $1::uuid
         UNION SELECT h.parent_id FROM research_question_history h JOIN up ON h.research_question_id = up.id
       ) SELECT EXISTS (SELECT 1 FROM up WHERE id = $2::uuid) AS found`,
      [questionId, ancestorId],
    );
    return rows[0]?.found === true;
  }
}
