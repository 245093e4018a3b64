import { Inject, Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import type { SessionResponse } from '@inbreng/contracts';
import type { Request, Response } from 'express';
import { APP_CONFIG, AppConfig } from '../config/config.schema';
import type { RequestUser } from '../common/request-user';
import { AuthService } from './auth.service';
import { toStaffUserResponse } from './staff-user.mapper';

export const SESSION_COOKIE = 'inbreng.sid';
export const CSRF_COOKIE = 'XSRF-TOKEN';
export const CSRF_HEADER = 'x-xsrf-token';

declare module 'express-session' {
  interface SessionData {
    csrfToken?: string;
  }
}

/** Session bookkeeping around passport: CSRF token per session, cookie handling, logout. */
@Injectable()
export class SessionService {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  started(user: RequestUser, req: Request, res: Response): SessionResponse {
    this.issueCsrfToken(req, res, true);
    return { user: toStaffUserResponse(user) };
  }

  current(req: Request, res: Response): SessionResponse {
    const user = req.user as RequestUser | undefined;
    if (!user) return { user: null };
    this.issueCsrfToken(req, res, false);
    return { user: toStaffUserResponse(user) };
  }

  async end(req: Request, res: Response): Promise<void> {
    const user = req.user as RequestUser | undefined;
    if (user) await this.auth.recordLogout(user);
    await new Promise<void>((resolve, reject) => req.logout((err) => (err ? reject(err) : resolve())));
    await new Promise<void>((resolve) => (req.session ? req.session.destroy(() => resolve()) : resolve()));
    res.clearCookie(SESSION_COOKIE, { path: '/' });
    res.clearCookie(CSRF_COOKIE, { path: '/' });
  }

  private issueCsrfToken(req: Request, res: Response, renew: boolean): void {
    if (!req.session) return;
    if (renew || !req.session.csrfToken) req.session.csrfToken = randomBytes(32).toString('base64url');
    res.cookie(CSRF_COOKIE, req.session.csrfToken, {
      httpOnly: false, // the web app reads it and echoes it in the X-XSRF-TOKEN header
      sameSite: 'lax',
      secure: this.config.COOKIE_SECURE,
      path: '/',
    });
  }
}
