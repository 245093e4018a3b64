import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import type { WorkbenchSubmission } from '@inbreng/contracts';
import type { EntityManager } from 'typeorm';
import type { AssignDto, MarkDuplicateDto } from './dto/synthesis.dto';
import { SynthesisContext, type ChangeScope } from './synthesis-context';
import { toWorkbenchSubmission } from './synthesis.mapper';
import { WorkbenchRepository, type WorkbenchRow } from './workbench.repository';

/** Putting submissions in themes (by hand or by deciding on a suggestion) and marking duplicates. */
@Injectable()
export class AssignmentsService {
  constructor(
    private readonly ctx: SynthesisContext,
    private readonly workbench: WorkbenchRepository,
  ) {}

  async assign(scope: ChangeScope, dto: AssignDto): Promise<WorkbenchSubmission> {
    await this.ctx.requireRound(scope.workspaceId, scope.roundId, true);
    const action = dto.action ?? 'accept';
    return this.ctx.themes.transaction(async (manager) => {
      const row = await this.requireSubmission(scope, dto.submissionId, manager);
      const theme = await this.ctx.lockTheme(scope, dto.themeId, manager);
      if (theme.status === 'merged' || theme.status === 'rejected')
        throw new ConflictException(`Theme "${theme.name}" is ${theme.status}; choose another theme.`);
      const existing = await this.ctx.themes.findLink(theme.id, row.submission.id, manager);
      const before = existing ? { status: existing.status, score: existing.score } : null;
      if (action === 'remove') {
        if (!existing) throw new NotFoundException('That submission is not in this theme.');
        await this.ctx.themes.deleteLink(theme.id, row.submission.id, manager);
      } else {
        const status = action === 'accept' ? 'accepted' : 'rejected';
        await this.ctx.themes.upsertLink(
          {
            themeId: theme.id,
            submissionId: row.submission.id,
            status,
            score: existing?.score ?? null,
            decidedBy: scope.actor.id,
          },
          manager,
        );
      }
      await this.ctx.themes.update(theme.id, {}, manager);
      await this.ctx.record(
        scope,
        manager,
        {
          action: `theme_assignment.${action === 'accept' ? 'accepted' : action === 'reject' ? 'rejected' : 'removed'}`,
          subjectType: 'submission',
          subjectId: row.submission.id,
          before: { themeId: theme.id, link: before },
          after: { themeId: theme.id, status: action === 'remove' ? null : action },
        },
        { kind: 'assign', inverse: { themeId: theme.id, submissionId: row.submission.id, before } },
      );
      return this.view(row, manager);
    });
  }

  async markDuplicate(scope: ChangeScope, dto: MarkDuplicateDto): Promise<WorkbenchSubmission> {
    await this.ctx.requireRound(scope.workspaceId, scope.roundId, true);
    if (dto.duplicateOfId === dto.submissionId)
      throw new BadRequestException({
        message: 'A submission cannot duplicate itself.',
        details: ['duplicateOfId: must differ from submissionId'],
      });
    return this.ctx.themes.transaction(async (manager) => {
      const row = await this.requireSubmission(scope, dto.submissionId, manager);
      if (dto.duplicateOfId) {
        const of = await this.requireSubmission(scope, dto.duplicateOfId, manager);
        if (of.duplicateOfId === row.submission.id)
          throw new BadRequestException({
            message: 'The other submission is already marked as a duplicate of this one.',
            details: ['duplicateOfId: would make a cycle of duplicates'],
          });
      }
      await this.workbench.setDuplicate(
        scope.workspaceId,
        row.submission.id,
        dto.duplicateOfId,
        scope.actor.id,
        manager,
      );
      await this.ctx.record(
        scope,
        manager,
        {
          action: 'submission.duplicate_marked',
          subjectType: 'submission',
          subjectId: row.submission.id,
          before: { duplicateOfId: row.duplicateOfId },
          after: { duplicateOfId: dto.duplicateOfId },
        },
        { kind: 'duplicate', inverse: { submissionId: row.submission.id, before: row.duplicateOfId } },
      );
      return this.view({ ...row, duplicateOfId: dto.duplicateOfId }, manager);
    });
  }

  private async requireSubmission(
    scope: ChangeScope,
    id: string,
    manager: EntityManager,
  ): Promise<WorkbenchRow> {
    const [row] = await this.workbench.findApprovedInRound(scope.workspaceId, scope.roundId, [id], manager);
    if (!row) throw new NotFoundException(`No approved submission ${id} in this round.`);
    return row;
  }

  private async view(row: WorkbenchRow, manager: EntityManager): Promise<WorkbenchSubmission> {
    const links = await this.ctx.themes.linksForSubmissions([row.submission.id], manager);
    return toWorkbenchSubmission(row, links);
  }
}
