import { Injectable } from '@nestjs/common';
import type { QuestionnaireDefinition } from '@inbreng/contracts';
import { DataSource, EntityManager, Not, Repository } from 'typeorm';
import { QuestionnaireVersionEntity } from './entities/questionnaire-version.entity';
import { QuestionnaireEntity } from './entities/questionnaire.entity';

export interface ResponseCounts {
  responseCount: number;
  submittedCount: number;
}

/** Questionnaires and their versions. Every staff query takes the workspace it is scoped to. */
@Injectable()
export class QuestionnaireRepository {
  private readonly questionnaires: Repository<QuestionnaireEntity>;
  private readonly versions: Repository<QuestionnaireVersionEntity>;

  constructor(private readonly dataSource: DataSource) {
    this.questionnaires = dataSource.getRepository(QuestionnaireEntity);
    this.versions = dataSource.getRepository(QuestionnaireVersionEntity);
  }

  listForRound(workspaceId: string, roundId: string): Promise<QuestionnaireEntity[]> {
    return this.questionnaires.find({ where: { workspaceId, roundId }, order: { createdAt: 'ASC' } });
  }

  /** What participants of a round may see: everything but drafts. */
  listPublicForRound(roundId: string): Promise<QuestionnaireEntity[]> {
    return this.questionnaires.find({
      where: { roundId, status: Not('draft') },
      order: { createdAt: 'ASC' },
    });
  }

  findPublic(roundId: string, id: string): Promise<QuestionnaireEntity | null> {
    return this.questionnaires.findOne({ where: { roundId, id, status: Not('draft') } });
  }

  /** With a manager the row is locked for the rest of the transaction (edits and transitions queue up). */
  findInWorkspace(
    workspaceId: string,
    id: string,
    manager?: EntityManager,
  ): Promise<QuestionnaireEntity | null> {
    const repo = manager ? manager.getRepository(QuestionnaireEntity) : this.questionnaires;
    return repo.findOne({
      where: { workspaceId, id },
      lock: manager ? { mode: 'pessimistic_write' } : undefined,
    });
  }

  build(data: Partial<QuestionnaireEntity>): QuestionnaireEntity {
    return this.questionnaires.create(data);
  }

  save(q: QuestionnaireEntity, manager: EntityManager): Promise<QuestionnaireEntity> {
    return manager.getRepository(QuestionnaireEntity).save(q);
  }

  insertVersion(
    questionnaireId: string,
    version: number,
    definition: QuestionnaireDefinition,
    manager: EntityManager,
  ): Promise<QuestionnaireVersionEntity> {
    const repo = manager.getRepository(QuestionnaireVersionEntity);
    return repo.save(repo.create({ questionnaireId, version, definition }));
  }

  async updateDefinition(
    versionId: string,
    definition: QuestionnaireDefinition,
    manager: EntityManager,
  ): Promise<void> {
    await manager.getRepository(QuestionnaireVersionEntity).update({ id: versionId }, { definition });
  }

  findVersion(
    questionnaireId: string,
    version: number,
    manager?: EntityManager,
  ): Promise<QuestionnaireVersionEntity | null> {
    const repo = manager ? manager.getRepository(QuestionnaireVersionEntity) : this.versions;
    return repo.findOne({ where: { questionnaireId, version } });
  }

  findVersionById(id: string): Promise<QuestionnaireVersionEntity | null> {
    return this.versions.findOne({ where: { id } });
  }

  listVersions(questionnaireId: string): Promise<QuestionnaireVersionEntity[]> {
    return this.versions.find({ where: { questionnaireId }, order: { version: 'ASC' } });
  }

  /** Responses (all and handed in) per questionnaire. */
  async countsByQuestionnaire(ids: string[]): Promise<Map<string, ResponseCounts>> {
    if (!ids.length) return new Map();
    const rows: Array<{ questionnaire_id: string; total: number; submitted: number }> =
      await this.dataSource.query(
        `SELECT questionnaire_id, count(*)::int AS total, count(*) FILTER (WHERE status = 'submitted')::int AS submitted
         FROM questionnaire_response WHERE questionnaire_id = ANY($1::uuid[]) GROUP BY questionnaire_id`,
        [ids],
      );
    return new Map(
      rows.map((r) => [r.questionnaire_id, { responseCount: r.total, submittedCount: r.submitted }]),
    );
  }

  /** Responses per version of one questionnaire (version id → count). */
  async countsByVersion(questionnaireId: string, manager?: EntityManager): Promise<Map<string, number>> {
    const rows: Array<{ version_id: string; n: number }> = await (manager ?? this.dataSource).query(
      `SELECT version_id, count(*)::int AS n FROM questionnaire_response WHERE questionnaire_id = $1 GROUP BY version_id`,
      [questionnaireId],
    );
    return new Map(rows.map((r) => [r.version_id, r.n]));
  }

  transaction<T>(fn: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(fn);
  }
}
