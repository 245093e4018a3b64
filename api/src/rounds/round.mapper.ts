import type { PublicRoundSummary, StaffRoundSummary } from '@inbreng/contracts';
import type { RoundEntity } from './round.entity';

export function toPublicRoundSummary(r: RoundEntity): PublicRoundSummary {
  return {
    slug: r.slug,
    title: r.title,
    introduction: r.introduction,
    closesAt: r.closesAt?.toISOString() ?? null,
  };
}

export function toStaffRoundSummary(r: RoundEntity): StaffRoundSummary {
  return {
    id: r.id,
    slug: r.slug,
    title: r.title,
    status: r.status,
    opensAt: r.opensAt?.toISOString() ?? null,
    closesAt: r.closesAt?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
  };
}
