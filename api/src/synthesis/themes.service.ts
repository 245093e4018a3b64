import { BadRequestException, ConflictException, Injectable } from '@nestjs/common';
import { THEME_FRAMEWORKS, type Theme } from '@inbreng/contracts';
import type { EntityManager } from 'typeorm';
import type {
  CreateThemeDto,
  DecideThemeDto,
  MergeThemesDto,
  SplitThemeDto,
  UpdateThemeDto,
} from './dto/synthesis.dto';
import { ResearchQuestionRepository } from './research-question.repository';
import { SynthesisContext, type ChangeScope } from './synthesis-context';
import type { ThemeEntity } from './theme.entity';
import { WorkbenchRepository } from './workbench.repository';

function snapshot(t: ThemeEntity) {
  return { name: t.name, description: t.description, frameworkCode: t.frameworkCode, status: t.status };
}

/** Creating, editing, accepting, merging and splitting themes. Every change is audited and can be undone. */
@Injectable()
export class ThemesService {
  constructor(
    private readonly ctx: SynthesisContext,
    private readonly workbench: WorkbenchRepository,
    private readonly questions: ResearchQuestionRepository,
  ) {}

  async create(scope: ChangeScope, dto: CreateThemeDto): Promise<Theme> {
    const round = await this.ctx.requireRound(scope.workspaceId, scope.roundId, true);
    this.checkFrameworkCode(round.themeFramework, dto.frameworkCode);
    return this.ctx.themes.transaction(async (manager) => {
      const ids = [...new Set(dto.submissionIds ?? [])];
      await this.requireApproved(scope, ids, manager);
      const theme = await this.ctx.themes.create(
        {
          workspaceId: scope.workspaceId,
          roundId: scope.roundId,
          name: dto.name.trim(),
          description: dto.description?.trim() ?? '',
          frameworkCode: dto.frameworkCode ?? null,
          status: 'active',
          keywords: [],
        },
        manager,
      );
      for (const submissionId of ids)
        await this.ctx.themes.upsertLink(
          { themeId: theme.id, submissionId, status: 'accepted', score: null, decidedBy: scope.actor.id },
          manager,
        );
      await this.ctx.record(
        scope,
        manager,
        {
          action: 'theme.created',
          subjectType: 'theme',
          subjectId: theme.id,
          after: { ...snapshot(theme), submissionIds: ids },
        },
        { kind: 'theme.create', inverse: { themeId: theme.id } },
      );
      return this.ctx.themeView(theme, manager);
    });
  }

  async update(scope: ChangeScope, themeId: string, dto: UpdateThemeDto): Promise<Theme> {
    const round = await this.ctx.requireRound(scope.workspaceId, scope.roundId, true);
    if (dto.frameworkCode !== undefined) this.checkFrameworkCode(round.themeFramework, dto.frameworkCode);
    return this.ctx.themes.transaction(async (manager) => {
      const theme = await this.ctx.lockTheme(scope, themeId, manager);
      this.ctx.requireVersion(theme, dto.version);
      this.requireLive(theme);
      const before = snapshot(theme);
      const updated = await this.ctx.themes.updateVersioned(
        theme.id,
        dto.version,
        {
          ...(dto.name !== undefined ? { name: dto.name.trim() } : {}),
          ...(dto.description !== undefined ? { description: dto.description.trim() } : {}),
          ...(dto.frameworkCode !== undefined ? { frameworkCode: dto.frameworkCode } : {}),
        },
        manager,
      );
      if (!updated)
        throw new ConflictException('The theme was changed by someone else. Reload and try again.');
      await this.ctx.record(
        scope,
        manager,
        {
          action: 'theme.updated',
          subjectType: 'theme',
          subjectId: theme.id,
          before,
          after: snapshot(updated),
        },
        { kind: 'theme.update', inverse: { themeId: theme.id, before } },
      );
      return this.ctx.themeView(updated, manager);
    });
  }

  /** Accept a suggested theme (its suggestions become assignments) or reject it with its suggestions. */
  async decide(scope: ChangeScope, themeId: string, dto: DecideThemeDto): Promise<Theme> {
    await this.ctx.requireRound(scope.workspaceId, scope.roundId, true);
    return this.ctx.themes.transaction(async (manager) => {
      const theme = await this.ctx.lockTheme(scope, themeId, manager);
      this.ctx.requireVersion(theme, dto.version);
      if (theme.status !== 'suggested')
        throw new ConflictException(`Theme "${theme.name}" is ${theme.status}, not a suggestion.`);
      const accept = dto.decision === 'accept';
      const changed = await this.ctx.themes.setLinkStatus(
        theme.id,
        'suggested',
        accept ? 'accepted' : 'rejected',
        scope.actor.id,
        manager,
      );
      await this.ctx.themes.update(theme.id, { status: accept ? 'active' : 'rejected' }, manager);
      await this.ctx.record(
        scope,
        manager,
        {
          action: accept ? 'theme.accepted' : 'theme.rejected',
          subjectType: 'theme',
          subjectId: theme.id,
          before: { status: theme.status },
          after: { status: accept ? 'active' : 'rejected', submissions: changed.length },
        },
        {
          kind: 'theme.decide',
          inverse: { themeId: theme.id, status: theme.status, submissionIds: changed },
        },
      );
      return this.ctx.themeView(await this.ctx.lockTheme(scope, theme.id, manager), manager);
    });
  }

  /**
   * Merges the sources into the target: their submissions (accepted and suggested) and research-question links
   * move to the target, the sources become `merged` and the target records what it was made from.
   */
  async merge(scope: ChangeScope, targetId: string, dto: MergeThemesDto): Promise<Theme> {
    await this.ctx.requireRound(scope.workspaceId, scope.roundId, true);
    const sourceIds = [...new Set(dto.sourceIds)];
    if (sourceIds.includes(targetId)) throw new BadRequestException('A theme cannot be merged with itself.');
    return this.ctx.themes.transaction(async (manager) => {
      const target = await this.ctx.lockTheme(scope, targetId, manager);
      this.ctx.requireVersion(target, dto.version);
      this.requireLive(target);
      const sources: ThemeEntity[] = [];
      for (const id of sourceIds) {
        const source = await this.ctx.lockTheme(scope, id, manager);
        this.requireLive(source);
        if (await this.ctx.themes.isAncestor(source.id, target.id, manager))
          throw new ConflictException(
            `Theme "${source.name}" was made from "${target.name}"; merging it back would make a cycle in the theme history. Use undo instead.`,
          );
        sources.push(source);
      }
      const targetLinks = new Map(
        (
          await this.ctx.themes.linksForThemes([target.id], ['accepted', 'suggested', 'rejected'], manager)
        ).map((l) => [l.submissionId, l]),
      );
      const created: string[] = [];
      const upgraded: { submissionId: string; status: string; score: number | null }[] = [];
      const sourceLinks = await this.ctx.themes.linksForThemes(sourceIds, ['accepted', 'suggested'], manager);
      // accepted links first, so a submission accepted in any source ends up accepted in the target
      sourceLinks.sort((a, b) => (a.status === b.status ? 0 : a.status === 'accepted' ? -1 : 1));
      for (const link of sourceLinks) {
        const existing = targetLinks.get(link.submissionId);
        if (!existing) {
          await this.ctx.themes.upsertLink(
            { ...link, themeId: target.id, decidedBy: scope.actor.id },
            manager,
          );
          targetLinks.set(link.submissionId, { ...link, themeId: target.id });
          created.push(link.submissionId);
        } else if (link.status === 'accepted' && existing.status !== 'accepted') {
          upgraded.push({ submissionId: link.submissionId, status: existing.status, score: existing.score });
          await this.ctx.themes.upsertLink(
            { ...existing, status: 'accepted', decidedBy: scope.actor.id },
            manager,
          );
          existing.status = 'accepted';
        }
      }
      const movedQuestions = await this.questions.repointThemes(sourceIds, target.id, manager);
      for (const s of sources)
        await this.ctx.themes.update(s.id, { status: 'merged', mergedIntoId: target.id }, manager);
      await this.ctx.themes.addHistory(target.id, sourceIds, 'merged_from', manager);
      await this.ctx.themes.update(
        target.id,
        target.status === 'suggested' ? { status: 'active' } : {},
        manager,
      );
      await this.ctx.record(
        scope,
        manager,
        {
          action: 'theme.merged',
          subjectType: 'theme',
          subjectId: target.id,
          before: { sources: sources.map((s) => ({ id: s.id, name: s.name, status: s.status })) },
          after: { target: target.id, submissionsAdded: created.length },
        },
        {
          kind: 'theme.merge',
          inverse: {
            targetId: target.id,
            targetStatus: target.status,
            sources: sources.map((s) => ({ id: s.id, status: s.status })),
            created,
            upgraded,
            movedQuestions,
          },
        },
      );
      return this.ctx.themeView(await this.ctx.lockTheme(scope, target.id, manager), manager);
    });
  }

  /** Moves some submissions out of a theme into a new theme that records where it came from. */
  async split(
    scope: ChangeScope,
    themeId: string,
    dto: SplitThemeDto,
  ): Promise<{ source: Theme; created: Theme }> {
    await this.ctx.requireRound(scope.workspaceId, scope.roundId, true);
    const ids = [...new Set(dto.submissionIds)];
    return this.ctx.themes.transaction(async (manager) => {
      const source = await this.ctx.lockTheme(scope, themeId, manager);
      this.ctx.requireVersion(source, dto.version);
      this.requireLive(source);
      const links = new Map(
        (await this.ctx.themes.linksForThemes([source.id], ['accepted', 'suggested'], manager)).map((l) => [
          l.submissionId,
          l,
        ]),
      );
      const missing = ids.filter((id) => !links.has(id));
      if (missing.length)
        throw new BadRequestException({
          message: `These submissions are not in theme "${source.name}".`,
          details: missing.map((id) => `submissionIds: ${id} is not in the theme`),
        });
      const created = await this.ctx.themes.create(
        {
          workspaceId: scope.workspaceId,
          roundId: scope.roundId,
          name: dto.name.trim(),
          description: dto.description?.trim() ?? '',
          frameworkCode: source.frameworkCode,
          status: 'active',
          keywords: [],
        },
        manager,
      );
      const moved = ids.map((id) => links.get(id)).filter((l) => l !== undefined);
      for (const link of moved) {
        await this.ctx.themes.upsertLink(
          {
            themeId: created.id,
            submissionId: link.submissionId,
            status: link.status,
            score: link.score,
            decidedBy: scope.actor.id,
          },
          manager,
        );
        await this.ctx.themes.deleteLink(source.id, link.submissionId, manager);
      }
      await this.ctx.themes.addHistory(created.id, [source.id], 'split_from', manager);
      await this.ctx.themes.update(source.id, {}, manager);
      await this.ctx.record(
        scope,
        manager,
        {
          action: 'theme.split',
          subjectType: 'theme',
          subjectId: source.id,
          after: { created: created.id, name: created.name, submissionIds: ids },
        },
        {
          kind: 'theme.split',
          inverse: {
            sourceId: source.id,
            createdId: created.id,
            moved: moved.map((l) => ({ submissionId: l.submissionId, status: l.status, score: l.score })),
          },
        },
      );
      const fresh = await this.ctx.lockTheme(scope, source.id, manager);
      const [sourceView, createdView] = await this.ctx.themeViews([fresh, created], manager);
      return { source: sourceView as Theme, created: createdView as Theme };
    });
  }

  /** Maps the round to a known theme framework (or none). */
  async setFramework(
    scope: ChangeScope,
    frameworkCode: string | null,
  ): Promise<{ frameworkCode: string | null }> {
    const round = await this.ctx.requireRound(scope.workspaceId, scope.roundId, true);
    if (frameworkCode !== null && !(frameworkCode in THEME_FRAMEWORKS))
      throw new BadRequestException({
        message: 'Unknown theme framework.',
        details: [`frameworkCode must be one of: ${Object.keys(THEME_FRAMEWORKS).join(', ')}`],
      });
    const before = round.themeFramework;
    round.themeFramework = frameworkCode;
    await this.ctx.rounds.transaction(async (manager) => {
      await this.ctx.rounds.save(round, manager);
      await this.ctx.record(scope, manager, {
        action: 'round.theme_framework_set',
        subjectType: 'round',
        subjectId: round.id,
        before: { frameworkCode: before },
        after: { frameworkCode },
      });
    });
    return { frameworkCode };
  }

  private requireLive(theme: ThemeEntity): void {
    if (theme.status === 'merged' || theme.status === 'rejected')
      throw new ConflictException(
        `Theme "${theme.name}" is ${theme.status} and can no longer change${theme.mergedIntoId ? '; use the theme it was merged into' : ''}.`,
      );
  }

  private checkFrameworkCode(framework: string | null, code: string | null | undefined): void {
    if (code === undefined || code === null) return;
    const known = framework ? THEME_FRAMEWORKS[framework]?.themes : undefined;
    if (!known)
      throw new BadRequestException({
        message: 'This round has no theme framework; pick one first.',
        details: ['frameworkCode: the round has no theme framework'],
      });
    if (!known.some((t) => t.code === code))
      throw new BadRequestException({
        message: 'That code is not part of the round’s theme framework.',
        details: [`frameworkCode must be one of: ${known.map((t) => t.code).join(', ')}`],
      });
  }

  private async requireApproved(scope: ChangeScope, ids: string[], manager: EntityManager): Promise<void> {
    if (!ids.length) return;
    const found = await this.workbench.findApprovedInRound(scope.workspaceId, scope.roundId, ids, manager);
    const have = new Set(found.map((r) => r.submission.id));
    const missing = ids.filter((id) => !have.has(id));
    if (missing.length)
      throw new BadRequestException({
        message: 'Only approved submissions of this round can go into a theme.',
        details: missing.map((id) => `submissionIds: ${id} is not an approved submission of this round`),
      });
  }
}
