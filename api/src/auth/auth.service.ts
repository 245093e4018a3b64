import { Injectable } from '@nestjs/common';
import type { RequestUser } from '../common/request-user';
import { AuditService } from '../audit/audit.service';
import { PasswordService } from './password.service';
import { toRequestUser } from './staff-user.mapper';
import { StaffUserRepository } from './staff-user.repository';

@Injectable()
export class AuthService {
  constructor(
    private readonly users: StaffUserRepository,
    private readonly passwords: PasswordService,
    private readonly audit: AuditService,
  ) {}

  /** Returns the user when e-mail and password match, otherwise null (never says which was wrong). */
  async validateCredentials(email: string, password: string): Promise<RequestUser | null> {
    const found = await this.users.findByEmail(email.trim());
    const ok = await this.passwords.verify(found?.passwordHash, password);
    if (!found || !ok) {
      await this.audit.record({
        action: 'auth.login_failed',
        subjectType: 'staff_user',
        subjectId: found?.id ?? null,
        after: { email: email.trim().toLowerCase().slice(0, 254) },
      });
      return null;
    }
    await this.users.touchLogin(found.id);
    const full = await this.users.findWithMemberships(found.id);
    if (!full) return null;
    const user = toRequestUser(full);
    await this.audit.record({
      action: 'auth.login',
      subjectType: 'staff_user',
      subjectId: user.id,
      actor: user,
    });
    return user;
  }

  /** Loads the user behind a session on each request, so role changes apply at once. */
  async loadSessionUser(id: string): Promise<RequestUser | null> {
    const full = await this.users.findWithMemberships(id);
    return full ? toRequestUser(full) : null;
  }

  async recordLogout(user: RequestUser): Promise<void> {
    await this.audit.record({
      action: 'auth.logout',
      subjectType: 'staff_user',
      subjectId: user.id,
      actor: user,
    });
  }
}
