import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/config.schema';
import { PasswordService } from '../auth/password.service';
import { StaffUserRepository } from '../auth/staff-user.repository';
import { RoundRepository } from '../rounds/round.repository';
import { WorkspaceEntity } from '../workspaces/workspace.entity';
import { StaffUserEntity } from '../auth/staff-user.entity';
import { WorkspaceMembershipEntity } from '../auth/workspace-membership.entity';
import { AuditService } from '../audit/audit.service';
import { ParticipantEntity } from '../participants/participant.entity';
import { RoundEntity } from '../rounds/round.entity';
import { SubmissionEntity } from '../submissions/submission.entity';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { seedDemoQuestionnaire } from './demo-questionnaire';
import { buildDemoRows, DEMO_ROUND } from './demo-round';
import { DEMO_SUBMISSIONS } from './demo-submissions.nl';

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
      if ((await manager.getRepository(WorkspaceEntity).count()) > 0) return false;
      // Everything through the transaction's manager: the demo appears completely or not at all.
      const ws = await manager.getRepository(WorkspaceEntity).save({
        slug: 'kjus',
        name: 'Kenniswerkplaats Jeugd Utrecht Stad',
        description:
          'Jongeren, ouders, praktijk, beleid, onderzoek en onderwijs werken samen aan betere hulp voor jongeren en gezinnen in Utrecht.',
      });
      const round = await manager.getRepository(RoundEntity).save(this.rounds.build(ws.id, DEMO_ROUND));
      const rows = buildDemoRows(round, DEMO_SUBMISSIONS);
      await manager
        .getRepository(ParticipantEntity)
        .insert(rows.participants.map((p) => ({ ...p, workspaceId: ws.id, roundId: round.id })));
      await manager
        .getRepository(SubmissionEntity)
        .insert(rows.submissions as QueryDeepPartialEntity<SubmissionEntity>[]);
      await seedDemoQuestionnaire(manager, round);
      const hash = await this.passwords.hash(DEMO_PASSWORD);
      for (const u of DEMO_USERS) {
        const user = await manager
          .getRepository(StaffUserEntity)
          .save({ email: u.email, displayName: u.displayName, passwordHash: hash });
        await manager
          .getRepository(WorkspaceMembershipEntity)
          .insert({ userId: user.id, workspaceId: ws.id, role: u.role });
      }
      await this.audit.record(
        { action: 'demo.seeded', subjectType: 'workspace', subjectId: ws.id, workspaceId: ws.id },
        manager,
      );
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
