import { Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';

@Injectable()
export class PasswordService {
  // A fixed hash to verify against when the e-mail is unknown, so timing does not reveal which accounts exist.
  private dummyHash: Promise<string> | undefined;

  hash(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id });
  }

  async verify(hash: string | undefined, password: string): Promise<boolean> {
    const target = hash ?? (await (this.dummyHash ??= this.hash('not-a-real-password')));
    try {
      const ok = await argon2.verify(target, password);
      return ok && hash !== undefined;
    } catch {
      return false;
    }
  }
}
