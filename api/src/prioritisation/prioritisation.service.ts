import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import {
  PRIORITY_GROUPS,
  type PrioritisationResults,
  type PrioritisationSettings,
  type PriorityGroup,
  type ResearchQuestion,
} from '@inbreng/contracts';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { RequestUser } from '../common/request-user';
import type { RoundEntity } from '../rounds/round.entity';
import { RoundRepository } from '../rounds/round.repository';
import { ResearchQuestionRepository } from '../synthesis/research-question.repository';
import { ResearchQuestionsService } from '../synthesis/research-questions.service';
import { computeResults } from './compute-results';
import type { StartPrioritisationDto, UpdatePrioritisationDto } from './dto/prioritisation.dto';
import type { PrioritisationEntity } from './prioritisation.entity';
import { PrioritisationRepository } from './prioritisation.repository';

export const DEFAULT_SETTINGS: PrioritisationSettings = {
  method: 'ranking',
  maxPicks: 10,
  rankTop: 5,
  weights: { youth: 1, parent: 1, professional: 1, policy_research_education: 1 },
  minGroupBallots: 10,
};

function settingsOf(p: PrioritisationEntity): PrioritisationSettings {
  return {
    method: p.method,
    maxPicks: p.maxPicks,
    rankTop: p.rankTop,
    weights: p.weights,
    minGroupBallots: p.minGroupBallots,
  };
}

/** Moderators start prioritisation over a shortlist, tune weights, and read per-group and combined ranks. */
@Injectable()
export class PrioritisationService {
  constructor(
    private readonly repo: PrioritisationRepository,
    private readonly rounds: RoundRepository,
    private readonly questionRepo: ResearchQuestionRepository,
    private readonly questions: ResearchQuestionsService,
    private readonly audit: AuditService,
  ) {}

  async start(workspaceId: string, roundId: string, dto: StartPrioritisationDto, actor: RequestUser) {
    const round = await this.requireRound(workspaceId, roundId);
    if (round.status !== 'synthesis')
      throw new ConflictException(
        `Prioritisation starts from a round in synthesis; this round is ${round.status}.`,
      );
    const live = (await this.questionRepo.listForRound(workspaceId, roundId)).filter(
      (q) => q.status !== 'merged' && q.status !== 'archived',
    );
    const liveIds = new Set(live.map((q) => q.id));
    const shortlist = dto.researchQuestionIds ? [...new Set(dto.researchQuestionIds)] : live.map((q) => q.id);
    const foreign = shortlist.filter((id) => !liveIds.has(id));
    if (foreign.length)
      throw new BadRequestException({
        message: 'The shortlist can only hold live research questions of this round.',
        details: foreign.map(
          (id) => `researchQuestionIds: ${id} is not a live research question of this round`,
        ),
      });
    if (shortlist.length < 2)
      throw new BadRequestException({
        message: 'Prioritising needs at least two research questions.',
        details: ['researchQuestionIds: choose at least two research questions'],
      });
    const settings: PrioritisationSettings = {
      ...DEFAULT_SETTINGS,
      ...stripUndefined({
        method: dto.method,
        maxPicks: dto.maxPicks,
        rankTop: dto.rankTop,
        minGroupBallots: dto.minGroupBallots,
      }),
      weights: { ...DEFAULT_SETTINGS.weights, ...stripUndefined(dto.weights ?? {}) },
    };
    if (settings.rankTop > settings.maxPicks)
      throw new BadRequestException({
        message: 'Participants cannot rank more questions than they pick.',
        details: ['rankTop must not exceed maxPicks'],
      });
    checkWeights(settings.weights);
    await this.repo.transaction(async (manager) => {
      await this.repo.saveSettings(
        {
          roundId,
          workspaceId,
          method: settings.method,
          maxPicks: settings.maxPicks,
          rankTop: settings.rankTop,
          weights: settings.weights,
          minGroupBallots: settings.minGroupBallots,
          startedBy: actor.id,
        },
        manager,
      );
      await this.repo.setShortlist(roundId, shortlist, manager);
      round.status = 'prioritising';
      await this.rounds.save(round, manager);
      await this.audit.record(
        {
          action: 'prioritisation.started',
          subjectType: 'round',
          subjectId: roundId,
          workspaceId,
          actor,
          before: { status: 'synthesis' },
          after: { status: 'prioritising', ...settings, shortlist },
        },
        manager,
      );
    });
    return this.results(workspaceId, roundId);
  }

  async update(workspaceId: string, roundId: string, dto: UpdatePrioritisationDto, actor: RequestUser) {
    await this.requireRound(workspaceId, roundId);
    const current = await this.repo.findSettings(roundId);
    if (!current) throw new NotFoundException('Prioritisation has not started for this round.');
    const before = settingsOf(current);
    const weights = { ...current.weights, ...stripUndefined(dto.weights ?? {}) };
    checkWeights(weights);
    await this.repo.transaction(async (manager) => {
      await this.repo.saveSettings(
        { ...current, weights, minGroupBallots: dto.minGroupBallots ?? current.minGroupBallots },
        manager,
      );
      await this.audit.record(
        {
          action: 'prioritisation.settings_changed',
          subjectType: 'round',
          subjectId: roundId,
          workspaceId,
          actor,
          before: { weights: before.weights, minGroupBallots: before.minGroupBallots },
          after: { weights, minGroupBallots: dto.minGroupBallots ?? current.minGroupBallots },
        },
        manager,
      );
    });
    return this.results(workspaceId, roundId);
  }

  async results(workspaceId: string, roundId: string): Promise<PrioritisationResults> {
    const round = await this.requireRound(workspaceId, roundId);
    return this.resultsFor(round);
  }

  /**
   * Results of a round already known to exist (also used by publication, which passes its transaction's
   * manager so the agenda it stores is computed from what that transaction sees).
   */
  async resultsFor(round: RoundEntity, manager?: EntityManager): Promise<PrioritisationResults> {
    const settings = await this.repo.findSettings(round.id, manager);
    if (!settings)
      return {
        roundId: round.id,
        settings: DEFAULT_SETTINGS,
        status: 'not_started',
        ballotsPerGroup: { youth: 0, parent: 0, professional: 0, policy_research_education: 0 },
        lowResponseGroups: [...PRIORITY_GROUPS],
        effectiveWeights: {},
        questions: [],
        agreement: [],
      };
    const shortlist = await this.repo.shortlist(round.id, manager);
    const computed =
      settings.method === 'ranking'
        ? computeResults(shortlist, settings, {
            method: 'ranking',
            points: await this.repo.ballotPoints(round.id, settings.rankTop, manager),
            voters: await this.repo.ballotCounts(round.id, manager),
          })
        : computeResults(shortlist, settings, {
            method: 'pairwise',
            comparisons: await this.repo.comparisons(round.id, manager),
            voters: await this.repo.pairwiseVoters(round.id, manager),
          });
    return {
      roundId: round.id,
      settings: settingsOf(settings),
      status: round.status === 'prioritising' ? 'voting' : 'closed',
      ...computed,
    };
  }

  /** The moderators' reason for a question's place on the agenda. */
  async setRationale(
    workspaceId: string,
    roundId: string,
    questionId: string,
    rationale: string,
    actor: RequestUser,
  ): Promise<ResearchQuestion> {
    const round = await this.requireRound(workspaceId, roundId);
    if (round.status === 'archived') throw new ConflictException('The round is archived.');
    return this.questionRepo.transaction(async (manager) => {
      const q = await this.questionRepo.findInRound(workspaceId, roundId, questionId, manager, true);
      if (!q) throw new NotFoundException(`No research question ${questionId} in this round.`);
      const updated = await this.questionRepo.update(q.id, { rationale: rationale.trim() }, manager);
      await this.audit.record(
        {
          action: 'research_question.rationale_set',
          subjectType: 'research_question',
          subjectId: q.id,
          workspaceId,
          actor,
          before: { rationale: q.rationale },
          after: { rationale: updated.rationale },
        },
        manager,
      );
      const [view] = await this.questions.views([updated]);
      return view as ResearchQuestion;
    });
  }

  private async requireRound(workspaceId: string, roundId: string): Promise<RoundEntity> {
    const round = await this.rounds.findInWorkspace(workspaceId, roundId);
    if (!round) throw new NotFoundException('No such round in this workspace.');
    return round;
  }
}

function checkWeights(weights: Record<PriorityGroup, number>): void {
  if (!Object.values(weights).some((w) => w > 0))
    throw new BadRequestException({
      message: 'At least one group needs a weight above zero.',
      details: ['weights: all weights are zero'],
    });
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
