import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { StaffRole } from '@inbreng/contracts';

/** What the session resolves to on each request (see SessionSerializer). */
export interface RequestUser {
  id: string;
  email: string;
  displayName: string;
  memberships: Array<{ workspaceId: string; workspaceSlug: string; workspaceName: string; role: StaffRole }>;
}

export const CurrentUser = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): RequestUser | undefined => {
    const req = ctx.switchToHttp().getRequest<{ user?: RequestUser }>();
    return req.user;
  },
);

export function roleIn(user: RequestUser, workspaceId: string): StaffRole | undefined {
  return user.memberships.find((m) => m.workspaceId === workspaceId)?.role;
}

export function satisfiesRole(actual: StaffRole | undefined, required: StaffRole): boolean {
  if (!actual) return false;
  return actual === 'admin' || actual === required;
}
