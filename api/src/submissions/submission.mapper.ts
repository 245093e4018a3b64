import type { ModerationItem, PublicSubmission } from '@inbreng/contracts';
import type { SubmissionEntity } from './submission.entity';

/** What anyone outside moderation may see: never the original text. */
export function toPublicSubmission(s: SubmissionEntity): PublicSubmission {
  return {
    id: s.id,
    kind: s.kind,
    text: s.redactedText,
    lifeDomains: s.lifeDomains,
    wijk: s.wijk,
    inputLine: s.inputLine,
    status: s.status,
    rejectionReason: s.rejectionReason,
    rejectionNote: s.rejectionNote,
    urgent: s.urgent,
    createdAt: s.createdAt.toISOString(),
  };
}

export function toModerationItem(s: SubmissionEntity): ModerationItem {
  return {
    id: s.id,
    roundId: s.roundId,
    participantId: s.participantId,
    group: s.group,
    ageBand: s.ageBand,
    knowledgeType: s.knowledgeType,
    kind: s.kind,
    redactedText: s.redactedText,
    lifeDomains: s.lifeDomains,
    wijk: s.wijk,
    inputLine: s.inputLine,
    status: s.status,
    quoteConsent: s.quoteConsent,
    urgent: s.urgent,
    crisisCategories: s.crisisCategories,
    piiKinds: s.piiKinds,
    rejectionReason: s.rejectionReason,
    rejectionNote: s.rejectionNote,
    createdAt: s.createdAt.toISOString(),
    moderatedAt: s.moderatedAt?.toISOString() ?? null,
    moderatedBy: s.moderatedBy,
    sourceQuestionnaireId: s.sourceQuestionnaireId,
    sourceQuestionKey: s.sourceQuestionKey,
  };
}
