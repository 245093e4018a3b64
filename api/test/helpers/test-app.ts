import type { INestApplication } from '@nestjs/common';
import { Test, type TestingModuleBuilder } from '@nestjs/testing';
import { randomUUID } from 'node:crypto';
import type { StaffRole } from '@inbreng/contracts';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { AppModule } from '../../src/app.module';
import { PasswordService } from '../../src/auth/password.service';
import { StaffUserRepository } from '../../src/auth/staff-user.repository';
import { loadConfig, type AppConfig } from '../../src/config/config.schema';
import { configureApp } from '../../src/configure-app';
import { RoundRepository } from '../../src/rounds/round.repository';
import { WorkspaceRepository } from '../../src/workspaces/workspace.repository';
import { createTestDatabase } from './test-db';

export interface TestApp {
  app: INestApplication;
  config: AppConfig;
  dataSource: DataSource;
  /** A fresh cookie-keeping client (one browser). */
  agent: () => TestAgent;
  close: () => Promise<void>;
}

/**
 * Boots the whole API, exactly as main.ts does, on a brand-new database. Passport keeps its session
 * serializers in a process-wide singleton, so use one app with staff logins per test file.
 */
export async function createTestApp(
  env: Record<string, string> = {},
  /** Swap providers before the app boots, e.g. `(b) => b.overrideProvider(Clock).useValue(clock)`. */
  customize: (builder: TestingModuleBuilder) => TestingModuleBuilder = (b) => b,
): Promise<TestApp> {
  const db = await createTestDatabase();
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    NODE_ENV: 'test',
    SEED_DEMO: 'false',
    ...env,
    DATABASE_URL: db.url,
  });
  const moduleRef = await customize(
    Test.createTestingModule({ imports: [AppModule.forRoot(config)] }),
  ).compile();
  const app = moduleRef.createNestApplication({ bodyParser: false, logger: false });
  configureApp(app, config);
  // A listening server: supertest would otherwise start one per request, which breaks under concurrency.
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const server = `http://127.0.0.1:${address.port}`;
  return {
    app,
    config,
    dataSource: app.get(DataSource),
    agent: () => request.agent(server),
    close: async () => {
      await app.close();
      await db.drop();
    },
  };
}

let counter = 0;
export function unique(prefix: string): string {
  counter += 1;
  return `${prefix}-${process.pid}-${counter}-${Math.random().toString(36).slice(2, 7)}`;
}

/** Creates a workspace with one open round, for tests that need their own tenant. */
export async function seedWorkspace(t: TestApp, name = unique('ws')) {
  const workspace = await t.app.get(WorkspaceRepository).create(name.toLowerCase(), `Workspace ${name}`, '');
  const round = await t.app.get(RoundRepository).create(workspace.id, {
    slug: unique('round'),
    title: `Round of ${name}`,
    introduction: '',
    status: 'open',
    prompt: 'Wat moet er beter?',
    allowedGroups: ['youth', 'parent', 'professional'],
    lifeDomains: [
      { code: 'health', label: 'gezondheid' },
      { code: 'school_work', label: 'school en werk' },
    ],
    wijken: [{ code: 'overvecht', label: 'Overvecht' }],
    inputLines: [{ code: 'spoor-1', label: 'Spoor 1' }],
  });
  return { workspace, round };
}

export async function createStaff(
  t: TestApp,
  email: string,
  password: string,
  memberships: Array<{ workspaceId: string; role: StaffRole }>,
) {
  const users = t.app.get(StaffUserRepository);
  const user = await users.create(
    email,
    email.split('@')[0] ?? email,
    await t.app.get(PasswordService).hash(password),
  );
  for (const m of memberships) await users.addMembership(user.id, m.workspaceId, m.role);
  return user;
}

/** Logs in with a cookie-keeping agent and returns it with the CSRF token to echo. */
export async function loginAs(t: TestApp, email: string, password: string) {
  const agent = t.agent();
  const res = await agent.post('/api/auth/login').send({ email, password }).expect(200);
  const cookies = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
  const xsrf =
    cookies
      .find((c) => c.startsWith('XSRF-TOKEN='))
      ?.split(';')[0]
      ?.split('=')[1] ?? '';
  return { agent, xsrf, user: res.body.user as { id: string } };
}

/** A valid first submission body; override what a test is about. */
export function submissionBody(overrides: Record<string, unknown> = {}) {
  return {
    idempotencyKey: randomUUID(),
    group: 'youth',
    ageBand: '12-15',
    kind: 'experience',
    text: 'Ik moest heel lang wachten op hulp van het wijkteam.',
    lifeDomains: ['health'],
    consent: true,
    ...overrides,
  };
}

export async function countRows(
  t: TestApp,
  table: 'submission' | 'participant' | 'audit_event' | 'theme_assignment',
): Promise<number> {
  const rows: Array<{ n: number }> = await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`);
  return rows[0]?.n ?? 0;
}
