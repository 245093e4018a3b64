import { expect, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import type {
  SessionResponse,
  StaffQuestionnaireResponse,
  StaffRoundSummary,
  UpsertQuestionnaireRequest,
} from '@inbreng/contracts';

export interface SeededQuestionnaire {
  id: string;
  workspaceId: string;
  roundId: string;
  /** Staff API base of this questionnaire (logged in as the moderator in `api`). */
  staffUrl: string;
  /** Public API base of this questionnaire in the demo round. */
  publicUrl: string;
  headers: Record<string, string>;
}

/** Logs in as the demo moderator, creates a questionnaire in the demo round and opens it. */
export async function seedOpenQuestionnaire(
  api: APIRequestContext,
  body: UpsertQuestionnaireRequest,
): Promise<SeededQuestionnaire> {
  const login = await api.post('/api/auth/login', {
    data: { email: 'moderator@inbreng.local', password: 'inbreng-demo' },
  });
  expect(login.ok(), await login.text()).toBe(true);
  const session = (await login.json()) as SessionResponse;
  const workspaceId = session.user?.memberships[0]?.workspaceId ?? '';
  const xsrf = (await api.storageState()).cookies.find((c) => c.name === 'XSRF-TOKEN')?.value ?? '';
  const headers = { 'X-XSRF-TOKEN': xsrf };
  const rounds = (await (
    await api.get(`/api/staff/workspaces/${workspaceId}/rounds`)
  ).json()) as StaffRoundSummary[];
  const roundId = rounds.find((r) => r.slug === 'demo')?.id ?? '';
  const created = await api.post(`/api/staff/workspaces/${workspaceId}/rounds/${roundId}/questionnaires`, {
    headers,
    data: body,
  });
  expect(created.ok(), await created.text()).toBe(true);
  const { id } = (await created.json()) as StaffQuestionnaireResponse;
  const staffUrl = `/api/staff/workspaces/${workspaceId}/questionnaires/${id}`;
  const opened = await api.post(`${staffUrl}/transition`, { headers, data: { to: 'open' } });
  expect(opened.ok(), await opened.text()).toBe(true);
  return {
    id,
    workspaceId,
    roundId,
    staffUrl,
    publicUrl: `/api/public/rounds/demo/questionnaires/${id}`,
    headers,
  };
}

/** A page in a phone-sized context (390 × 844, touch), whatever project the test runs in. */
export async function phonePage(browser: Browser, baseURL: string | undefined): Promise<Page> {
  const context = await browser.newContext({
    baseURL,
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    locale: 'nl-NL',
  });
  return context.newPage();
}

export async function noHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}
