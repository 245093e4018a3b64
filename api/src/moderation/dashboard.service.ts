import { Injectable, NotFoundException } from '@nestjs/common';
import type { CountBucket, RoundDashboard } from '@inbreng/contracts';
import { ParticipantRepository } from '../participants/participant.repository';
import { RoundRepository } from '../rounds/round.repository';
import { SubmissionRepository } from '../submissions/submission.repository';

@Injectable()
export class DashboardService {
  constructor(
    private readonly submissions: SubmissionRepository,
    private readonly participants: ParticipantRepository,
    private readonly rounds: RoundRepository,
  ) {}

  async forRound(workspaceId: string, roundId: string): Promise<RoundDashboard> {
    const round = await this.rounds.findInWorkspace(workspaceId, roundId);
    if (!round) throw new NotFoundException('No such round in this workspace.');
    const [total, byStatus, byGroup, byAgeBand, byLifeDomain, byWijk, byKind, urgentPending, participants] =
      await Promise.all([
        this.submissions.countInRound(workspaceId, roundId),
        this.submissions.countBy(workspaceId, roundId, 'status'),
        this.submissions.countBy(workspaceId, roundId, 'group'),
        this.submissions.countBy(workspaceId, roundId, 'age_band'),
        this.submissions.countBy(workspaceId, roundId, 'life_domains'),
        this.submissions.countBy(workspaceId, roundId, 'wijk'),
        this.submissions.countBy(workspaceId, roundId, 'kind'),
        this.submissions.countUrgentPending(workspaceId, roundId),
        this.participants.countForRound(workspaceId, roundId),
      ]);
    return {
      total,
      byStatus,
      byGroup: withZeros(byGroup, round.allowedGroups),
      byAgeBand,
      byLifeDomain: withZeros(
        byLifeDomain,
        round.lifeDomains.map((d) => d.code),
      ),
      byWijk: withZeros(
        byWijk,
        round.wijken.map((w) => w.code),
      ),
      byKind,
      urgentPending,
      participants,
      underRepresented: underRepresented(byGroup, round.allowedGroups, total),
    };
  }
}

/** Every offered option appears, also those nobody chose: a zero is the finding. */
function withZeros(buckets: CountBucket[], keys: string[]): CountBucket[] {
  const have = new Map(buckets.map((b) => [b.key, b.count]));
  const extra = buckets.filter((b) => !keys.includes(b.key));
  return [...keys.map((key) => ({ key, count: have.get(key) ?? 0 })), ...extra].sort(
    (a, b) => b.count - a.count,
  );
}

/** Groups with less than half of an even share of the input (or none at all). */
export function underRepresented(byGroup: CountBucket[], allowed: string[], total: number): string[] {
  if (!allowed.length) return [];
  const fairShare = total / allowed.length;
  return allowed.filter((g) => (byGroup.find((b) => b.key === g)?.count ?? 0) < fairShare / 2);
}
