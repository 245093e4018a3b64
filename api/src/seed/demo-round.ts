import {
  DEFAULT_LIFE_DOMAIN_OPTIONS,
  KNOWLEDGE_TYPE_OF_GROUP,
  toCode,
  UTRECHT_WIJKEN,
} from '@inbreng/contracts';
import { randomUUID } from 'node:crypto';
import type { RoundEntity } from '../rounds/round.entity';
import type { NewSubmission } from '../submissions/submission.repository';
import type { SubmissionEntity } from '../submissions/submission.entity';
import { screenText } from '../submissions/text-screening';
import { deriveReturnCode, hashIdempotencyKey, hashReturnCode } from '../participants/return-code';
import type { DemoSubmission } from './demo-submissions.nl';

export const DEMO_ROUND: Partial<RoundEntity> = {
  slug: 'demo',
  title: 'Wat moet er beter aan de hulp voor jongeren en gezinnen in Utrecht?',
  introduction:
    'Vertel ons wat jij meemaakt met hulp, school, thuis of in je wijk. Wat gaat goed? Wat moet beter? Jouw vragen en ervaringen bepalen wat we gaan onderzoeken.',
  prompt: 'Wat moet er beter aan de hulp voor jongeren en gezinnen in Utrecht?',
  groupPrompts: {
    youth: 'Wat heb jij meegemaakt met hulp, school of thuis? Wat zou jij anders willen?',
    parent: 'Wat maakt u mee als ouder of opvoeder? Waar loopt u tegenaan, wat helpt u?',
    professional: 'Welke vraag uit uw praktijk zou onderzocht moeten worden?',
  },
  allowedGroups: ['youth', 'parent', 'professional', 'policy', 'research', 'education'],
  lifeDomains: DEFAULT_LIFE_DOMAIN_OPTIONS,
  wijken: UTRECHT_WIJKEN,
  inputLines: [
    { code: 'spoor-1', label: 'Spoor 1: vanuit praktijk en beleid' },
    { code: 'spoor-2', label: 'Spoor 2: vanuit onderzoek en onderwijs' },
  ],
  retentionDays: 730,
  status: 'open',
};

export interface SeedParticipant {
  id: string;
  returnCodeHash: string;
  group: DemoSubmission['group'];
  ageBand: DemoSubmission['ageBand'] | null;
}

/**
 * Turns the written demo texts into participants and submissions, running the real crisis and
 * privacy screening; every fourth participant adds a second item, as real people do.
 */
export function buildDemoRows(
  round: Pick<RoundEntity, 'id' | 'workspaceId'>,
  items: DemoSubmission[],
  now = Date.now(),
) {
  const participants: SeedParticipant[] = [];
  const submissions: Array<NewSubmission & Partial<SubmissionEntity>> = [];
  let previous: SeedParticipant | undefined;
  items.forEach((item, i) => {
    const reuse =
      previous && i % 4 === 1 && previous.group === item.group && previous.ageBand === (item.ageBand ?? null);
    const participant: SeedParticipant =
      reuse && previous
        ? previous
        : {
            id: randomUUID(),
            returnCodeHash: hashReturnCode(deriveReturnCode(randomUUID(), randomUUID())),
            group: item.group,
            ageBand: item.ageBand ?? null,
          };
    if (!reuse) participants.push(participant);
    previous = participant;
    const screening = screenText(item.text);
    const status = screening.urgent ? 'pending' : item.status;
    const createdAt = new Date(now - item.daysAgo * 86_400_000 - (i % 24) * 3_600_000);
    submissions.push({
      workspaceId: round.workspaceId,
      roundId: round.id,
      participantId: participant.id,
      idempotencyKeyHash: hashIdempotencyKey(randomUUID()),
      group: item.group,
      ageBand: item.ageBand ?? null,
      knowledgeType: KNOWLEDGE_TYPE_OF_GROUP[item.group],
      kind: item.kind,
      originalText: item.text,
      redactedText: screening.redactedText,
      lifeDomains: item.lifeDomains,
      wijk: item.wijk ? toCode(item.wijk) : null,
      inputLine: item.inputLine ?? null,
      status,
      urgent: screening.urgent,
      crisisCategories: screening.crisisCategories,
      piiKinds: screening.piiKinds,
      // most people agree to be quoted; some do not, so the agenda shows the difference
      quoteConsent: i % 3 !== 2,
      rejectionReason: status === 'rejected' ? (item.rejectionReason ?? 'other') : null,
      createdAt,
      moderatedAt: status === 'pending' ? null : new Date(createdAt.getTime() + 86_400_000),
    });
  });
  return { participants, submissions };
}
