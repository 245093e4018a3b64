import { OTHER_OPTION_KEY, UTRECHT_WIJKEN, type Answers } from '@inbreng/contracts';
import { normalizeAnswers, validateAnswers } from '@inbreng/questionnaire';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { deriveReturnCode, hashReturnCode } from '../participants/return-code';
import { ParticipantEntity } from '../participants/participant.entity';
import { toAnswerRows } from '../questionnaires/answer-rows';
import { QuestionnaireOpenAnswerEntity } from '../questionnaires/entities/questionnaire-open-answer.entity';
import { QuestionnaireResponseEntity } from '../questionnaires/entities/questionnaire-response.entity';
import { QuestionnaireVersionEntity } from '../questionnaires/entities/questionnaire-version.entity';
import { QuestionnaireEntity } from '../questionnaires/entities/questionnaire.entity';
import { insertAnswerRows } from '../questionnaires/response.repository';
import type { RoundEntity } from '../rounds/round.entity';
import { screenText } from '../submissions/text-screening';
import {
  DEMO_QUESTIONNAIRE,
  DEMO_QUESTIONNAIRE_INTRO,
  DEMO_QUESTIONNAIRE_TITLE,
  HELP_BARRIERS,
  HELP_GOOD,
  HELP_POOR,
  IDEAS,
  LOW_MARK_REASONS,
  OTHER_HELP_PLACES,
  OTHER_WORRIES,
} from './demo-questionnaire.nl';

export const DEMO_RESPONSE_COUNT = 152;
/** Of which this many are still being filled in. */
export const DEMO_IN_PROGRESS = 9;

/** Small deterministic PRNG (mulberry32): the demo looks the same on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** How a wijk feels to parents in the demo: safety and facilities push marks and Likert answers up or down. */
const WIJK_MOOD: Record<string, number> = {
  noordwest: 0,
  overvecht: -1.5,
  noordoost: 0.5,
  oost: 1,
  binnenstad: 0.5,
  zuid: 0,
  zuidwest: -1,
  west: 0,
  'leidsche-rijn': 1,
  'vleuten-de-meern': 1.5,
};
const WIJK_WEIGHTS: Record<string, number> = {
  overvecht: 3,
  zuidwest: 2.5,
  'leidsche-rijn': 2,
  noordwest: 1.5,
};

export interface DemoResponse {
  wijk: string;
  status: 'in_progress' | 'submitted';
  answers: Answers;
  createdAt: Date;
  submittedAt: Date | null;
}

/** ~150 parents' responses with the patterns a real survey has (wijk differences, follow-ups, skipped items). */
export function buildDemoResponses(now = Date.now(), seed = 20251123): DemoResponse[] {
  const rnd = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)] as T;
  const weighted = <T extends string>(weights: Record<T, number>): T => {
    const entries = Object.entries(weights) as Array<[T, number]>;
    let r = rnd() * entries.reduce((s, [, w]) => s + w, 0);
    for (const [key, w] of entries) {
      r -= w;
      if (r <= 0) return key;
    }
    return entries[entries.length - 1]?.[0] as T;
  };
  const clamp = (x: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, Math.round(x)));
  const noise = () => (rnd() + rnd() + rnd() - 1.5) * 2; // roughly normal, sd ≈ 1
  const shuffle = <T>(items: readonly T[]): T[] => {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  };
  // Texts are used in a shuffled order, so the same sentence comes back only after the whole pool.
  const cycle = (pool: readonly string[]) => {
    const order = shuffle(pool);
    let i = 0;
    return () => order[i++ % order.length] as string;
  };
  const good = cycle(HELP_GOOD);
  const poor = cycle(HELP_POOR);
  const barrier = cycle(HELP_BARRIERS);
  const idea = cycle(IDEAS);
  const lowMark = cycle(LOW_MARK_REASONS);
  const wijkWeights = Object.fromEntries(UTRECHT_WIJKEN.map((w) => [w.code, WIJK_WEIGHTS[w.code] ?? 1]));

  const out: DemoResponse[] = [];
  for (let i = 0; i < DEMO_RESPONSE_COUNT; i++) {
    const wijk = weighted(wijkWeights);
    const mood = WIJK_MOOD[wijk] ?? 0;
    const a: Answers = {};
    a['kinderen'] = { option: weighted({ een: 3, twee: 4, drie: 2, vier_plus: 1 }) };
    const ages = (['baby', 'basisschool', 'tiener', 'jongvolwassen'] as const).filter(
      (age) => rnd() < { baby: 0.3, basisschool: 0.55, tiener: 0.45, jongvolwassen: 0.12 }[age],
    );
    a['leeftijden'] = { options: ages.length ? ages : ['basisschool'] };
    if (rnd() < 0.7) a['jaren_in_wijk'] = clamp(rnd() * rnd() * 30, 0, 80);

    const worries = (['schermtijd', 'school', 'geld', 'straat', 'gezondheid', 'vrienden', 'mentaal'] as const)
      .filter(
        (w) =>
          rnd() <
          {
            schermtijd: 0.45,
            school: 0.35,
            geld: 0.25,
            straat: 0.2 - mood * 0.08,
            gezondheid: 0.15,
            vrienden: 0.25,
            mentaal: 0.3,
          }[w],
      )
      .slice(0, 3);
    const worryAnswer: { options: string[]; otherText?: string } = {
      options: worries.length ? [...worries] : ['school'],
    };
    if (worryAnswer.options.length < 3 && rnd() < 0.07) {
      worryAnswer.options.push(OTHER_OPTION_KEY);
      worryAnswer.otherText = pick(OTHER_WORRIES);
    }
    a['zorgen'] = worryAnswer;

    const soughtHelp = rnd() < 0.58;
    a['hulp_gezocht'] = { option: soughtHelp ? 'ja' : 'nee' };
    if (soughtHelp) {
      const places = (['huisarts', 'wijkteam', 'school', 'jgz', 'familie', 'internet'] as const).filter(
        (p) =>
          rnd() < { huisarts: 0.35, wijkteam: 0.3, school: 0.4, jgz: 0.25, familie: 0.35, internet: 0.2 }[p],
      );
      const where: { options: string[]; otherText?: string } = {
        options: places.length ? [...places] : ['huisarts'],
      };
      if (rnd() < 0.06) {
        where.options.push(OTHER_OPTION_KEY);
        where.otherText = pick(OTHER_HELP_PLACES);
      }
      a['hulp_waar'] = where;
      // Help from the wijkteam scores a little lower in this demo: waiting lists.
      const mark = clamp(6.8 + noise() * 1.6 - (places.includes('wijkteam') ? 0.7 : 0), 1, 10);
      a['hulp_cijfer'] = mark;
      if (rnd() < 0.55) a['hulp_ervaring'] = mark >= 7 ? good() : poor();
    } else if (rnd() < 0.5) {
      a['hulp_drempel'] = barrier();
    }
    if (rnd() < 0.5) {
      const daysAgo = Math.floor(rnd() * rnd() * 700) + 3;
      a['laatste_gesprek'] = new Date(now - daysAgo * 86_400_000).toISOString().slice(0, 10);
    }

    a['veilig_buiten'] = clamp(3.4 + mood * 0.6 + noise() * 0.9, 1, 5);
    a['stellingen'] = {
      genoeg_te_doen: clamp(2.9 + mood * 0.5 + noise() * 0.9, 1, 5),
      weet_waar: clamp(soughtHelp ? 3.7 + noise() * 0.8 : 2.8 + noise() * 0.9, 1, 5),
      andere_ouders: clamp(3.2 + noise(), 1, 5),
      school_samen: clamp(3.5 + noise() * 0.9, 1, 5),
    };
    if (rnd() < 0.8) {
      const base: Record<string, number> = {
        speelplekken: 1 + mood * 0.3,
        jongerenwerk: 1,
        opvoedsteun: 0.9,
        veiligheid: 1 - mood * 0.6,
        wachttijden: 1.2,
      };
      const score = Object.fromEntries(Object.entries(base).map(([k, v]) => [k, v + noise() * 0.8]));
      a['prioriteiten'] = Object.keys(base).sort((x, y) => (score[y] ?? 0) - (score[x] ?? 0));
    }
    const wijkMark = clamp(6.6 + mood * 0.9 + noise() * 1.3, 1, 10);
    a['cijfer_wijk'] = wijkMark;
    if (wijkMark <= 5 && rnd() < 0.7) a['waarom_laag'] = lowMark();
    if (rnd() < 0.45) a['idee'] = idea();

    const inProgress =
      i % Math.floor(DEMO_RESPONSE_COUNT / DEMO_IN_PROGRESS) === 5 &&
      out.filter((r) => r.status === 'in_progress').length < DEMO_IN_PROGRESS;
    const createdAt = new Date(
      now - (20 - (i * 20) / DEMO_RESPONSE_COUNT) * 86_400_000 - Math.floor(rnd() * 8) * 3_600_000,
    );
    const answers = inProgress ? keepFirstSections(a, 2) : a;
    out.push({
      wijk,
      status: inProgress ? 'in_progress' : 'submitted',
      answers: normalizeAnswers(DEMO_QUESTIONNAIRE, answers),
      createdAt,
      submittedAt: inProgress ? null : new Date(createdAt.getTime() + (4 + Math.floor(rnd() * 20)) * 60_000),
    });
  }
  return out;
}

/** An unfinished response: only the answers of the first sections. */
function keepFirstSections(a: Answers, sections: number): Answers {
  const keys = new Set(
    DEMO_QUESTIONNAIRE.sections.slice(0, sections).flatMap((s) => s.questions.map((q) => q.key)),
  );
  return Object.fromEntries(Object.entries(a).filter(([k]) => keys.has(k)));
}

/** Adds the parents' questionnaire with its demo responses to the demo round (inside the seed's transaction). */
export async function seedDemoQuestionnaire(
  manager: EntityManager,
  round: Pick<RoundEntity, 'id' | 'workspaceId'>,
): Promise<void> {
  const q = await manager.getRepository(QuestionnaireEntity).save({
    workspaceId: round.workspaceId,
    roundId: round.id,
    title: DEMO_QUESTIONNAIRE_TITLE,
    introduction: DEMO_QUESTIONNAIRE_INTRO,
    audience: ['parent'],
    status: 'open',
    minGroupSize: 5,
    currentVersion: 1,
  });
  const version = await manager
    .getRepository(QuestionnaireVersionEntity)
    .save({ questionnaireId: q.id, version: 1, definition: DEMO_QUESTIONNAIRE });
  const responses = buildDemoResponses();
  const participants: Array<Partial<ParticipantEntity>> = [];
  const responseRows: Array<Partial<QuestionnaireResponseEntity>> = [];
  const batch: Parameters<typeof insertAnswerRows>[1] = [];
  const openAnswers: Array<Partial<QuestionnaireOpenAnswerEntity>> = [];
  for (const r of responses) {
    const problems = validateAnswers(DEMO_QUESTIONNAIRE, r.answers, { submit: r.status === 'submitted' });
    if (problems.length)
      throw new Error(`demo response does not fit the questionnaire: ${JSON.stringify(problems)}`);
    const participantId = randomUUID();
    const responseId = randomUUID();
    participants.push({
      id: participantId,
      workspaceId: round.workspaceId,
      roundId: round.id,
      returnCodeHash: hashReturnCode(deriveReturnCode(randomUUID(), randomUUID())),
      group: 'parent',
      ageBand: null,
      createdAt: r.createdAt,
    });
    responseRows.push({
      id: responseId,
      workspaceId: round.workspaceId,
      questionnaireId: q.id,
      versionId: version.id,
      participantId,
      group: 'parent',
      ageBand: null,
      wijk: r.wijk,
      status: r.status,
      answers: r.answers,
      createdAt: r.createdAt,
      updatedAt: r.submittedAt ?? r.createdAt,
      submittedAt: r.submittedAt,
    });
    const { rows, openTexts } = toAnswerRows(DEMO_QUESTIONNAIRE, r.answers);
    batch.push({ responseId, questionnaireId: q.id, rows });
    for (const t of openTexts) {
      const s = screenText(t.text);
      openAnswers.push({
        responseId,
        questionnaireId: q.id,
        questionKey: t.questionKey,
        source: t.source,
        originalText: t.text,
        redactedText: s.redactedText,
        urgent: s.urgent,
        crisisCategories: s.crisisCategories,
        piiKinds: s.piiKinds,
      });
    }
  }
  await manager.getRepository(ParticipantEntity).insert(participants);
  await manager
    .getRepository(QuestionnaireResponseEntity)
    .insert(responseRows as QueryDeepPartialEntity<QuestionnaireResponseEntity>[]);
  await insertAnswerRows(manager, batch);
  await manager.getRepository(QuestionnaireOpenAnswerEntity).insert(openAnswers);
}
