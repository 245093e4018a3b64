import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/config.schema';
import { PasswordService } from '../auth/password.service';
import { StaffUserRepository } from '../auth/staff-user.repository';
import { RoundRepository } from '../rounds/round.repository';
import { WorkspaceRepository } from '../workspaces/workspace.repository';
import { AuditService } from '../audit/audit.service';

export const DEMO_PASSWORD = 'inbreng-demo';
export const DEMO_USERS = [
  { email: 'admin@inbreng.local', displayName: 'Demo beheerder', role: 'admin' as const },
  { email: 'moderator@inbreng.local', displayName: 'Demo moderator', role: 'moderator' as const },
];

@Injectable()
export class DemoSeedService {
  private readonly logger = new Logger(DemoSeedService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly workspaces: WorkspaceRepository,
    private readonly users: StaffUserRepository,
    private readonly rounds: RoundRepository,
    private readonly passwords: PasswordService,
    private readonly audit: AuditService,
  ) {}

  /** Seeds the demo workspace into an empty database; never in production. Returns whether it seeded. */
  async seedIfEmpty(): Promise<boolean> {
    if (this.config.NODE_ENV === 'production' || !this.config.SEED_DEMO) return false;
    // One seeder at a time, even with several replicas starting together.
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(738201)');
      if ((await this.workspaces.count()) > 0) return false;
      const ws = await this.workspaces.create(
        'kjus',
        'Kenniswerkplaats Jeugd Utrecht Stad',
        'Jongeren, ouders, praktijk, beleid, onderzoek en onderwijs werken samen aan betere hulp voor jongeren en gezinnen in Utrecht.',
      );
      await this.rounds.create(ws.id, {
        slug: 'demo',
        title: 'Wat moet er beter aan de hulp voor jongeren en gezinnen in Utrecht?',
        introduction:
          'Vertel ons wat jij meemaakt met hulp, school, thuis of in je wijk. Wat gaat goed? Wat moet beter? Jouw vragen en ervaringen bepalen wat we gaan onderzoeken.',
        status: 'open',
      });
      const hash = await this.passwords.hash(DEMO_PASSWORD);
      for (const u of DEMO_USERS) {
        const user = await this.users.create(u.email, u.displayName, hash);
        await this.users.addMembership(user.id, ws.id, u.role);
      }
      await this.audit.record({
        action: 'demo.seeded',
        subjectType: 'workspace',
        subjectId: ws.id,
        workspaceId: ws.id,
      });
      this.logger.log('Seeded the demo workspace');
      return true;
    });
  }

  /** Production must not run with an account that still has the public demo password. */
  async assertNoDemoPasswords(): Promise<void> {
    if (this.config.NODE_ENV !== 'production') return;
    for (const u of await this.users.listPasswordHashes(500)) {
      if (await this.passwords.verify(u.passwordHash, DEMO_PASSWORD)) {
        throw new Error(
          `Refusing to start in production: staff user ${u.email} still has the demo password. Change it or remove the account.`,
        );
      }
    }
  }
}
