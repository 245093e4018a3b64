import {
  BadRequestException,
  ConflictException,
  ForbiddenException,
  Inject,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import type { CreateSubmissionResponse, MyInputResponse, PublicRoundResponse } from '@inbreng/contracts';
import { timingSafeEqual } from 'node:crypto';
import { APP_CONFIG, AppConfig, mailEnabled } from '../config/config.schema';
import { ParticipantRepository } from '../participants/participant.repository';
import {
  deriveReturnCode,
  formatReturnCode,
  hashAccessCode,
  hashIdempotencyKey,
  hashReturnCode,
  normalizeReturnCode,
} from '../participants/return-code';
import { closedReason } from '../rounds/round-rules';
import type { RoundEntity } from '../rounds/round.entity';
import { RoundRepository } from '../rounds/round.repository';
import type { CreateSubmissionDto } from './dto/create-submission.dto';
import { FirstSubmissionWriter } from './first-submission.writer';
import { ReturningSubmissionWriter } from './returning-submission.writer';
import { SubmissionEntity } from './submission.entity';
import { toPublicSubmission } from './submission.mapper';
import { SubmissionRepository } from './submission.repository';
import type { SubmissionContent } from './submit-statements';
import { screenText } from './text-screening';

/** How long a round's options may be reused on the submit path. */
const ROUND_CACHE_MS = 2000;

const UNKNOWN_CODE = 'We do not know this return code. Check that you copied it correctly.';

@Injectable()
export class SubmissionsService {
  private readonly roundCache = new Map<string, { round: RoundEntity; at: number }>();

  constructor(
    private readonly rounds: RoundRepository,
    private readonly participants: ParticipantRepository,
    private readonly submissions: SubmissionRepository,
    private readonly firstSubmissions: FirstSubmissionWriter,
    private readonly returningSubmissions: ReturningSubmissionWriter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async getPublicRound(slug: string): Promise<PublicRoundResponse> {
    const round = await this.publicRound(slug);
    return {
      slug: round.slug,
      title: round.title,
      introduction: round.introduction,
      status: round.status,
      acceptingSubmissions: closedReason(round) === null,
      requiresAccessCode: round.accessCodeHash !== null,
      opensAt: round.opensAt?.toISOString() ?? null,
      closesAt: round.closesAt?.toISOString() ?? null,
      prompt: round.prompt,
      groupPrompts: round.groupPrompts,
      allowedGroups: round.allowedGroups,
      lifeDomains: round.lifeDomains,
      wijken: round.wijken,
      inputLines: round.inputLines,
      workspaceName: round.workspace?.name ?? '',
      emailAvailable: mailEnabled(this.config),
    };
  }

  /**
   * Both kinds of submission validate against the round's cached options and are written by a group
   * commit whose statement itself checks that the round is open right now.
   */
  async submit(slug: string, dto: CreateSubmissionDto): Promise<CreateSubmissionResponse> {
    const round = await this.cachedRound(slug);
    const closed = closedReason(round);
    if (closed) throw new ConflictException(closed);
    this.checkAccessCode(round, dto.accessCode);
    this.checkAgainstRound(round, dto);
    const keyHash = hashIdempotencyKey(dto.idempotencyKey);
    const screening = screenText(dto.text);
    const content: SubmissionContent = {
      idempotencyKeyHash: keyHash,
      kind: dto.kind,
      originalText: dto.text,
      redactedText: screening.redactedText,
      lifeDomains: dto.lifeDomains,
      wijk: dto.wijk ?? null,
      inputLine: dto.inputLine ?? null,
      urgent: screening.urgent,
      crisisCategories: screening.crisisCategories,
      piiKinds: screening.piiKinds,
      quoteConsent: dto.quoteConsent ?? false,
    };
    return dto.returnCode === undefined
      ? this.submitFirst(slug, round, dto, content)
      : this.submitReturning(slug, round, dto.returnCode, content);
  }

  private async submitFirst(
    slug: string,
    round: RoundEntity,
    dto: CreateSubmissionDto,
    content: SubmissionContent,
  ): Promise<CreateSubmissionResponse> {
    const returnCode = deriveReturnCode(this.config.RETURN_CODE_SECRET, dto.idempotencyKey);
    const result = await this.firstSubmissions.insert({
      ...content,
      workspaceId: round.workspaceId,
      roundId: round.id,
      returnCodeHash: hashReturnCode(returnCode),
      group: dto.group,
      ageBand: dto.ageBand ?? null,
    });
    if (!result.roundOpen) return this.refuseClosed(slug);
    if (!result.participant || result.participant.roundId !== round.id) {
      throw new ConflictException('This idempotency key was used for another round.');
    }
    return result.submission
      ? this.stored(returnCode, result.submission, content)
      : this.replay(returnCode, result.participant.id, content.idempotencyKeyHash);
  }

  /** A participant keeps the group and age band they started with; the statement takes them from there. */
  private async submitReturning(
    slug: string,
    round: RoundEntity,
    rawCode: string,
    content: SubmissionContent,
  ): Promise<CreateSubmissionResponse> {
    const code = normalizeReturnCode(rawCode);
    if (!code) throw new NotFoundException(UNKNOWN_CODE);
    const result = await this.returningSubmissions.insert({
      ...content,
      roundId: round.id,
      returnCodeHash: hashReturnCode(code),
    });
    if (!result.roundOpen) return this.refuseClosed(slug);
    if (!result.participantId) throw new NotFoundException(UNKNOWN_CODE);
    return result.submission
      ? this.stored(code, result.submission, content)
      : this.replay(code, result.participantId, content.idempotencyKeyHash);
  }

  /** The statement found the round closed: say why, as it is now. */
  private async refuseClosed(slug: string): Promise<never> {
    const now = await this.freshRound(slug);
    throw new ConflictException(closedReason(now) ?? 'This round is not accepting input right now.');
  }

  private stored(
    returnCode: string,
    submission: { id: string; createdAt: Date },
    content: SubmissionContent,
  ): CreateSubmissionResponse {
    return {
      returnCode: formatReturnCode(returnCode),
      submission: toPublicSubmission(this.justStored(submission, content)),
    };
  }

  /** The row just inserted, rebuilt from what was written (saves a read on the hot path). */
  private justStored(stored: { id: string; createdAt: Date }, content: SubmissionContent): SubmissionEntity {
    return Object.assign(new SubmissionEntity(), content, {
      id: stored.id,
      createdAt: stored.createdAt,
      status: 'pending',
      rejectionReason: null,
      rejectionNote: null,
    });
  }

  /** A retried request: answer with the row the first attempt stored, if it is this participant's. */
  private async replay(
    returnCode: string,
    participantId: string,
    keyHash: string,
  ): Promise<CreateSubmissionResponse> {
    const submission = await this.submissions.findByIdempotencyKey(keyHash);
    if (!submission || submission.participantId !== participantId) {
      throw new ConflictException('This idempotency key was already used for other input. Start a new item.');
    }
    return { returnCode: formatReturnCode(returnCode), submission: toPublicSubmission(submission) };
  }

  async myInput(rawCode: string): Promise<MyInputResponse> {
    const code = normalizeReturnCode(rawCode);
    const participant = code ? await this.participants.findByCodeHash(hashReturnCode(code)) : null;
    if (!participant) throw new NotFoundException(UNKNOWN_CODE);
    const round = await this.rounds.findById(participant.roundId);
    if (!round) throw new NotFoundException(UNKNOWN_CODE);
    const items = await this.submissions.listForParticipant(participant.id);
    return {
      round: { slug: round.slug, title: round.title, status: round.status },
      group: participant.group,
      ageBand: participant.ageBand,
      submissions: items.map(toPublicSubmission),
    };
  }

  /**
   * Round options (groups, domains, access code) cached for a moment per API process; whether the round
   * is open is always decided by the database in the insert itself.
   */
  private async cachedRound(slug: string): Promise<RoundEntity> {
    const hit = this.roundCache.get(slug);
    if (hit && Date.now() - hit.at < ROUND_CACHE_MS) return hit.round;
    const round = await this.freshRound(slug);
    if (this.roundCache.size > 1000) this.roundCache.clear();
    this.roundCache.set(slug, { round, at: Date.now() });
    return round;
  }

  private async freshRound(slug: string): Promise<RoundEntity> {
    const round = await this.rounds.findBySlugForSubmit(slug);
    if (!round || round.status === 'draft') throw new NotFoundException(`There is no round at "/r/${slug}".`);
    return round;
  }

  private async publicRound(slug: string): Promise<RoundEntity> {
    const round = await this.rounds.findBySlug(slug);
    if (!round || round.status === 'draft') throw new NotFoundException(`There is no round at "/r/${slug}".`);
    return round;
  }

  private checkAccessCode(round: RoundEntity, given: string | undefined): void {
    if (!round.accessCodeHash) return;
    if (!given) throw new ForbiddenException('This round needs an access code.');
    const a = Buffer.from(hashAccessCode(this.config.RETURN_CODE_SECRET, given));
    const b = Buffer.from(round.accessCodeHash);
    if (a.length !== b.length || !timingSafeEqual(a, b))
      throw new ForbiddenException('The access code is not correct.');
  }

  /** Choices must be among what this round offers; one readable line per problem. */
  private checkAgainstRound(round: RoundEntity, dto: CreateSubmissionDto): void {
    const problems: string[] = [];
    if (!round.allowedGroups.includes(dto.group)) {
      problems.push(
        `group "${dto.group}" cannot take part in this round (allowed: ${round.allowedGroups.join(', ')})`,
      );
    }
    if (dto.group === 'youth' && !dto.ageBand) problems.push('ageBand is required for youth');
    if (dto.group !== 'youth' && dto.ageBand) problems.push('ageBand is only asked of youth');
    const domains = new Set(round.lifeDomains.map((d) => d.code));
    const unknown = dto.lifeDomains.filter((d) => !domains.has(d));
    if (unknown.length) problems.push(`unknown life domain(s): ${unknown.join(', ')}`);
    if (dto.wijk !== undefined && !round.wijken.some((w) => w.code === dto.wijk)) {
      problems.push(`unknown wijk: ${dto.wijk}`);
    }
    if (dto.inputLine !== undefined && !round.inputLines.some((l) => l.code === dto.inputLine)) {
      problems.push(`unknown input line: ${dto.inputLine}`);
    }
    if (problems.length) {
      throw new BadRequestException({
        message: `Invalid request: ${problems.join('; ')}`,
        details: problems,
      });
    }
  }
}
