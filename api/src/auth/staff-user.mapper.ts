import type { StaffUserResponse } from '@inbreng/contracts';
import type { RequestUser } from '../common/request-user';
import type { StaffUserEntity } from './staff-user.entity';

export function toRequestUser(user: StaffUserEntity): RequestUser {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    memberships: (user.memberships ?? [])
      .filter((m) => m.workspace)
      .map((m) => ({
        workspaceId: m.workspaceId,
        workspaceSlug: m.workspace?.slug ?? '',
        workspaceName: m.workspace?.name ?? '',
        role: m.role,
      }))
      .sort((a, b) => a.workspaceName.localeCompare(b.workspaceName)),
  };
}

export function toStaffUserResponse(user: RequestUser): StaffUserResponse {
  return { id: user.id, email: user.email, displayName: user.displayName, memberships: user.memberships };
}
