import { expect, request, type APIRequestContext } from '@playwright/test';
import type {
  BallotRequest,
  BallotResponse,
  CreateSubmissionResponse,
  ModerationQueueResponse,
  ParticipantGroup,
  PrioritisationResults,
  ResearchQuestion,
  SessionResponse,
  StaffRoundResponse,
  StartPrioritisationRequest,
  Theme,
  WorkbenchResponse,
} from '@inbreng/contracts';

export const DEMO_PASSWORD = 'inbreng-demo';

/** A unique slug per test run and project, so @phone tests (run on both projects) never collide. */
export function uniqueSlug(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;
}

/**
 * Seeds data through the staff API as a logged-in demo user (own cookie jar, with the CSRF header on every
 * write), the way a moderator's browser would. Each call checks its own response, so a seeding failure
 * names the call that failed rather than a later assertion.
 */
export class StaffApi {
  private constructor(
    private readonly api: APIRequestContext,
    readonly workspaceId: string,
    private readonly xsrf: string,
  ) {}

  static async login(baseURL: string, email = 'admin@inbreng.local'): Promise<StaffApi> {
    const api = await request.newContext({ baseURL });
    const login = await api.post('/api/auth/login', { data: { email, password: DEMO_PASSWORD } });
    expect(login.ok(), await login.text()).toBe(true);
    const session = (await login.json()) as SessionResponse;
    const workspaceId = session.user?.memberships[0]?.workspaceId ?? '';
    const xsrf = (await api.storageState()).cookies.find((c) => c.name === 'XSRF-TOKEN')?.value ?? '';
    return new StaffApi(api, workspaceId, xsrf);
  }

  async dispose(): Promise<void> {
    await this.api.dispose();
  }

  private base(roundId?: string): string {
    const ws = `/api/staff/workspaces/${this.workspaceId}`;
    return roundId ? `${ws}/rounds/${roundId}` : `${ws}/rounds`;
  }

  private async send<T>(method: 'post' | 'put' | 'patch', url: string, data: unknown): Promise<T> {
    const res = await this.api[method](url, { headers: { 'X-XSRF-TOKEN': this.xsrf }, data });
    expect(res.ok(), `${method.toUpperCase()} ${url}: ${await res.text()}`).toBe(true);
    return (await res.json()) as T;
  }

  private async get<T>(url: string): Promise<T> {
    const res = await this.api.get(url);
    expect(res.ok(), `GET ${url}: ${await res.text()}`).toBe(true);
    return (await res.json()) as T;
  }

  async createOpenRound(opts: {
    slug: string;
    title: string;
    groups?: ParticipantGroup[];
  }): Promise<StaffRoundResponse> {
    const round = await this.send<StaffRoundResponse>('post', this.base(), {
      slug: opts.slug,
      title: opts.title,
      introduction: 'Een ronde voor de e2e-test.',
      prompt: 'Wat wil je kwijt?',
      allowedGroups: opts.groups ?? ['youth', 'parent', 'professional'],
      lifeDomains: [
        { code: 'school_work', label: 'school en werk' },
        { code: 'home_family', label: 'thuis en gezin' },
      ],
      retentionDays: 365,
    });
    return this.transition(round.id, 'open');
  }

  transition(roundId: string, to: string): Promise<StaffRoundResponse> {
    return this.send<StaffRoundResponse>('post', `${this.base(roundId)}/transition`, { to });
  }

  async pending(roundId: string): Promise<ModerationQueueResponse> {
    return this.get<ModerationQueueResponse>(`${this.base(roundId)}/submissions?status=pending&limit=100`);
  }

  /** Sends these responses' open answers to one question on to synthesis, as submissions of their writers. */
  async sendToSynthesis(
    questionnaireId: string,
    questionKey: string,
    responseIds: string[],
    kind: 'experience' | 'question' = 'experience',
  ): Promise<{ created: number }> {
    return this.send<{ created: number }>(
      'post',
      `/api/staff/workspaces/${this.workspaceId}/questionnaires/${questionnaireId}/to-synthesis`,
      { questionKey, kind, responseIds },
    );
  }

  /** Approves every pending submission of the round and returns their ids. */
  async approveAll(roundId: string): Promise<string[]> {
    const queue = await this.pending(roundId);
    const ids = queue.items.map((i) => i.id);
    if (ids.length) await this.send('post', `${this.base(roundId)}/submissions/bulk-approve`, { ids });
    return ids;
  }

  workbench(roundId: string): Promise<WorkbenchResponse> {
    return this.get<WorkbenchResponse>(`${this.base(roundId)}/workbench`);
  }

  createTheme(roundId: string, name: string, submissionIds: string[]): Promise<Theme> {
    return this.send<Theme>('post', `${this.base(roundId)}/themes`, { name, submissionIds });
  }

  createResearchQuestion(
    roundId: string,
    text: string,
    themeIds: string[],
    population = 'jongeren en gezinnen in Utrecht',
  ): Promise<ResearchQuestion> {
    return this.send<ResearchQuestion>('post', `${this.base(roundId)}/research-questions`, {
      text,
      population,
      themeIds,
    });
  }

  startPrioritisation(roundId: string, body: StartPrioritisationRequest): Promise<PrioritisationResults> {
    return this.send<PrioritisationResults>('post', `${this.base(roundId)}/prioritisation`, body);
  }

  setRationale(roundId: string, questionId: string, rationale: string): Promise<ResearchQuestion> {
    return this.send<ResearchQuestion>(
      'put',
      `${this.base(roundId)}/research-questions/${questionId}/rationale`,
      { rationale },
    );
  }

  results(roundId: string): Promise<PrioritisationResults> {
    return this.get<PrioritisationResults>(`${this.base(roundId)}/prioritisation/results`);
  }
}

/** Public (participant) calls, for the voters a test does not drive through the pages. */
export class PublicApi {
  private constructor(private readonly api: APIRequestContext) {}

  static async create(baseURL: string): Promise<PublicApi> {
    return new PublicApi(await request.newContext({ baseURL }));
  }

  async dispose(): Promise<void> {
    await this.api.dispose();
  }

  async submit(
    slug: string,
    body: {
      group: ParticipantGroup;
      ageBand?: string;
      text: string;
      quoteConsent?: boolean;
      returnCode?: string;
    },
  ): Promise<CreateSubmissionResponse> {
    const res = await this.api.post(`/api/public/rounds/${slug}/submissions`, {
      data: {
        idempotencyKey: crypto.randomUUID(),
        kind: 'experience',
        lifeDomains: ['school_work'],
        consent: true,
        ...body,
      },
    });
    expect(res.ok(), await res.text()).toBe(true);
    return (await res.json()) as CreateSubmissionResponse;
  }

  /** Deletes everything of this return code, as a participant does on "Mijn inbreng". */
  async deleteMyData(returnCode: string): Promise<void> {
    const res = await this.api.delete(`/api/public/my-input/${encodeURIComponent(returnCode)}`, {
      data: { confirm: true },
    });
    expect(res.ok(), await res.text()).toBe(true);
  }

  async ballot(
    slug: string,
    body: Omit<BallotRequest, 'idempotencyKey' | 'consent'>,
  ): Promise<BallotResponse> {
    const res = await this.api.put(`/api/public/rounds/${slug}/ballot`, {
      data: { idempotencyKey: crypto.randomUUID(), consent: true, ...body },
    });
    expect(res.ok(), await res.text()).toBe(true);
    return (await res.json()) as BallotResponse;
  }
}
