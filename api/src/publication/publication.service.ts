import { Injectable, NotFoundException } from '@nestjs/common';
import { type AgendaItem, type AgendaQuote, type PublicAgendaResponse } from '@inbreng/contracts';
import { PrioritisationService } from '../prioritisation/prioritisation.service';
import type { RoundEntity } from '../rounds/round.entity';
import { RoundRepository } from '../rounds/round.repository';
import { ResearchQuestionRepository } from '../synthesis/research-question.repository';
import { PublicationRepository, type RoundDataset } from './publication.repository';

/** Statuses in which a round's agenda and anonymised data are public. */
const PUBLIC_STATUSES = new Set(['published', 'archived']);
const QUOTES_PER_ITEM = 3;

/** The published agenda and the anonymised round data, for everyone once a round is published. */
@Injectable()
export class PublicationService {
  constructor(
    private readonly rounds: RoundRepository,
    private readonly prioritisation: PrioritisationService,
    private readonly questions: ResearchQuestionRepository,
    private readonly repo: PublicationRepository,
  ) {}

  async agenda(slug: string): Promise<PublicAgendaResponse> {
    const round = await this.publishedRound(slug);
    const results = await this.prioritisation.resultsFor(round);
    const ids = results.questions.map((q) => q.researchQuestionId);
    const [details, counts, quotes] = await Promise.all([
      this.questions.findMany(ids),
      this.questions.counts(ids),
      this.repo.quotes(ids, QUOTES_PER_ITEM),
    ]);
    const byId = new Map(details.map((q) => [q.id, q]));
    const items: AgendaItem[] = results.questions.map((r) => {
      const q = byId.get(r.researchQuestionId);
      const c = counts.get(r.researchQuestionId);
      return {
        rank: r.combinedRank,
        tied: r.tied,
        researchQuestionId: r.researchQuestionId,
        text: q?.text ?? r.text,
        population: q?.population ?? '',
        rationale: q?.rationale ?? '',
        evidenceStatus: q?.evidenceStatus ?? 'unknown',
        perGroup: r.perGroup,
        submissionCount: c?.submissionCount ?? 0,
        byGroup: c?.byGroup ?? {},
        byKnowledgeType: c?.byKnowledgeType ?? {},
        quotes: quotes.get(r.researchQuestionId) ?? ([] as AgendaQuote[]),
      };
    });
    return {
      round: {
        slug: round.slug,
        title: round.title,
        introduction: round.introduction,
        workspaceName: round.workspace?.name ?? '',
      },
      publishedAt: (round.publishedAt ?? round.updatedAt).toISOString(),
      method: results.settings.method,
      ballotsPerGroup: results.ballotsPerGroup,
      effectiveWeights: results.effectiveWeights,
      items,
    };
  }

  /** Submissions (redacted, approved only), themes, research questions, their links and the ranking. */
  async dataset(slug: string): Promise<RoundDataset & { agenda: PublicAgendaResponse }> {
    const round = await this.publishedRound(slug);
    const [data, agenda] = await Promise.all([this.repo.dataset(round.id), this.agenda(slug)]);
    return { ...data, agenda };
  }

  private async publishedRound(slug: string): Promise<RoundEntity> {
    const round = await this.rounds.findBySlug(slug);
    if (!round || !PUBLIC_STATUSES.has(round.status))
      throw new NotFoundException(`There is no published agenda at "/r/${slug}/agenda".`);
    return round;
  }
}
