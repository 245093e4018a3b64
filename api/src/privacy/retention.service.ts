import { Injectable, Logger } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../common/clock';
import { JobQueueService } from '../jobs/job-queue.service';
import { MAIL_ADDRESS_MAX_AGE_MS, retentionDue, retentionEndsAt } from './retention-rules';
import { RetentionRepository } from './retention.repository';

export const RETENTION_QUEUE = 'retention-sweep';
/** Every hour, on the hour (UTC). */
export const RETENTION_CRON = '0 * * * *';

export interface RetentionOutcome {
  roundId: string;
  /** Submissions whose original text was replaced by the redacted text. */
  originalsRemoved: number;
  /** Questionnaire open answers whose original text was replaced (in the response's typed answers too). */
  openAnswerOriginalsRemoved: number;
  archived: boolean;
}

/**
 * Data minimisation per round: once a round's retention period has ended, original (unredacted) texts of
 * submissions and questionnaire open answers are replaced by their redacted text and the round is archived. Runs hourly as a pg-boss job; idempotent, so a
 * repeated or overlapping run changes nothing more.
 */
@Injectable()
export class RetentionService {
  private readonly logger = new Logger('Retention');

  constructor(
    private readonly repo: RetentionRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    jobs: JobQueueService,
  ) {
    jobs.register<object>(RETENTION_QUEUE, async () => {
      const done = await this.sweep();
      if (done.length) this.logger.log(`retention applied to ${done.length} round(s)`);
    });
    jobs.schedule(RETENTION_QUEUE, RETENTION_CRON);
  }

  /**
   * One sweep at the clock's current time; returns what it changed in rounds (nothing for rounds already done).
   * It also wipes e-mail addresses that were left in the mail outbox for more than a day.
   */
  async sweep(clock: Clock = this.clock): Promise<RetentionOutcome[]> {
    const now = clock.now();
    const wiped = await this.wipeStaleMail(now);
    if (wiped) this.logger.warn(`wiped the address of ${wiped} mail(s) not sent within a day`);
    const out: RetentionOutcome[] = [];
    for (const id of await this.repo.dueRoundIds(now)) {
      const outcome = await this.applyTo(id, now);
      if (outcome) out.push(outcome);
    }
    return out;
  }

  private wipeStaleMail(now: Date): Promise<number> {
    return this.repo.transaction(async (manager) => {
      const mails = await this.repo.wipeStaleMail(new Date(now.getTime() - MAIL_ADDRESS_MAX_AGE_MS), manager);
      for (const mail of mails) {
        await this.audit.record(
          {
            action: 'mail.address_wiped',
            subjectType: 'mail_outbox',
            subjectId: mail.id,
            workspaceId: mail.workspaceId,
            actor: null, // the system (the retention-sweep job)
            after: { status: 'failed', reason: 'not sent within a day', job: RETENTION_QUEUE },
          },
          manager,
        );
      }
      return mails.length;
    });
  }

  private applyTo(roundId: string, now: Date): Promise<RetentionOutcome | null> {
    return this.repo.transaction(async (manager) => {
      const round = await this.repo.lockRound(roundId, manager);
      // Checked again under the lock: the round may have changed since it was listed.
      if (!round || !retentionDue(round, now)) return null;
      const from = round.status;
      const originalsRemoved = await this.repo.removeSubmissionOriginals(round.id, manager);
      const openAnswerOriginalsRemoved = await this.repo.removeOpenAnswerOriginals(round.id, manager);
      const archived = from !== 'archived';
      if (!archived && originalsRemoved === 0 && openAnswerOriginalsRemoved === 0) return null;
      // Archiving is allowed from any status after `open` here only: the lifecycle for staff stays as it is.
      if (archived) await this.repo.archive(round, manager);
      await this.audit.record(
        {
          action: 'round.retention_applied',
          subjectType: 'round',
          subjectId: round.id,
          workspaceId: round.workspaceId,
          actor: null, // the system (the retention-sweep job), not a person
          before: { status: from },
          after: {
            status: 'archived',
            originalsRemoved,
            openAnswerOriginalsRemoved,
            retentionEndedAt: retentionEndsAt(round)?.toISOString() ?? null,
            job: RETENTION_QUEUE,
          },
        },
        manager,
      );
      return { roundId: round.id, originalsRemoved, openAnswerOriginalsRemoved, archived };
    });
  }
}
