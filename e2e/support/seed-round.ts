import type { PrioritisationMethod, ResearchQuestion, StaffRoundResponse } from '@inbreng/contracts';
import { PublicApi, StaffApi, uniqueSlug } from './staff-api';

export const QUESTIONS = [
  'Hoe kan school eerder merken dat het thuis niet goed gaat?',
  'Wat helpt ouders om sneller de juiste hulp te vinden?',
  'Hoe houden jongeren één vaste hulpverlener?',
  'Wat maakt wachten op hulp minder zwaar?',
  'Hoe praten buurtteams en scholen beter samen?',
];

export interface SeededRound {
  round: StaffRoundResponse;
  slug: string;
  questions: ResearchQuestion[];
  staff: StaffApi;
  pub: PublicApi;
  /** Return code of the young person who sent input before voting started. */
  youthCode: string;
}

/**
 * A round that is prioritising: a few approved submissions (through the public API), one theme, research
 * questions on that theme, and prioritisation started with the given settings. Everything through the API.
 */
export async function seedPrioritisingRound(
  baseURL: string,
  opts: {
    prefix: string;
    method?: PrioritisationMethod;
    questions?: number;
    maxPicks?: number;
    rankTop?: number;
    minGroupBallots?: number;
  },
): Promise<SeededRound> {
  const staff = await StaffApi.login(baseURL);
  const pub = await PublicApi.create(baseURL);
  const slug = uniqueSlug(opts.prefix);
  const round = await staff.createOpenRound({ slug, title: `Kiezen ${slug}` });
  const youth = await pub.submit(slug, {
    group: 'youth',
    ageBand: '16-17',
    text: 'Op school vroeg niemand hoe het thuis ging.',
  });
  await pub.submit(slug, { group: 'parent', text: 'We stonden maanden op een wachtlijst zonder uitleg.' });
  await pub.submit(slug, {
    group: 'professional',
    text: 'School en buurtteam weten niet van elkaar wat ze doen.',
  });
  const ids = await staff.approveAll(round.id);
  await staff.transition(round.id, 'closed');
  await staff.transition(round.id, 'synthesis');
  const theme = await staff.createTheme(round.id, 'Hulp op tijd', ids);
  const questions: ResearchQuestion[] = [];
  for (const text of QUESTIONS.slice(0, opts.questions ?? 4)) {
    questions.push(await staff.createResearchQuestion(round.id, text, [theme.id]));
  }
  await staff.startPrioritisation(round.id, {
    researchQuestionIds: questions.map((q) => q.id),
    method: opts.method ?? 'ranking',
    ...(opts.method === 'pairwise' ? {} : { maxPicks: opts.maxPicks ?? 4, rankTop: opts.rankTop ?? 3 }),
    minGroupBallots: opts.minGroupBallots ?? 2,
  });
  return { round, slug, questions, staff, pub, youthCode: youth.returnCode };
}
