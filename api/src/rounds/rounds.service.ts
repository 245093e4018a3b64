import {
  BadRequestException,
  ConflictException,
  Inject,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import {
  PARTICIPANT_GROUPS,
  ROUND_TRANSITIONS,
  type RoundStatus,
  type StaffRoundResponse,
  type StaffRoundSummary,
} from '@inbreng/contracts';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../common/clock';
import type { RequestUser } from '../common/request-user';
import { APP_CONFIG, AppConfig } from '../config/config.schema';
import { hashAccessCode } from '../participants/return-code';
import type { UpsertRoundDto } from './dto/upsert-round.dto';
import { canTransition } from './round-rules';
import { RoundTransitionHooks } from './round-transition-hooks';
import type { RoundEntity } from './round.entity';
import { toStaffRoundResponse, toStaffRoundSummary } from './round.mapper';
import { RoundRepository } from './round.repository';

function auditView(r: RoundEntity) {
  const { accessCodeHash, workspace: _w, ...rest } = r;
  return { ...rest, hasAccessCode: accessCodeHash !== null } as unknown as Record<string, unknown>;
}

@Injectable()
export class RoundsService {
  constructor(
    private readonly rounds: RoundRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly hooks: RoundTransitionHooks,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async listForStaff(workspaceId: string): Promise<StaffRoundSummary[]> {
    return (await this.rounds.listForWorkspace(workspaceId)).map(toStaffRoundSummary);
  }

  async get(workspaceId: string, roundId: string): Promise<StaffRoundResponse> {
    return toStaffRoundResponse(await this.require(workspaceId, roundId));
  }

  async create(workspaceId: string, dto: UpsertRoundDto, actor: RequestUser): Promise<StaffRoundResponse> {
    this.validate(dto);
    if (await this.rounds.slugTaken(dto.slug))
      throw new ConflictException(`The address "/r/${dto.slug}" is already taken.`);
    return this.rounds.transaction(async (manager) => {
      const round = await this.rounds.save(
        this.rounds.build(workspaceId, { ...this.fields(dto), status: 'draft' }),
        manager,
      );
      await this.audit.record(
        {
          action: 'round.created',
          subjectType: 'round',
          subjectId: round.id,
          workspaceId,
          actor,
          after: auditView(round),
        },
        manager,
      );
      return toStaffRoundResponse(round);
    });
  }

  async update(
    workspaceId: string,
    roundId: string,
    dto: UpsertRoundDto,
    actor: RequestUser,
  ): Promise<StaffRoundResponse> {
    this.validate(dto);
    if (await this.rounds.slugTaken(dto.slug, roundId)) {
      throw new ConflictException(`The address "/r/${dto.slug}" is already taken.`);
    }
    return this.rounds.transaction(async (manager) => {
      const round = await this.rounds.findInWorkspace(workspaceId, roundId, manager);
      if (!round) throw new NotFoundException('No such round in this workspace.');
      const before = auditView(round);
      Object.assign(round, this.fields(dto));
      if (dto.accessCode === null) round.accessCodeHash = null;
      const saved = await this.rounds.save(round, manager);
      await this.audit.record(
        {
          action: 'round.updated',
          subjectType: 'round',
          subjectId: round.id,
          workspaceId,
          actor,
          before,
          after: auditView(saved),
        },
        manager,
      );
      return toStaffRoundResponse(saved);
    });
  }

  async transition(
    workspaceId: string,
    roundId: string,
    to: RoundStatus,
    actor: RequestUser,
  ): Promise<StaffRoundResponse> {
    return this.rounds.transaction(async (manager) => {
      const round = await this.rounds.findInWorkspace(workspaceId, roundId, manager);
      if (!round) throw new NotFoundException('No such round in this workspace.');
      const from = round.status;
      if (!canTransition(from, to)) {
        const options = ROUND_TRANSITIONS[from];
        throw new ConflictException(
          `A round cannot go from ${from} to ${to}. From ${from} it can go to: ${options.length ? options.join(', ') : 'nothing (final)'}.`,
        );
      }
      if (to === 'prioritising' && !(await this.rounds.hasPrioritisation(round.id, manager))) {
        throw new ConflictException(
          'Start prioritisation from the prioritisation page: it fixes the shortlist and the voting method.',
        );
      }
      round.status = to;
      if (to === 'published') round.publishedAt = this.clock.now();
      // Retention of a round without a closing date counts from the moment input stopped.
      if (from === 'open') round.leftOpenAt = this.clock.now();
      if (to === 'open') round.leftOpenAt = null;
      const saved = await this.rounds.save(round, manager);
      await this.audit.record(
        {
          action: 'round.status_changed',
          subjectType: 'round',
          subjectId: round.id,
          workspaceId,
          actor,
          before: { status: from },
          after: { status: to },
        },
        manager,
      );
      // e.g. publication stores the agenda as published; if a hook refuses, the whole move rolls back.
      await this.hooks.run({ round: saved, from, to, actor, manager });
      return toStaffRoundResponse(saved);
    });
  }

  private async require(workspaceId: string, roundId: string): Promise<RoundEntity> {
    const round = await this.rounds.findInWorkspace(workspaceId, roundId);
    if (!round) throw new NotFoundException('No such round in this workspace.');
    return round;
  }

  private fields(dto: UpsertRoundDto): Partial<RoundEntity> {
    return {
      slug: dto.slug,
      title: dto.title.trim(),
      introduction: dto.introduction.trim(),
      prompt: dto.prompt.trim(),
      groupPrompts: dto.groupPrompts ?? {},
      allowedGroups: dto.allowedGroups,
      lifeDomains: dto.lifeDomains.map((o) => ({ code: o.code, label: o.label.trim() })),
      wijken: (dto.wijken ?? []).map((o) => ({ code: o.code, label: o.label.trim() })),
      inputLines: (dto.inputLines ?? []).map((o) => ({ code: o.code, label: o.label.trim() })),
      opensAt: dto.opensAt ? new Date(dto.opensAt) : null,
      closesAt: dto.closesAt ? new Date(dto.closesAt) : null,
      retentionDays: dto.retentionDays,
      ...(typeof dto.accessCode === 'string'
        ? { accessCodeHash: hashAccessCode(this.config.RETURN_CODE_SECRET, dto.accessCode) }
        : {}),
    };
  }

  private validate(dto: UpsertRoundDto): void {
    const problems: string[] = [];
    const groups = dto.groupPrompts ?? {};
    for (const [k, v] of Object.entries(groups)) {
      if (!(PARTICIPANT_GROUPS as readonly string[]).includes(k))
        problems.push(`groupPrompts has an unknown group: ${k}`);
      else if (typeof v !== 'string' || v.length > 1000)
        problems.push(`groupPrompts.${k} must be text of at most 1000 characters`);
    }
    for (const [name, list] of [
      ['lifeDomains', dto.lifeDomains],
      ['wijken', dto.wijken ?? []],
      ['inputLines', dto.inputLines ?? []],
    ] as const) {
      const codes = list.map((o) => o.code);
      if (new Set(codes).size !== codes.length) problems.push(`${name} has duplicate codes`);
    }
    if (dto.opensAt && dto.closesAt && new Date(dto.opensAt) >= new Date(dto.closesAt)) {
      problems.push('closesAt must be after opensAt');
    }
    if (problems.length)
      throw new BadRequestException({
        message: `Invalid request: ${problems.join('; ')}`,
        details: problems,
      });
  }
}
