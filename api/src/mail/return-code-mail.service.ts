import {
  ConflictException,
  HttpException,
  HttpStatus,
  Inject,
  Injectable,
  Logger,
  NotFoundException,
  ServiceUnavailableException,
} from '@nestjs/common';
import type { EmailReturnCodeRequest, EmailReturnCodeResponse } from '@inbreng/contracts';
import { randomUUID } from 'node:crypto';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../common/clock';
import { APP_CONFIG, mailEnabled, type AppConfig } from '../config/config.schema';
import { JobQueueService, type JobRetry } from '../jobs/job-queue.service';
import { hashReturnCode, normalizeReturnCode } from '../participants/return-code';
import { MailOutboxRepository, type ClaimedMail } from './mail-outbox.repository';
import { MailTransport } from './mail-transport';
import { OutboxCipher } from './outbox-cipher';
import { composeReturnCodeMail, type ComposedMail } from './return-code-mail';
import { describeSendError } from './send-error';

export const MAIL_QUEUE = 'mail-return-code';
/** Attempts to send one mail before it is given up (and its address wiped). */
export const MAIL_ATTEMPTS = 5;
/** Mails per return code per 24 hours: enough to fix a typo, too few to flood someone's inbox. */
export const MAILS_PER_CODE_PER_DAY = 3;
const DAY_MS = 24 * 3600_000;

/**
 * Retries of a mail job: exponential backoff from `delaySeconds` (30 s: about 30 s, 1, 2 and 4 minutes, with
 * jitter), or at once when it is 0 (tests; pg-boss's backoff waits at least a second). The limit is one more
 * than the attempts the outbox counts, so a worker that died mid-send does not use up the last attempt.
 */
export function mailRetry(delaySeconds: number): JobRetry {
  return delaySeconds > 0
    ? { retryLimit: MAIL_ATTEMPTS, retryDelay: delaySeconds, retryBackoff: true }
    : { retryLimit: MAIL_ATTEMPTS, retryDelay: 0, retryBackoff: false };
}

const UNKNOWN_CODE = 'We do not know this return code. Check that you copied it correctly.';

/** What the outbox keeps (encrypted) besides the address: what the mail says. */
interface Payload {
  code: string;
  roundTitle: string;
  workspaceName: string;
}

/**
 * The optional e-mail with a participant's return code. A request stores the address and the code only
 * encrypted, in the outbox, and queues a job that carries nothing but the outbox id. The job sends the mail
 * and then wipes both, also when it finally gives up. The address never reaches the participant row, the
 * audit log, the job queue or the logs.
 */
@Injectable()
export class ReturnCodeMailService {
  private readonly logger = new Logger('Mail');
  private readonly cipher: OutboxCipher;

  constructor(
    private readonly repo: MailOutboxRepository,
    private readonly transport: MailTransport,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly jobs: JobQueueService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.cipher = new OutboxCipher(config.RETURN_CODE_SECRET);
    jobs.register<{ mailId: string }>(MAIL_QUEUE, (data) => this.work(data.mailId));
  }

  async request(rawCode: string, dto: EmailReturnCodeRequest): Promise<EmailReturnCodeResponse> {
    if (!mailEnabled(this.config) || !this.transport.configured) {
      throw new ConflictException('E-mail is not available on this server.');
    }
    const code = normalizeReturnCode(rawCode);
    if (!code) throw new NotFoundException(UNKNOWN_CODE);
    const id = randomUUID();
    const now = this.clock.now();
    const language = dto.language ?? 'nl';
    await this.repo.transaction(async (manager) => {
      const participant = await this.repo.lockParticipant(hashReturnCode(code), manager);
      if (!participant) throw new NotFoundException(UNKNOWN_CODE);
      const recent = await this.repo.countSince(
        participant.participantId,
        new Date(now.getTime() - DAY_MS),
        manager,
      );
      if (recent >= MAILS_PER_CODE_PER_DAY) {
        throw new HttpException(
          `This code was already e-mailed ${MAILS_PER_CODE_PER_DAY} times in the last 24 hours. Try again tomorrow.`,
          HttpStatus.TOO_MANY_REQUESTS,
        );
      }
      const payload: Payload = {
        code,
        roundTitle: participant.roundTitle,
        workspaceName: participant.workspaceName,
      };
      await this.repo.insert(
        {
          id,
          workspaceId: participant.workspaceId,
          participantId: participant.participantId,
          kind: 'return-code',
          recipient: this.cipher.seal(dto.email, `${id}:recipient`),
          payload: this.cipher.seal(JSON.stringify(payload), `${id}:payload`),
          language,
          createdAt: now,
        },
        manager,
      );
      await this.audit.record(
        {
          action: 'participant.return_code_mail_requested',
          subjectType: 'participant',
          subjectId: participant.participantId,
          workspaceId: participant.workspaceId,
          actor: null, // the participant, known only by their return code
          after: { mailId: id, language }, // never the address
        },
        manager,
      );
    });
    try {
      await this.jobs.send(MAIL_QUEUE, { mailId: id }, mailRetry(this.config.MAIL_RETRY_DELAY_SECONDS));
    } catch (err) {
      await this.repo.markFailed(id, 'could not queue the job');
      this.logger.error(`queueing mail ${id}: ${describeSendError(err)}`);
      throw new ServiceUnavailableException('E-mail is not available right now. Try again in a minute.');
    }
    return { queued: true };
  }

  /**
   * The job: one attempt. A failed attempt throws so that the queue retries it with backoff; the last one
   * marks the mail failed instead. Sent or failed, the address and the code are wiped.
   */
  async work(mailId: string): Promise<void> {
    const mail = await this.repo.claim(mailId);
    if (!mail) return; // sent already, wiped, or deleted with the participant's data
    let message: ComposedMail & { to: string; language: string };
    try {
      message = this.open(mail);
    } catch {
      // Changed or unreadable (e.g. RETURN_CODE_SECRET was changed): retrying cannot help.
      await this.repo.markFailed(mail.id, 'could not decrypt the queued mail');
      this.logger.warn(`mail ${mail.id}: could not decrypt; given up`);
      return;
    }
    try {
      await this.transport.send(message);
    } catch (err) {
      const reason = describeSendError(err);
      if (mail.attempts >= MAIL_ATTEMPTS) {
        await this.repo.markFailed(mail.id, reason);
        this.logger.warn(`mail ${mail.id}: attempt ${mail.attempts} failed, given up: ${reason}`);
        return;
      }
      await this.repo.recordError(mail.id, reason);
      this.logger.warn(`mail ${mail.id}: attempt ${mail.attempts} failed, will retry: ${reason}`);
      throw new Error(`mail ${mail.id}: attempt ${mail.attempts} failed: ${reason}`);
    }
    await this.repo.markSent(mail.id, this.clock.now());
  }

  private open(mail: ClaimedMail): ComposedMail & { to: string; language: string } {
    const to = this.cipher.open(mail.recipient, `${mail.id}:recipient`);
    const payload = JSON.parse(this.cipher.open(mail.payload, `${mail.id}:payload`)) as Payload;
    const composed = composeReturnCodeMail({
      returnCode: payload.code,
      roundTitle: payload.roundTitle,
      workspaceName: payload.workspaceName,
      language: mail.language,
      publicBaseUrl: this.config.PUBLIC_BASE_URL,
    });
    return { ...composed, to, language: mail.language };
  }
}
