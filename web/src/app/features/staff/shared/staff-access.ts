import { Signal, computed, inject } from '@angular/core';
import type { StaffRole } from '@inbreng/contracts';
import { SessionService } from '../../../core/session.service';

/** The logged-in user's role in the given workspace (null when not a member). Call in an injection context. */
export function workspaceRole(workspaceId: Signal<string | null | undefined>): Signal<StaffRole | null> {
  const session = inject(SessionService);
  return computed(
    () => session.user()?.memberships.find((m) => m.workspaceId === workspaceId())?.role ?? null,
  );
}
