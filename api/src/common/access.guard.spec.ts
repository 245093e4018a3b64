import { ExecutionContext, ForbiddenException, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { AccessRule } from './access.decorators';
import { AccessGuard } from './access.guard';
import type { RequestUser } from './request-user';

const WS = '11111111-1111-4111-8111-111111111111';
const OTHER = '22222222-2222-4222-8222-222222222222';

const handler = (): undefined => undefined;
class Ctrl {}

function context(user: RequestUser | undefined, workspaceId?: string): ExecutionContext {
  const req = { user, params: workspaceId ? { workspaceId } : {} };
  return {
    getHandler: () => handler,
    getClass: () => Ctrl,
    switchToHttp: () => ({ getRequest: () => req }),
  } as unknown as ExecutionContext;
}

function guardWith(rule: AccessRule | undefined): AccessGuard {
  const reflector = { getAllAndOverride: () => rule } as unknown as Reflector;
  return new AccessGuard(reflector);
}

const user = (role: 'admin' | 'moderator', workspaceId = WS): RequestUser => ({
  id: 'u',
  email: 'u@x.nl',
  displayName: 'U',
  memberships: [{ workspaceId, workspaceSlug: 'w', workspaceName: 'W', role }],
});

describe('AccessGuard', () => {
  it('refuses endpoints without an access rule (fail closed)', () => {
    expect(() => guardWith(undefined).canActivate(context(user('admin'), WS))).toThrow(ForbiddenException);
  });

  it('lets anyone call public endpoints', () => {
    expect(guardWith({ kind: 'public' }).canActivate(context(undefined))).toBe(true);
  });

  it('needs a login for authenticated endpoints', () => {
    expect(() => guardWith({ kind: 'authenticated' }).canActivate(context(undefined))).toThrow(
      UnauthorizedException,
    );
    expect(guardWith({ kind: 'authenticated' }).canActivate(context(user('moderator')))).toBe(true);
  });

  it('treats admin as including moderator, but not the other way round', () => {
    const mod = guardWith({ kind: 'workspace', role: 'moderator' });
    const adm = guardWith({ kind: 'workspace', role: 'admin' });
    expect(mod.canActivate(context(user('admin'), WS))).toBe(true);
    expect(mod.canActivate(context(user('moderator'), WS))).toBe(true);
    expect(adm.canActivate(context(user('admin'), WS))).toBe(true);
    expect(() => adm.canActivate(context(user('moderator'), WS))).toThrow(ForbiddenException);
  });

  it('never grants a role in a workspace the user is not a member of', () => {
    const adm = guardWith({ kind: 'workspace', role: 'moderator' });
    expect(() => adm.canActivate(context(user('admin', WS), OTHER))).toThrow(ForbiddenException);
    expect(() => adm.canActivate(context(user('admin', WS), 'not-a-uuid'))).toThrow(ForbiddenException);
  });
});
