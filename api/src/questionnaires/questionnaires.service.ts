import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import {
  DEFAULT_MIN_GROUP_SIZE,
  QUESTIONNAIRE_TRANSITIONS,
  type QuestionnaireDefinition,
  type QuestionnaireStatus,
  type QuestionnaireSummary,
  type StaffQuestionnaireResponse,
} from '@inbreng/contracts';
import {
  countQuestions,
  destructiveChanges,
  normalizeDefinition,
  validateDefinition,
} from '@inbreng/questionnaire';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { RequestUser } from '../common/request-user';
import { RoundRepository } from '../rounds/round.repository';
import { invalidDefinition } from './definition-errors';
import type { UpsertQuestionnaireDto } from './dto/questionnaire.dto';
import type { QuestionnaireEntity } from './entities/questionnaire.entity';
import { toQuestionnaireSummary, toStaffQuestionnaire } from './questionnaire.mapper';
import { QuestionnaireRepository } from './questionnaire.repository';

const NOT_FOUND = 'No such questionnaire in this workspace.';

function auditView(q: QuestionnaireEntity, definition?: QuestionnaireDefinition): Record<string, unknown> {
  return {
    title: q.title,
    status: q.status,
    audience: q.audience,
    minGroupSize: q.minGroupSize,
    version: q.currentVersion,
    ...(definition ? { questionCount: countQuestions(definition) } : {}),
  };
}

/** The builder: questionnaires, their versions and their lifecycle. */
@Injectable()
export class QuestionnairesService {
  constructor(
    private readonly questionnaires: QuestionnaireRepository,
    private readonly rounds: RoundRepository,
    private readonly audit: AuditService,
  ) {}

  async list(workspaceId: string, roundId: string): Promise<QuestionnaireSummary[]> {
    await this.requireRound(workspaceId, roundId);
    const list = await this.questionnaires.listForRound(workspaceId, roundId);
    const counts = await this.questionnaires.countsByQuestionnaire(list.map((q) => q.id));
    return list.map((q) => toQuestionnaireSummary(q, counts.get(q.id)));
  }

  async get(workspaceId: string, id: string): Promise<StaffQuestionnaireResponse> {
    const q = await this.questionnaires.findInWorkspace(workspaceId, id);
    if (!q) throw new NotFoundException(NOT_FOUND);
    return this.view(q);
  }

  async create(
    workspaceId: string,
    roundId: string,
    dto: UpsertQuestionnaireDto,
    actor: RequestUser,
  ): Promise<StaffQuestionnaireResponse> {
    await this.requireRound(workspaceId, roundId);
    const definition = this.checkedDefinition(dto.definition);
    const saved = await this.questionnaires.transaction(async (manager) => {
      const q = await this.questionnaires.save(
        this.questionnaires.build({
          workspaceId,
          roundId,
          title: dto.title,
          introduction: dto.introduction,
          audience: dto.audience,
          minGroupSize: dto.minGroupSize ?? DEFAULT_MIN_GROUP_SIZE,
          status: 'draft',
          currentVersion: 1,
        }),
        manager,
      );
      await this.questionnaires.insertVersion(q.id, 1, definition, manager);
      await this.audit.record(
        {
          action: 'questionnaire.created',
          subjectType: 'questionnaire',
          subjectId: q.id,
          workspaceId,
          actor,
          after: auditView(q, definition),
        },
        manager,
      );
      return q;
    });
    return this.view(saved);
  }

  /**
   * Applies an edit. When the current version has responses, an edit that would break them (see
   * destructiveChanges) is refused with the list of changes, unless `asNewVersion`: then it becomes a new
   * version and the old responses keep theirs.
   */
  async update(
    workspaceId: string,
    id: string,
    dto: UpsertQuestionnaireDto,
    actor: RequestUser,
  ): Promise<StaffQuestionnaireResponse> {
    const definition = this.checkedDefinition(dto.definition);
    const saved = await this.questionnaires.transaction(async (manager) => {
      const q = await this.requireLocked(workspaceId, id, manager);
      const current = await this.questionnaires.findVersion(q.id, q.currentVersion, manager);
      if (!current) throw new NotFoundException(NOT_FOUND);
      const before = auditView(q, current.definition);
      const responses = (await this.questionnaires.countsByVersion(q.id, manager)).get(current.id) ?? 0;
      const changes = destructiveChanges(current.definition, definition);
      let newVersion = false;
      if (responses > 0 && (changes.length > 0 || dto.asNewVersion)) {
        if (!dto.asNewVersion) {
          throw new ConflictException({
            message: `This version has ${responses} response(s); these changes would break them: ${changes.join('; ')}. Save as a new version instead (asNewVersion).`,
            details: changes,
          });
        }
        q.currentVersion += 1;
        await this.questionnaires.insertVersion(q.id, q.currentVersion, definition, manager);
        newVersion = true;
      } else {
        await this.questionnaires.updateDefinition(current.id, definition, manager);
      }
      q.title = dto.title;
      q.introduction = dto.introduction;
      q.audience = dto.audience;
      if (dto.minGroupSize !== undefined) q.minGroupSize = dto.minGroupSize;
      const result = await this.questionnaires.save(q, manager);
      await this.audit.record(
        {
          action: newVersion ? 'questionnaire.version_created' : 'questionnaire.updated',
          subjectType: 'questionnaire',
          subjectId: q.id,
          workspaceId,
          actor,
          before,
          after: { ...auditView(result, definition), ...(changes.length ? { changes } : {}) },
        },
        manager,
      );
      return result;
    });
    return this.view(saved);
  }

  async transition(
    workspaceId: string,
    id: string,
    to: QuestionnaireStatus,
    actor: RequestUser,
  ): Promise<StaffQuestionnaireResponse> {
    const saved = await this.questionnaires.transaction(async (manager) => {
      const q = await this.requireLocked(workspaceId, id, manager);
      const from = q.status;
      if (!QUESTIONNAIRE_TRANSITIONS[from].includes(to)) {
        throw new ConflictException(
          `A questionnaire cannot go from ${from} to ${to}. From ${from} it can go to: ${QUESTIONNAIRE_TRANSITIONS[from].join(', ')}.`,
        );
      }
      if (to === 'open') {
        const current = await this.questionnaires.findVersion(q.id, q.currentVersion, manager);
        if (!current || countQuestions(current.definition) === 0) {
          throw new ConflictException(
            'A questionnaire without questions cannot be opened. Add a question first.',
          );
        }
      }
      q.status = to;
      const result = await this.questionnaires.save(q, manager);
      await this.audit.record(
        {
          action: 'questionnaire.transitioned',
          subjectType: 'questionnaire',
          subjectId: q.id,
          workspaceId,
          actor,
          before: { status: from },
          after: { status: to },
        },
        manager,
      );
      return result;
    });
    return this.view(saved);
  }

  private checkedDefinition(input: unknown): QuestionnaireDefinition {
    const problems = validateDefinition(input);
    if (problems.length) throw invalidDefinition(problems);
    return normalizeDefinition(input as QuestionnaireDefinition);
  }

  private async view(q: QuestionnaireEntity): Promise<StaffQuestionnaireResponse> {
    const [versions, perVersion, counts] = await Promise.all([
      this.questionnaires.listVersions(q.id),
      this.questionnaires.countsByVersion(q.id),
      this.questionnaires.countsByQuestionnaire([q.id]),
    ]);
    return toStaffQuestionnaire(q, versions, perVersion, counts.get(q.id));
  }

  private async requireLocked(
    workspaceId: string,
    id: string,
    manager: EntityManager,
  ): Promise<QuestionnaireEntity> {
    const q = await this.questionnaires.findInWorkspace(workspaceId, id, manager);
    if (!q) throw new NotFoundException(NOT_FOUND);
    return q;
  }

  private async requireRound(workspaceId: string, roundId: string): Promise<void> {
    if (!(await this.rounds.findInWorkspace(workspaceId, roundId))) {
      throw new NotFoundException('No such round in this workspace.');
    }
  }
}
