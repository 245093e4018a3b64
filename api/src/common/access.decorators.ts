import { SetMetadata } from '@nestjs/common';
import type { StaffRole } from '@inbreng/contracts';

export const ACCESS_KEY = 'inbreng:access';

/**
 * Every endpoint carries exactly one access rule; the global AccessGuard refuses endpoints
 * without one, and a unit test walks all controllers to prove none is missing.
 */
export type AccessRule =
  | { kind: 'public' }
  | { kind: 'authenticated' }
  | { kind: 'workspace'; role: StaffRole };

/** Anyone, without logging in (participants, health checks). */
export const Public = () => SetMetadata(ACCESS_KEY, { kind: 'public' } satisfies AccessRule);

/** Any logged-in staff user, whatever their workspaces. */
export const Authenticated = () => SetMetadata(ACCESS_KEY, { kind: 'authenticated' } satisfies AccessRule);

/**
 * A logged-in staff user with at least `role` in the workspace named by the `:workspaceId`
 * route parameter. Admin includes moderator.
 */
export const WorkspaceRole = (role: StaffRole) =>
  SetMetadata(ACCESS_KEY, { kind: 'workspace', role } satisfies AccessRule);
