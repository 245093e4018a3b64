export const STAFF_ROLES = ['admin', 'moderator'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export interface LoginRequest {
  email: string;
  password: string;
}

export interface WorkspaceMembership {
  workspaceId: string;
  workspaceSlug: string;
  workspaceName: string;
  role: StaffRole;
}

export interface StaffUserResponse {
  id: string;
  email: string;
  displayName: string;
  memberships: WorkspaceMembership[];
}

/** Answer of GET /api/auth/me: `user` is null when nobody is logged in. */
export interface SessionResponse {
  user: StaffUserResponse | null;
}
