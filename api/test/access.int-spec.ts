import { createStaff, createTestApp, loginAs, seedWorkspace, TestApp, unique } from './helpers/test-app';

describe('roles and workspace isolation', () => {
  let t: TestApp;
  let a: Awaited<ReturnType<typeof seedWorkspace>>;
  let b: Awaited<ReturnType<typeof seedWorkspace>>;
  const pw = 'a-long-password';
  const adminA = `${unique('admin-a')}@example.org`;
  const modA = `${unique('mod-a')}@example.org`;
  const adminB = `${unique('admin-b')}@example.org`;

  beforeAll(async () => {
    t = await createTestApp();
    a = await seedWorkspace(t, unique('a'));
    b = await seedWorkspace(t, unique('b'));
    await createStaff(t, adminA, pw, [{ workspaceId: a.workspace.id, role: 'admin' }]);
    await createStaff(t, modA, pw, [{ workspaceId: a.workspace.id, role: 'moderator' }]);
    await createStaff(t, adminB, pw, [{ workspaceId: b.workspace.id, role: 'admin' }]);
  });
  afterAll(() => t.close());

  it('anonymous callers get 401 on staff endpoints', async () => {
    const res = await t.agent().get(`/api/staff/workspaces/${a.workspace.id}/rounds`).expect(401);
    expect(res.body.message).toMatch(/Log in/);
  });

  it('a moderator may list rounds but not read the audit log (admin only)', async () => {
    const { agent } = await loginAs(t, modA, pw);
    const rounds = await agent.get(`/api/staff/workspaces/${a.workspace.id}/rounds`).expect(200);
    expect(rounds.body.map((r: { id: string }) => r.id)).toEqual([a.round.id]);
    await agent.get(`/api/staff/workspaces/${a.workspace.id}/audit-events`).expect(403);
  });

  it('an admin may read the audit log of their own workspace', async () => {
    const { agent } = await loginAs(t, adminA, pw);
    const res = await agent.get(`/api/staff/workspaces/${a.workspace.id}/audit-events?limit=10`).expect(200);
    expect(typeof res.body.total).toBe('number');
  });

  it('an admin of workspace B can read nothing of workspace A', async () => {
    const { agent } = await loginAs(t, adminB, pw);
    await agent.get(`/api/staff/workspaces/${a.workspace.id}/rounds`).expect(403);
    await agent.get(`/api/staff/workspaces/${a.workspace.id}/audit-events`).expect(403);
    const own = await agent.get(`/api/staff/workspaces/${b.workspace.id}/rounds`).expect(200);
    expect(own.body.map((r: { id: string }) => r.id)).toEqual([b.round.id]);
  });

  it('a malformed workspace id is refused, not passed to the database', async () => {
    const { agent } = await loginAs(t, adminA, pw);
    await agent.get('/api/staff/workspaces/not-a-uuid/rounds').expect(403);
  });

  it('the audit log cannot be changed or deleted, even with direct SQL', async () => {
    await expect(t.dataSource.query(`UPDATE audit_event SET action = 'tampered'`)).rejects.toThrow(
      /append-only/,
    );
    await expect(t.dataSource.query(`DELETE FROM audit_event`)).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query(`TRUNCATE audit_event`)).rejects.toThrow(/append-only/);
  });
});
