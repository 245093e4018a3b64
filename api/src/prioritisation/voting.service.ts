import {
  BadRequestException,
  ConflictException,
  Inject,
  Injectable,
  NotFoundException,
} from '@nestjs/common';
import {
  PRIORITY_GROUP_OF,
  type BallotResponse,
  type PairwiseVoteResponse,
  type PublicPrioritisationResponse,
} from '@inbreng/contracts';
import type { ParticipantIdentityDto } from '../common/dto/participant-identity.dto';
import { APP_CONFIG, type AppConfig } from '../config/config.schema';
import { requireAccessCode } from '../participants/access-code';
import type { ParticipantEntity } from '../participants/participant.entity';
import { ParticipantRepository } from '../participants/participant.repository';
import {
  deriveReturnCode,
  formatReturnCode,
  hashIdempotencyKey,
  hashReturnCode,
  normalizeReturnCode,
} from '../participants/return-code';
import type { RoundEntity } from '../rounds/round.entity';
import { RoundRepository } from '../rounds/round.repository';
import type { BallotDto, PairwiseVoteDto } from './dto/voting.dto';
import type { PrioritisationEntity } from './prioritisation.entity';
import { PrioritisationRepository, type ShortlistRow } from './prioritisation.repository';

const UNKNOWN_CODE =
  'This return code is not known for this round. Check it, or leave it out to start afresh.';

/** Public voting: ranking ballots (one per return code) and pairwise comparisons. */
@Injectable()
export class VotingService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repo: PrioritisationRepository,
    private readonly rounds: RoundRepository,
    private readonly participants: ParticipantRepository,
  ) {}

  async publicView(slug: string): Promise<PublicPrioritisationResponse> {
    const { round, settings } = await this.load(slug);
    const shortlist = await this.repo.shortlist(round.id);
    return {
      round: { slug: round.slug, title: round.title, status: round.status },
      method: settings.method,
      maxPicks: Math.min(settings.maxPicks, shortlist.length),
      rankTop: Math.min(settings.rankTop, shortlist.length),
      questions: shortlist.map((q) => ({
        researchQuestionId: q.researchQuestionId,
        text: q.text,
        population: q.population,
      })),
      allowedGroups: round.allowedGroups,
      acceptingVotes: round.status === 'prioritising',
    };
  }

  async ballot(slug: string, dto: BallotDto): Promise<BallotResponse> {
    const { round, settings } = await this.load(slug, true);
    requireAccessCode(this.config.RETURN_CODE_SECRET, round.accessCodeHash, dto.accessCode);
    if (settings.method !== 'ranking')
      throw new ConflictException('This round votes in pairs, not with a ballot.');
    const shortlist = await this.repo.shortlist(round.id);
    this.checkBallot(dto, settings, shortlist);
    this.checkVoter(round, dto);
    const { participant, returnCode } = await this.voter(round, dto);
    const rankOf = new Map(dto.ranking.map((id, i) => [id, i + 1]));
    const { ballot, replaced } = await this.repo.transaction((manager) =>
      this.repo.replaceBallot(
        {
          workspaceId: round.workspaceId,
          roundId: round.id,
          participantId: participant.id,
          priorityGroup: PRIORITY_GROUP_OF[participant.group],
        },
        dto.picks.map((id) => ({ researchQuestionId: id, rank: rankOf.get(id) ?? null })),
        manager,
      ),
    );
    return {
      returnCode: formatReturnCode(returnCode),
      group: participant.group,
      picks: dto.picks,
      ranking: dto.ranking,
      replaced,
      updatedAt: ballot.updatedAt.toISOString(),
    };
  }

  async getBallot(slug: string, rawCode: string): Promise<BallotResponse> {
    const { round } = await this.load(slug);
    const code = normalizeReturnCode(rawCode);
    const participant = code ? await this.participants.findByCodeHash(hashReturnCode(code)) : null;
    if (!code || !participant || participant.roundId !== round.id) throw new NotFoundException(UNKNOWN_CODE);
    const ballot = await this.repo.findBallot(participant.id);
    if (!ballot) throw new NotFoundException('There is no ballot for this return code yet.');
    const items = await this.repo.ballotItems(ballot.id);
    return {
      returnCode: formatReturnCode(code),
      group: participant.group,
      picks: items.map((i) => i.researchQuestionId),
      ranking: items
        .filter((i) => i.rank !== null)
        .sort((a, b) => (a.rank as number) - (b.rank as number))
        .map((i) => i.researchQuestionId),
      replaced: false,
      updatedAt: ballot.updatedAt.toISOString(),
    };
  }

  /** The pair this participant should see next: the least-compared pair they have not seen yet. */
  async nextPair(slug: string, rawCode: string | undefined): Promise<{ next: [string, string] | null }> {
    const { round, settings } = await this.load(slug);
    if (settings.method !== 'pairwise')
      throw new ConflictException('This round votes with a ballot, not in pairs.');
    let participantId: string | null = null;
    if (rawCode) {
      const code = normalizeReturnCode(rawCode);
      const p = code ? await this.participants.findByCodeHash(hashReturnCode(code)) : null;
      if (!p || p.roundId !== round.id) throw new NotFoundException(UNKNOWN_CODE);
      participantId = p.id;
    }
    return { next: await this.pickPair(round.id, participantId) };
  }

  async pairwiseVote(slug: string, dto: PairwiseVoteDto): Promise<PairwiseVoteResponse> {
    const { round, settings } = await this.load(slug, true);
    requireAccessCode(this.config.RETURN_CODE_SECRET, round.accessCodeHash, dto.accessCode);
    if (settings.method !== 'pairwise')
      throw new ConflictException('This round votes with a ballot, not in pairs.');
    const shortlist = new Set((await this.repo.shortlist(round.id)).map((q) => q.researchQuestionId));
    const [a, b] = dto.pair;
    const problems: string[] = [];
    if (a === b) problems.push('pair: the two questions must differ');
    for (const id of dto.pair)
      if (!shortlist.has(id)) problems.push(`pair: ${id} is not on this round's shortlist`);
    if (dto.choice !== null && dto.choice !== a && dto.choice !== b)
      problems.push('choice: must be one of the two questions of the pair, or null to skip');
    if (problems.length)
      throw new BadRequestException({ message: 'This vote cannot be counted.', details: problems });
    this.checkVoter(round, dto);
    const { participant, returnCode } = await this.voter(round, dto);
    await this.repo.insertPairwiseVote({
      roundId: round.id,
      participantId: participant.id,
      priorityGroup: PRIORITY_GROUP_OF[participant.group],
      idempotencyKeyHash: hashIdempotencyKey(`pair:${dto.idempotencyKey}`),
      aId: a,
      bId: b,
      winnerId: dto.choice,
    });
    return {
      returnCode: formatReturnCode(returnCode),
      votes: await this.repo.votesOf(participant.id),
      next: await this.pickPair(round.id, participant.id),
    };
  }

  private async pickPair(roundId: string, participantId: string | null): Promise<[string, string] | null> {
    const ids = (await this.repo.shortlist(roundId)).map((q) => q.researchQuestionId).sort();
    const { counts, seen } = await this.repo.pairCounts(roundId, participantId);
    let best: [string, string] | null = null;
    let bestCount = Infinity;
    let ties = 0;
    for (let i = 0; i < ids.length; i += 1)
      for (let j = i + 1; j < ids.length; j += 1) {
        const key = `${ids[i]}|${ids[j]}`;
        if (seen.has(key)) continue;
        const n = counts.get(key) ?? 0;
        if (n < bestCount) {
          best = [ids[i] as string, ids[j] as string];
          bestCount = n;
          ties = 1;
        } else if (n === bestCount) {
          // reservoir sampling among equally rare pairs, so voters don't all see the same first pair
          ties += 1;
          if (Math.random() * ties < 1) best = [ids[i] as string, ids[j] as string];
        }
      }
    if (best && Math.random() < 0.5) best = [best[1], best[0]];
    return best;
  }

  private checkBallot(dto: BallotDto, settings: PrioritisationEntity, shortlist: ShortlistRow[]): void {
    const allowed = new Set(shortlist.map((q) => q.researchQuestionId));
    const maxPicks = Math.min(settings.maxPicks, shortlist.length);
    const rankTop = Math.min(settings.rankTop, dto.picks.length);
    const problems: string[] = [];
    for (const id of dto.picks)
      if (!allowed.has(id)) problems.push(`picks: ${id} is not on this round's shortlist`);
    if (new Set(dto.picks).size !== dto.picks.length) problems.push('picks: a question is picked twice');
    if (dto.picks.length > maxPicks) problems.push(`picks: at most ${maxPicks} questions may be picked`);
    if (new Set(dto.ranking).size !== dto.ranking.length) problems.push('ranking: a question appears twice');
    const picked = new Set(dto.picks);
    for (const id of dto.ranking) if (!picked.has(id)) problems.push(`ranking: ${id} is not among the picks`);
    if (dto.ranking.length > rankTop) problems.push(`ranking: rank at most ${rankTop} questions`);
    if (problems.length)
      throw new BadRequestException({ message: 'This ballot cannot be counted.', details: problems });
  }

  private checkVoter(round: RoundEntity, dto: ParticipantIdentityDto): void {
    if (dto.returnCode !== undefined) return; // a returning participant keeps their group
    const problems: string[] = [];
    if (!round.allowedGroups.includes(dto.group))
      problems.push(
        `group "${dto.group}" cannot take part in this round (allowed: ${round.allowedGroups.join(', ')})`,
      );
    if (dto.group === 'youth' && !dto.ageBand) problems.push('ageBand is required for youth');
    if (dto.group !== 'youth' && dto.ageBand) problems.push('ageBand is only asked of youth');
    if (problems.length)
      throw new BadRequestException({ message: 'Some answers do not fit this round.', details: problems });
  }

  /** The participant behind a return code, or a new one whose code derives from the idempotency key. */
  private async voter(
    round: RoundEntity,
    dto: ParticipantIdentityDto,
  ): Promise<{ participant: ParticipantEntity; returnCode: string }> {
    if (dto.returnCode !== undefined) {
      const code = normalizeReturnCode(dto.returnCode);
      const participant = code ? await this.participants.findByCodeHash(hashReturnCode(code)) : null;
      if (!code || !participant || participant.roundId !== round.id)
        throw new NotFoundException(UNKNOWN_CODE);
      return { participant, returnCode: code };
    }
    const returnCode = deriveReturnCode(this.config.RETURN_CODE_SECRET, dto.idempotencyKey);
    const participant = await this.participants.createOnce({
      workspaceId: round.workspaceId,
      roundId: round.id,
      returnCodeHash: hashReturnCode(returnCode),
      group: dto.group,
      ageBand: dto.ageBand ?? null,
    });
    if (participant.roundId !== round.id)
      throw new ConflictException('This idempotency key was used for another round.');
    return { participant, returnCode };
  }

  private async load(
    slug: string,
    forVoting = false,
  ): Promise<{ round: RoundEntity; settings: PrioritisationEntity }> {
    const round = await this.rounds.findBySlug(slug);
    if (!round || round.status === 'draft') throw new NotFoundException(`There is no round at "/r/${slug}".`);
    const settings = await this.repo.findSettings(round.id);
    if (!settings) throw new NotFoundException('This round has no prioritisation.');
    if (forVoting && round.status !== 'prioritising')
      throw new ConflictException(
        round.status === 'published' || round.status === 'archived'
          ? 'Voting has ended: the agenda is published.'
          : 'Voting has not started for this round.',
      );
    return { round, settings };
  }
}
