import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import type {
  BulkApproveResponse,
  ModerationItem,
  ModerationQueueResponse,
  OriginalTextResponse,
} from '@inbreng/contracts';
import { AuditService } from '../audit/audit.service';
import type { RequestUser } from '../common/request-user';
import { RoundRepository } from '../rounds/round.repository';
import type { SubmissionEntity } from '../submissions/submission.entity';
import { toModerationItem } from '../submissions/submission.mapper';
import { SubmissionRepository } from '../submissions/submission.repository';
import type { DecisionDto, QueueQueryDto } from './dto/moderation.dto';

function snapshot(s: SubmissionEntity) {
  return {
    status: s.status,
    rejectionReason: s.rejectionReason,
    rejectionNote: s.rejectionNote,
    redactedText: s.redactedText,
  };
}

@Injectable()
export class ModerationService {
  constructor(
    private readonly submissions: SubmissionRepository,
    private readonly rounds: RoundRepository,
    private readonly audit: AuditService,
  ) {}

  async queue(workspaceId: string, roundId: string, q: QueueQueryDto): Promise<ModerationQueueResponse> {
    await this.requireRound(workspaceId, roundId);
    const { items, total, urgentPending } = await this.submissions.queue(workspaceId, roundId, q);
    return { items: items.map(toModerationItem), total, urgentPending };
  }

  /** The unredacted text, for moderators only; every look is written to the audit log. */
  async original(workspaceId: string, id: string, actor: RequestUser): Promise<OriginalTextResponse> {
    const s = await this.submissions.findInWorkspace(workspaceId, id);
    if (!s) throw new NotFoundException('No such submission in this workspace.');
    await this.audit.record({
      action: 'submission.original_viewed',
      subjectType: 'submission',
      subjectId: s.id,
      workspaceId,
      actor,
    });
    return { id: s.id, originalText: s.originalText, redactedText: s.redactedText };
  }

  decide(workspaceId: string, id: string, d: DecisionDto, actor: RequestUser): Promise<ModerationItem> {
    return this.submissions.transaction(async (manager) => {
      const s = await this.submissions.findInWorkspace(workspaceId, id, manager);
      if (!s) throw new NotFoundException('No such submission in this workspace.');
      const before = snapshot(s);
      if (d.redactedText !== undefined) s.redactedText = d.redactedText.trim();
      if (d.action === 'approve') {
        s.status = 'approved';
        s.rejectionReason = null;
        s.rejectionNote = null;
      } else if (d.action === 'reject') {
        if (!d.reason) throw new BadRequestException('reason is required when rejecting');
        s.status = 'rejected';
        s.rejectionReason = d.reason;
        s.rejectionNote = d.note?.trim() || null;
      }
      s.moderatedAt = new Date();
      s.moderatedBy = actor.id;
      const saved = await this.submissions.save(s, manager);
      await this.audit.record(
        {
          action: `submission.${d.action === 'redact' ? 'redaction_edited' : d.action === 'approve' ? 'approved' : 'rejected'}`,
          subjectType: 'submission',
          subjectId: s.id,
          workspaceId,
          actor,
          before,
          after: snapshot(saved),
        },
        manager,
      );
      return toModerationItem(saved);
    });
  }

  /** Approves many at once, except urgent items: those always need a one-by-one decision. */
  async bulkApprove(
    workspaceId: string,
    roundId: string,
    ids: string[],
    actor: RequestUser,
  ): Promise<BulkApproveResponse> {
    await this.requireRound(workspaceId, roundId);
    const unique = [...new Set(ids)];
    return this.submissions.transaction(async (manager) => {
      const found = await this.submissions.findManyInRound(workspaceId, roundId, unique, manager);
      const byId = new Map(found.map((s) => [s.id, s]));
      const approved: string[] = [];
      const skipped: BulkApproveResponse['skipped'] = [];
      for (const id of unique) {
        const s = byId.get(id);
        if (!s) skipped.push({ id, reason: 'not found in this round' });
        else if (s.urgent) skipped.push({ id, reason: 'urgent: decide one by one' });
        else if (s.status !== 'pending') skipped.push({ id, reason: `already ${s.status}` });
        else {
          const before = snapshot(s);
          s.status = 'approved';
          s.moderatedAt = new Date();
          s.moderatedBy = actor.id;
          await this.submissions.save(s, manager);
          await this.audit.record(
            {
              action: 'submission.approved',
              subjectType: 'submission',
              subjectId: s.id,
              workspaceId,
              actor,
              before,
              after: snapshot(s),
            },
            manager,
          );
          approved.push(id);
        }
      }
      return { approved, skipped };
    });
  }

  private async requireRound(workspaceId: string, roundId: string): Promise<void> {
    if (!(await this.rounds.findInWorkspace(workspaceId, roundId))) {
      throw new NotFoundException('No such round in this workspace.');
    }
  }
}
