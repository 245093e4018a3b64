import { Injectable } from '@nestjs/common';
import type { WorkbenchFilter } from '@inbreng/contracts';
import { DataSource, EntityManager, In } from 'typeorm';
import { SubmissionEntity } from '../submissions/submission.entity';
import { SubmissionDuplicateEntity } from './submission-duplicate.entity';

export interface WorkbenchRow {
  submission: SubmissionEntity;
  duplicateOfId: string | null;
}

/** Approved submissions as the synthesis workbench sees them. Scoped to workspace and round. */
@Injectable()
export class WorkbenchRepository {
  constructor(private readonly dataSource: DataSource) {}

  private m(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  async list(
    workspaceId: string,
    roundId: string,
    filter: WorkbenchFilter,
    limit: number,
    offset: number,
  ): Promise<{ rows: WorkbenchRow[]; total: number }> {
    const qb = this.m()
      .getRepository(SubmissionEntity)
      .createQueryBuilder('s')
      .where('s.workspace_id = :workspaceId AND s.round_id = :roundId AND s.status = :approved', {
        workspaceId,
        roundId,
        approved: 'approved',
      });
    if (filter.group) qb.andWhere('s."group" = :group', { group: filter.group });
    if (filter.knowledgeType) qb.andWhere('s.knowledge_type = :kt', { kt: filter.knowledgeType });
    if (filter.lifeDomain) qb.andWhere('s.life_domains ? :domain', { domain: filter.lifeDomain });
    if (filter.wijk) qb.andWhere('s.wijk = :wijk', { wijk: filter.wijk });
    if (filter.inputLine) qb.andWhere('s.input_line = :line', { line: filter.inputLine });
    if (filter.search) {
      const words = filter.search.trim().split(/\s+/).filter(Boolean).slice(0, 8);
      words.forEach((w, i) =>
        qb.andWhere(`s.redacted_text ILIKE :w${i}`, { [`w${i}`]: `%${w.replace(/[\\%_]/g, '\\$&')}%` }),
      );
    }
    if (filter.theme === 'none') {
      qb.andWhere(
        `NOT EXISTS (SELECT 1 FROM theme_assignment ta JOIN theme t ON t.id = ta.theme_id
           WHERE ta.submission_id = s.id AND ta.status = 'accepted' AND t.status = 'active')`,
      );
    } else if (filter.theme) {
      qb.andWhere(
        `EXISTS (SELECT 1 FROM theme_assignment ta WHERE ta.submission_id = s.id
           AND ta.theme_id = :themeId AND ta.status IN ('accepted', 'suggested'))`,
        { themeId: filter.theme },
      );
    }
    const [submissions, total] = await qb
      .orderBy('s.created_at', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .take(limit)
      .skip(offset)
      .getManyAndCount();
    const dups = await this.duplicatesOf(submissions.map((s) => s.id));
    return {
      rows: submissions.map((s) => ({ submission: s, duplicateOfId: dups.get(s.id) ?? null })),
      total,
    };
  }

  /** Approved submissions of the round with these ids (others are simply absent). */
  async findApprovedInRound(
    workspaceId: string,
    roundId: string,
    ids: string[],
    manager?: EntityManager,
  ): Promise<WorkbenchRow[]> {
    if (!ids.length) return [];
    const submissions = await this.m(manager)
      .getRepository(SubmissionEntity)
      .find({ where: { id: In(ids), workspaceId, roundId, status: 'approved' } });
    const dups = await this.duplicatesOf(
      submissions.map((s) => s.id),
      manager,
    );
    return submissions.map((s) => ({ submission: s, duplicateOfId: dups.get(s.id) ?? null }));
  }

  async findInWorkspace(workspaceId: string, id: string): Promise<WorkbenchRow | null> {
    const s = await this.m().getRepository(SubmissionEntity).findOne({ where: { id, workspaceId } });
    if (!s) return null;
    const dups = await this.duplicatesOf([s.id]);
    return { submission: s, duplicateOfId: dups.get(s.id) ?? null };
  }

  /** Texts for clustering: approved, not marked as a duplicate. */
  async textsForClustering(workspaceId: string, roundId: string): Promise<{ id: string; text: string }[]> {
    const rows: Array<{ id: string; text: string }> = await this.m().query(
      `SELECT s.id, s.redacted_text AS text FROM submission s
        WHERE s.workspace_id = $1 AND s.round_id = $2 AND s.status = 'approved'
          AND NOT EXISTS (SELECT 1 FROM submission_duplicate d WHERE d.submission_id = s.id)
        ORDER BY s.created_at, s.id`,
      [workspaceId, roundId],
    );
    return rows;
  }

  /** Accepted submissions of these themes, approved only. */
  async acceptedForThemes(themeIds: string[], manager?: EntityManager): Promise<Map<string, WorkbenchRow[]>> {
    const out = new Map<string, WorkbenchRow[]>(themeIds.map((id) => [id, []]));
    if (!themeIds.length) return out;
    const links: Array<{ theme_id: string; submission_id: string }> = await this.m(manager).query(
      `SELECT ta.theme_id, ta.submission_id FROM theme_assignment ta
         JOIN submission s ON s.id = ta.submission_id
        WHERE ta.theme_id = ANY($1) AND ta.status = 'accepted' AND s.status = 'approved'
        ORDER BY s.created_at, s.id`,
      [themeIds],
    );
    const ids = [...new Set(links.map((l) => l.submission_id))];
    const submissions = ids.length
      ? await this.m(manager)
          .getRepository(SubmissionEntity)
          .find({ where: { id: In(ids) } })
      : [];
    const dups = await this.duplicatesOf(ids, manager);
    const byId = new Map(submissions.map((s) => [s.id, s]));
    for (const l of links) {
      const s = byId.get(l.submission_id);
      if (s) out.get(l.theme_id)?.push({ submission: s, duplicateOfId: dups.get(s.id) ?? null });
    }
    return out;
  }

  async duplicatesOf(ids: string[], manager?: EntityManager): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const rows = await this.m(manager)
      .getRepository(SubmissionDuplicateEntity)
      .find({ where: { submissionId: In(ids) } });
    return new Map(rows.map((r) => [r.submissionId, r.duplicateOfId]));
  }

  async setDuplicate(
    workspaceId: string,
    submissionId: string,
    duplicateOfId: string | null,
    markedBy: string | null,
    manager: EntityManager,
  ): Promise<void> {
    const repo = manager.getRepository(SubmissionDuplicateEntity);
    await repo.delete({ submissionId });
    if (!duplicateOfId) return;
    // Either side may have been deleted by its author since (undo of an older mark): then there is nothing to mark.
    const alive = await manager
      .getRepository(SubmissionEntity)
      .countBy({ id: In([submissionId, duplicateOfId]) });
    if (alive === 2) await repo.insert({ submissionId, duplicateOfId, workspaceId, markedBy });
  }
}
