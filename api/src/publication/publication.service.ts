import { Injectable, NotFoundException } from '@nestjs/common';
import type { PublicAgendaResponse } from '@inbreng/contracts';
import type { RoundEntity } from '../rounds/round.entity';
import { RoundRepository } from '../rounds/round.repository';
import { AgendaSnapshotService } from './agenda-snapshot.service';
import { toPublicAgenda } from './agenda-snapshot';
import { PublicationRepository, type RoundDataset } from './publication.repository';

/** Statuses in which a round's agenda and anonymised data are public. */
const PUBLIC_STATUSES = new Set(['published', 'archived']);
const QUOTES_PER_ITEM = 3;

/**
 * The published agenda and the anonymised round data, for everyone once a round is published. Ranks, texts and
 * figures come from the agenda stored at publication; quotes and the round data are read live, so a
 * participant's consent and deletion keep applying to their words.
 */
@Injectable()
export class PublicationService {
  constructor(
    private readonly rounds: RoundRepository,
    private readonly snapshots: AgendaSnapshotService,
    private readonly repo: PublicationRepository,
  ) {}

  async agenda(slug: string): Promise<PublicAgendaResponse> {
    return this.agendaOf(await this.publishedRound(slug));
  }

  /** Submissions (redacted, approved only), themes, research questions, their links and the ranking. */
  async dataset(slug: string): Promise<RoundDataset & { agenda: PublicAgendaResponse }> {
    const round = await this.publishedRound(slug);
    const [data, agenda] = await Promise.all([this.repo.dataset(round.id), this.agendaOf(round)]);
    return { ...data, agenda };
  }

  private async agendaOf(round: RoundEntity): Promise<PublicAgendaResponse> {
    const published = await this.snapshots.published(round);
    const quotes = await this.repo.quotes(
      published.snapshot.items.map((i) => i.researchQuestionId),
      QUOTES_PER_ITEM,
    );
    return toPublicAgenda(
      {
        slug: round.slug,
        title: round.title,
        introduction: round.introduction,
        workspaceName: round.workspace?.name ?? '',
      },
      published,
      quotes,
    );
  }

  private async publishedRound(slug: string): Promise<RoundEntity> {
    const round = await this.rounds.findBySlug(slug);
    if (!round || !PUBLIC_STATUSES.has(round.status))
      throw new NotFoundException(`There is no published agenda at "/r/${slug}/agenda".`);
    return round;
  }
}
