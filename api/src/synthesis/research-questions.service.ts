import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import type { ResearchQuestion } from '@inbreng/contracts';
import type { EntityManager } from 'typeorm';
import type {
  CreateResearchQuestionDto,
  MergeResearchQuestionsDto,
  SplitResearchQuestionDto,
  UpdateResearchQuestionDto,
} from './dto/research-question.dto';
import type { ResearchQuestionEntity } from './research-question.entity';
import { ResearchQuestionRepository } from './research-question.repository';
import { SynthesisContext, type ChangeScope } from './synthesis-context';

function snapshot(q: ResearchQuestionEntity, themeIds?: string[]) {
  return {
    text: q.text,
    population: q.population,
    context: q.context,
    evidenceStatus: q.evidenceStatus,
    references: q.references,
    status: q.status,
    notes: q.notes,
    ...(themeIds ? { themeIds } : {}),
  };
}

/** Research questions made from themes; merges and splits keep history, every change is audited. */
@Injectable()
export class ResearchQuestionsService {
  constructor(
    private readonly ctx: SynthesisContext,
    private readonly repo: ResearchQuestionRepository,
  ) {}

  async list(workspaceId: string, roundId: string): Promise<ResearchQuestion[]> {
    await this.ctx.requireRound(workspaceId, roundId, false);
    return this.views(await this.repo.listForRound(workspaceId, roundId));
  }

  async get(workspaceId: string, roundId: string, id: string): Promise<ResearchQuestion> {
    await this.ctx.requireRound(workspaceId, roundId, false);
    const q = await this.repo.findInRound(workspaceId, roundId, id);
    if (!q) throw new NotFoundException(`No research question ${id} in this round.`);
    return this.view(q);
  }

  async create(scope: ChangeScope, dto: CreateResearchQuestionDto): Promise<ResearchQuestion> {
    await this.ctx.requireRound(scope.workspaceId, scope.roundId, true);
    const themeIds = [...new Set(dto.themeIds)];
    const q = await this.repo.transaction(async (manager) => {
      await this.requireThemes(scope, themeIds, manager);
      const created = await this.repo.create(
        {
          workspaceId: scope.workspaceId,
          roundId: scope.roundId,
          text: dto.text.trim(),
          population: dto.population?.trim() ?? '',
          context: dto.context?.trim() ?? '',
          evidenceStatus: dto.evidenceStatus ?? 'unknown',
          references: dto.references ?? [],
          notes: dto.notes?.trim() ?? '',
          status: 'draft',
        },
        manager,
      );
      await this.repo.setThemes(created.id, themeIds, manager);
      await this.ctx.record(scope, manager, {
        action: 'research_question.created',
        subjectType: 'research_question',
        subjectId: created.id,
        after: snapshot(created, themeIds),
      });
      return created;
    });
    return this.view(q);
  }

  async update(scope: ChangeScope, id: string, dto: UpdateResearchQuestionDto): Promise<ResearchQuestion> {
    await this.ctx.requireRound(scope.workspaceId, scope.roundId, true);
    if (dto.status === 'merged')
      throw new BadRequestException({
        message: 'Use merge to merge research questions.',
        details: ['status: merged is set by merging'],
      });
    const q = await this.repo.transaction(async (manager) => {
      const current = await this.lock(scope, id, manager, dto.version);
      const themeIdsBefore = (await this.repo.themeIds([current.id], manager)).get(current.id) ?? [];
      const before = snapshot(current, themeIdsBefore);
      if (dto.themeIds !== undefined) {
        const themeIds = [...new Set(dto.themeIds)];
        await this.requireThemes(scope, themeIds, manager);
        await this.repo.setThemes(current.id, themeIds, manager);
      }
      const updated = await this.repo.update(
        current.id,
        {
          ...(dto.text !== undefined ? { text: dto.text.trim() } : {}),
          ...(dto.population !== undefined ? { population: dto.population.trim() } : {}),
          ...(dto.context !== undefined ? { context: dto.context.trim() } : {}),
          ...(dto.evidenceStatus !== undefined ? { evidenceStatus: dto.evidenceStatus } : {}),
          ...(dto.references !== undefined ? { references: dto.references } : {}),
          ...(dto.notes !== undefined ? { notes: dto.notes.trim() } : {}),
          ...(dto.status !== undefined ? { status: dto.status } : {}),
        },
        manager,
      );
      await this.ctx.record(scope, manager, {
        action: 'research_question.updated',
        subjectType: 'research_question',
        subjectId: current.id,
        before,
        after: snapshot(updated, dto.themeIds ? [...new Set(dto.themeIds)] : themeIdsBefore),
      });
      return updated;
    });
    return this.view(q);
  }

  /** The target takes over the sources' themes; sources become `merged` and the target remembers them. */
  async merge(
    scope: ChangeScope,
    targetId: string,
    dto: MergeResearchQuestionsDto,
  ): Promise<ResearchQuestion> {
    await this.ctx.requireRound(scope.workspaceId, scope.roundId, true);
    const sourceIds = [...new Set(dto.sourceIds)];
    if (sourceIds.includes(targetId))
      throw new BadRequestException('A research question cannot be merged with itself.');
    const q = await this.repo.transaction(async (manager) => {
      const target = await this.lock(scope, targetId, manager, dto.version);
      const themeIds = new Set((await this.repo.themeIds([target.id], manager)).get(target.id) ?? []);
      for (const sid of sourceIds) {
        const source = await this.lock(scope, sid, manager);
        if (await this.repo.isAncestor(source.id, target.id, manager))
          throw new ConflictException(
            'That research question was made from this one; merging it back would make a cycle in its history.',
          );
        for (const t of (await this.repo.themeIds([source.id], manager)).get(source.id) ?? [])
          themeIds.add(t);
        await this.repo.update(source.id, { status: 'merged', mergedIntoId: target.id }, manager);
      }
      await this.repo.setThemes(target.id, [...themeIds], manager);
      await this.repo.addHistory(target.id, sourceIds, 'merged_from', manager);
      const updated = await this.repo.update(target.id, {}, manager);
      await this.ctx.record(scope, manager, {
        action: 'research_question.merged',
        subjectType: 'research_question',
        subjectId: target.id,
        after: { sourceIds, themeIds: [...themeIds] },
      });
      return updated;
    });
    return this.view(q);
  }

  /** A new research question with (some of) the themes; the original keeps all of its themes. */
  async split(
    scope: ChangeScope,
    id: string,
    dto: SplitResearchQuestionDto,
  ): Promise<{ source: ResearchQuestion; created: ResearchQuestion }> {
    await this.ctx.requireRound(scope.workspaceId, scope.roundId, true);
    const themeIds = [...new Set(dto.themeIds)];
    const [source, created] = await this.repo.transaction(async (manager) => {
      const src = await this.lock(scope, id, manager, dto.version);
      const own = new Set((await this.repo.themeIds([src.id], manager)).get(src.id) ?? []);
      const foreign = themeIds.filter((t) => !own.has(t));
      if (foreign.length)
        throw new BadRequestException({
          message: 'A split can only take themes of the research question it splits.',
          details: foreign.map((t) => `themeIds: ${t} is not a theme of this research question`),
        });
      if (!themeIds.length)
        throw new BadRequestException({
          message: 'A research question needs at least one theme.',
          details: ['themeIds: choose at least one theme'],
        });
      const made = await this.repo.create(
        {
          workspaceId: scope.workspaceId,
          roundId: scope.roundId,
          text: dto.text.trim(),
          population: src.population,
          context: src.context,
          status: 'draft',
        },
        manager,
      );
      await this.repo.setThemes(made.id, themeIds, manager);
      await this.repo.addHistory(made.id, [src.id], 'split_from', manager);
      const bumped = await this.repo.update(src.id, {}, manager);
      await this.ctx.record(scope, manager, {
        action: 'research_question.split',
        subjectType: 'research_question',
        subjectId: src.id,
        after: { created: made.id, themeIds },
      });
      return [bumped, made] as const;
    });
    const [a, b] = await this.views([source, created]);
    return { source: a as ResearchQuestion, created: b as ResearchQuestion };
  }

  async views(questions: ResearchQuestionEntity[]): Promise<ResearchQuestion[]> {
    const ids = questions.map((q) => q.id);
    const [themes, counts, history] = await Promise.all([
      this.repo.themeIds(ids),
      this.repo.counts(ids),
      this.repo.history(ids),
    ]);
    return questions.map((q) => {
      const c = counts.get(q.id);
      return {
        id: q.id,
        roundId: q.roundId,
        text: q.text,
        population: q.population,
        context: q.context,
        evidenceStatus: q.evidenceStatus,
        references: q.references,
        status: q.status,
        notes: q.notes,
        rationale: q.rationale,
        themeIds: themes.get(q.id) ?? [],
        submissionCount: c?.submissionCount ?? 0,
        counts: { byGroup: c?.byGroup ?? {}, byKnowledgeType: c?.byKnowledgeType ?? {} },
        history: history
          .filter((h) => h.researchQuestionId === q.id)
          .map((h) => ({
            relation: h.relation,
            researchQuestionId: h.parentId,
            text: h.parentText,
            at: h.createdAt.toISOString(),
          })),
        mergedIntoId: q.mergedIntoId,
        version: q.version,
        createdAt: q.createdAt.toISOString(),
        updatedAt: q.updatedAt.toISOString(),
      };
    });
  }

  private async view(q: ResearchQuestionEntity): Promise<ResearchQuestion> {
    const [v] = await this.views([q]);
    return v as ResearchQuestion;
  }

  private async lock(
    scope: ChangeScope,
    id: string,
    manager: EntityManager,
    version?: number,
  ): Promise<ResearchQuestionEntity> {
    const q = await this.repo.findInRound(scope.workspaceId, scope.roundId, id, manager, true);
    if (!q) throw new NotFoundException(`No research question ${id} in this round.`);
    if (version !== undefined && q.version !== version)
      throw new ConflictException(
        `This research question was changed by someone else (version ${q.version}, you had ${version}). Reload and try again.`,
      );
    if (q.status === 'merged')
      throw new ConflictException(
        'This research question was merged into another one and can no longer change.',
      );
    return q;
  }

  /** Themes must be live themes of this round; at least one. */
  private async requireThemes(scope: ChangeScope, ids: string[], manager: EntityManager): Promise<void> {
    if (!ids.length)
      throw new BadRequestException({
        message: 'A research question needs at least one theme.',
        details: ['themeIds: choose at least one theme'],
      });
    const found = await this.ctx.themes.findManyInRound(scope.workspaceId, scope.roundId, ids, manager);
    const live = new Set(
      found.filter((t) => t.status === 'active' || t.status === 'suggested').map((t) => t.id),
    );
    const bad = ids.filter((id) => !live.has(id));
    if (bad.length)
      throw new BadRequestException({
        message: 'Research questions can only use live themes of this round.',
        details: bad.map((id) => `themeIds: ${id} is not a live theme of this round`),
      });
  }
}
