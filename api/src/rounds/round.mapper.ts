import type { PublicRoundSummary, StaffRoundResponse, StaffRoundSummary } from '@inbreng/contracts';
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

export function toStaffRoundResponse(r: RoundEntity): StaffRoundResponse {
  return {
    ...toStaffRoundSummary(r),
    introduction: r.introduction,
    prompt: r.prompt,
    groupPrompts: r.groupPrompts,
    allowedGroups: r.allowedGroups,
    lifeDomains: r.lifeDomains,
    wijken: r.wijken,
    inputLines: r.inputLines,
    hasAccessCode: r.accessCodeHash !== null,
    retentionDays: r.retentionDays,
    updatedAt: r.updatedAt.toISOString(),
  };
}
