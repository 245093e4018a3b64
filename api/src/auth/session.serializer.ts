import { Injectable } from '@nestjs/common';
import { PassportSerializer } from '@nestjs/passport';
import type { RequestUser } from '../common/request-user';
import { AuthService } from './auth.service';

type Done = (err: Error | null, value?: unknown) => void;

@Injectable()
export class SessionSerializer extends PassportSerializer {
  constructor(private readonly auth: AuthService) {
    super();
  }

  serializeUser(user: RequestUser, done: Done): void {
    done(null, { id: user.id });
  }

  deserializeUser(payload: { id?: unknown }, done: Done): void {
    if (typeof payload?.id !== 'string') {
      done(null, false);
      return;
    }
    this.auth.loadSessionUser(payload.id).then(
      (user) => done(null, user ?? false),
      (err: unknown) => done(err instanceof Error ? err : new Error(String(err))),
    );
  }
}
