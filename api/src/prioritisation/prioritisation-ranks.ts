import { Injectable } from '@nestjs/common';
import { PublishedRanks } from '../privacy/published-ranks';
import type { QuestionRank } from '../privacy/my-data.mapper';
import type { RoundEntity } from '../rounds/round.entity';
import { PrioritisationService } from './prioritisation.service';

/** The ranks a participant sees on "Mijn inbreng": the published agenda's, nothing before publication. */
@Injectable()
export class PrioritisationRanks extends PublishedRanks {
  constructor(private readonly prioritisation: PrioritisationService) {
    super();
  }

  isPublished(round: RoundEntity): boolean {
    return round.publishedAt !== null || round.status === 'published';
  }

  async forRound(round: RoundEntity): Promise<Map<string, QuestionRank> | null> {
    if (!this.isPublished(round)) return null;
    const results = await this.prioritisation.resultsFor(round);
    if (results.status === 'not_started') return null;
    return new Map(
      results.questions.map((q) => [
        q.researchQuestionId,
        { combinedRank: q.combinedRank, perGroup: q.perGroup.map((g) => ({ group: g.group, rank: g.rank })) },
      ]),
    );
  }
}
