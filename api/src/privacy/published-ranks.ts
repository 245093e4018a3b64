import type { RoundEntity } from '../rounds/round.entity';
import type { QuestionRank } from './my-data.mapper';

/**
 * The published ranks of a round's research questions, as the agenda shows them. A port, so the trace does not
 * depend on how prioritisation computes them.
 */
export abstract class PublishedRanks {
  /** True once the round's agenda has been published (it stays true when the round is archived later). */
  abstract isPublished(round: RoundEntity): boolean;
  /** Ranks per research question id; null when the round has no published agenda. */
  abstract forRound(round: RoundEntity): Promise<Map<string, QuestionRank> | null>;
}
