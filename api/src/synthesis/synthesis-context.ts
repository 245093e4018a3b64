import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import type { Theme } from '@inbreng/contracts';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { RequestUser } from '../common/request-user';
import type { RoundEntity } from '../rounds/round.entity';
import { RoundRepository } from '../rounds/round.repository';
import { SynthesisActionRepository } from './synthesis-action.repository';
import { toTheme } from './synthesis.mapper';
import { ThemeEntity } from './theme.entity';
import { ThemeRepository } from './theme.repository';

/** Rounds whose synthesis is frozen: the agenda is out. */
const FROZEN = new Set(['published', 'archived']);

export interface ChangeScope {
  workspaceId: string;
  roundId: string;
  actor: RequestUser;
}

/** What every synthesis write needs: the round check, audit, the undo log, and theme responses. */
@Injectable()
export class SynthesisContext {
  constructor(
    readonly rounds: RoundRepository,
    readonly themes: ThemeRepository,
    readonly audit: AuditService,
    readonly actions: SynthesisActionRepository,
  ) {}

  async requireRound(workspaceId: string, roundId: string, forWrite: boolean): Promise<RoundEntity> {
    const round = await this.rounds.findInWorkspace(workspaceId, roundId);
    if (!round) throw new NotFoundException('No such round in this workspace.');
    if (forWrite && FROZEN.has(round.status))
      throw new ConflictException(
        `The round is ${round.status}; its themes and research questions are frozen.`,
      );
    return round;
  }

  /** Loads a theme of the round, locked for this transaction, or answers 404. */
  async lockTheme(scope: ChangeScope, id: string, manager: EntityManager): Promise<ThemeEntity> {
    const theme = await manager.getRepository(ThemeEntity).findOne({
      where: { id, workspaceId: scope.workspaceId, roundId: scope.roundId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!theme) throw new NotFoundException(`No theme ${id} in this round.`);
    return theme;
  }

  requireVersion(theme: ThemeEntity, version: number): void {
    if (theme.version !== version)
      throw new ConflictException(
        `Theme "${theme.name}" was changed by someone else (version ${theme.version}, you had ${version}). Reload and try again.`,
      );
  }

  async record(
    scope: ChangeScope,
    manager: EntityManager,
    audit: {
      action: string;
      subjectType: string;
      subjectId: string;
      before?: object | null;
      after?: object | null;
    },
    undo?: { kind: string; inverse: object },
  ): Promise<void> {
    await this.audit.record(
      {
        action: audit.action,
        subjectType: audit.subjectType,
        subjectId: audit.subjectId,
        workspaceId: scope.workspaceId,
        actor: scope.actor,
        before: (audit.before ?? null) as Record<string, unknown> | null,
        after: (audit.after ?? null) as Record<string, unknown> | null,
      },
      manager,
    );
    if (undo)
      await this.actions.record(
        { workspaceId: scope.workspaceId, roundId: scope.roundId, actorId: scope.actor.id },
        undo.kind,
        undo.inverse,
        manager,
      );
  }

  async themeViews(themes: ThemeEntity[], manager?: EntityManager): Promise<Theme[]> {
    const ids = themes.map((t) => t.id);
    const workspaces = [...new Set(themes.map((t) => t.workspaceId))];
    const [perWorkspace, history] = await Promise.all([
      Promise.all(
        workspaces.map((w) =>
          this.themes.counts(
            w,
            themes.filter((t) => t.workspaceId === w).map((t) => t.id),
            manager,
          ),
        ),
      ),
      this.themes.history(ids, manager),
    ]);
    const counts = new Map(perWorkspace.flatMap((m) => [...m]));
    return themes.map((t) => toTheme(t, counts.get(t.id), history));
  }

  async themeView(theme: ThemeEntity, manager?: EntityManager): Promise<Theme> {
    const [view] = await this.themeViews([theme], manager);
    return view as Theme;
  }
}
