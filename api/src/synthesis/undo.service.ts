import { Injectable } from '@nestjs/common';
import type { AssignmentStatus, ThemeStatus, UndoResponse } from '@inbreng/contracts';
import type { EntityManager } from 'typeorm';
import { ResearchQuestionRepository } from './research-question.repository';
import { SynthesisContext, type ChangeScope } from './synthesis-context';
import { WorkbenchRepository } from './workbench.repository';

type Link = { submissionId: string; status: AssignmentStatus; score: number | null };

/** Reverses a moderator's newest workbench change in the round (their own, not a colleague's). */
@Injectable()
export class UndoService {
  constructor(
    private readonly ctx: SynthesisContext,
    private readonly workbench: WorkbenchRepository,
    private readonly questions: ResearchQuestionRepository,
  ) {}

  async undo(scope: ChangeScope): Promise<UndoResponse> {
    await this.ctx.requireRound(scope.workspaceId, scope.roundId, true);
    return this.ctx.themes.transaction(async (manager) => {
      const action = await this.ctx.actions.latestOpen(
        { workspaceId: scope.workspaceId, roundId: scope.roundId, actorId: scope.actor.id },
        manager,
      );
      if (!action) return { undone: null };
      await this.apply(action.kind, action.inverse, scope, manager);
      await this.ctx.actions.markUndone(action.id, manager);
      await this.ctx.record(scope, manager, {
        action: 'synthesis.undone',
        subjectType: 'synthesis_action',
        subjectId: action.id,
        before: { kind: action.kind },
      });
      return { undone: action.kind };
    });
  }

  private async apply(kind: string, inv: Record<string, unknown>, scope: ChangeScope, m: EntityManager) {
    const themes = this.ctx.themes;
    switch (kind) {
      case 'theme.create':
        await themes.delete([inv['themeId'] as string], m);
        return;
      case 'theme.update': {
        const before = inv['before'] as { name: string; description: string; frameworkCode: string | null };
        await themes.update(
          inv['themeId'] as string,
          { name: before.name, description: before.description, frameworkCode: before.frameworkCode },
          m,
        );
        return;
      }
      case 'theme.decide': {
        const themeId = inv['themeId'] as string;
        await themes.setLinkStatusFor(themeId, inv['submissionIds'] as string[], 'suggested', m);
        await themes.update(themeId, { status: inv['status'] as ThemeStatus }, m);
        return;
      }
      case 'theme.merge': {
        const targetId = inv['targetId'] as string;
        for (const submissionId of inv['created'] as string[])
          await themes.deleteLink(targetId, submissionId, m);
        for (const l of inv['upgraded'] as Link[])
          await themes.upsertLink({ themeId: targetId, ...l, decidedBy: null }, m);
        const sources = inv['sources'] as { id: string; status: ThemeStatus }[];
        for (const s of sources) await themes.update(s.id, { status: s.status, mergedIntoId: null }, m);
        await themes.removeHistory(
          targetId,
          sources.map((s) => s.id),
          m,
        );
        await this.questions.restoreRepointed(
          inv['movedQuestions'] as { questionId: string; fromThemeId: string; hadTarget: boolean }[],
          targetId,
          m,
        );
        await themes.update(targetId, { status: inv['targetStatus'] as ThemeStatus }, m);
        return;
      }
      case 'theme.split': {
        const sourceId = inv['sourceId'] as string;
        for (const l of inv['moved'] as Link[])
          await themes.upsertLink({ themeId: sourceId, ...l, decidedBy: null }, m);
        await themes.delete([inv['createdId'] as string], m);
        await themes.update(sourceId, {}, m);
        return;
      }
      case 'assign': {
        const themeId = inv['themeId'] as string;
        const submissionId = inv['submissionId'] as string;
        const before = inv['before'] as { status: AssignmentStatus; score: number | null } | null;
        if (before) await themes.upsertLink({ themeId, submissionId, ...before, decidedBy: null }, m);
        else await themes.deleteLink(themeId, submissionId, m);
        await themes.update(themeId, {}, m);
        return;
      }
      case 'duplicate':
        await this.workbench.setDuplicate(
          scope.workspaceId,
          inv['submissionId'] as string,
          (inv['before'] as string | null) ?? null,
          scope.actor.id,
          m,
        );
        return;
      default:
        throw new Error(`unknown synthesis action ${kind}`);
    }
  }
}
