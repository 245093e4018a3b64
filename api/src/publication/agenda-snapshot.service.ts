import { ConflictException, Injectable, NotFoundException, type OnModuleInit } from '@nestjs/common';
import type { AgendaPublicationStatus } from '@inbreng/contracts';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { RequestUser } from '../common/request-user';
import { PrioritisationService } from '../prioritisation/prioritisation.service';
import type { RoundEntity } from '../rounds/round.entity';
import { RoundRepository } from '../rounds/round.repository';
import {
  RoundTransitionHooks,
  type RoundTransition,
  type RoundTransitionHook,
} from '../rounds/round-transition-hooks';
import { ResearchQuestionRepository } from '../synthesis/research-question.repository';
import { diffAgenda } from './agenda-diff';
import { AgendaPublicationRepository } from './agenda-publication.repository';
import { buildAgendaSnapshot, parseAgendaSnapshot, type AgendaSnapshot } from './agenda-snapshot';

/** The agenda as published, and whether it is the stored record (`fixed`) or computed live (older rounds). */
export interface PublishedAgenda {
  at: Date;
  fixed: boolean;
  snapshot: AgendaSnapshot;
}

/**
 * Fixes a round's agenda when it is published: registered as a round transition hook, it computes the agenda in
 * the transaction that moves the round to `published` and stores it; if that fails, the round stays unpublished.
 * Readers (public agenda, PDF, exports, the participant's trace) then get that record.
 */
@Injectable()
export class AgendaSnapshotService implements RoundTransitionHook, OnModuleInit {
  constructor(
    private readonly hooks: RoundTransitionHooks,
    private readonly rounds: RoundRepository,
    private readonly prioritisation: PrioritisationService,
    private readonly questions: ResearchQuestionRepository,
    private readonly repo: AgendaPublicationRepository,
    private readonly audit: AuditService,
  ) {}

  onModuleInit(): void {
    this.hooks.register(this);
  }

  async beforeCommit({ round, to, actor, manager }: RoundTransition): Promise<void> {
    if (to === 'published') await this.publish(round, actor, manager);
  }

  /** The published agenda of a round in `published` or `archived`. */
  async published(round: RoundEntity): Promise<PublishedAgenda> {
    const row = await this.repo.findForRound(round.workspaceId, round.id);
    if (row) return { at: row.publishedAt, fixed: true, snapshot: parseAgendaSnapshot(row.snapshot) };
    // Published before agendas were stored: the live figures are all there is.
    const { snapshot } = await this.compute(round);
    return { at: round.publishedAt ?? round.updatedAt, fixed: false, snapshot };
  }

  /** Staff: the published record next to today's figures, so they can see what changed since. */
  async statusForStaff(workspaceId: string, roundId: string): Promise<AgendaPublicationStatus> {
    const round = await this.rounds.findInWorkspace(workspaceId, roundId);
    if (!round) throw new NotFoundException('No such round in this workspace.');
    if (!round.publishedAt) throw new NotFoundException('The agenda of this round has not been published.');
    const row = await this.repo.findForRound(workspaceId, roundId);
    if (!row) return { publishedAt: round.publishedAt.toISOString(), fixed: false, changes: [] };
    const { snapshot: now } = await this.compute(round);
    return {
      publishedAt: row.publishedAt.toISOString(),
      fixed: true,
      changes: diffAgenda(parseAgendaSnapshot(row.snapshot), now),
    };
  }

  private async publish(round: RoundEntity, actor: RequestUser, manager: EntityManager): Promise<void> {
    const publishedAt = round.publishedAt;
    if (!publishedAt) throw new Error('A round moving to published must have publishedAt set.');
    if (await this.repo.findForRound(round.workspaceId, round.id, manager))
      throw new ConflictException('The agenda of this round was already published; it is not replaced.');
    const { started, snapshot } = await this.compute(round, manager);
    if (!started)
      throw new ConflictException(
        'This round has no prioritisation, so there is no agenda to publish. Start prioritisation from the prioritisation page first. The round was not published.',
      );
    await this.repo.insert(
      { workspaceId: round.workspaceId, roundId: round.id, publishedAt, publishedBy: actor.id, snapshot },
      manager,
    );
    await this.audit.record(
      {
        action: 'agenda.published',
        subjectType: 'round',
        subjectId: round.id,
        workspaceId: round.workspaceId,
        actor,
        after: {
          method: snapshot.method,
          ballotsPerGroup: snapshot.ballotsPerGroup,
          ranks: snapshot.items.map((i) => ({ researchQuestionId: i.researchQuestionId, rank: i.rank })),
        },
      },
      manager,
    );
  }

  /** The agenda from today's ballots and research questions (inside `manager`'s transaction when given). */
  private async compute(
    round: RoundEntity,
    manager?: EntityManager,
  ): Promise<{ started: boolean; snapshot: AgendaSnapshot }> {
    const results = await this.prioritisation.resultsFor(round, manager);
    const ids = results.questions.map((q) => q.researchQuestionId);
    // One after the other: inside a transaction they share one connection anyway.
    const details = await this.questions.findMany(ids, manager);
    const counts = await this.questions.counts(ids, manager);
    return {
      started: results.status !== 'not_started',
      snapshot: buildAgendaSnapshot(results, details, counts),
    };
  }
}
