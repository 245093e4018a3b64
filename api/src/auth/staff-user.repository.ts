import { Injectable } from '@nestjs/common';
import { DataSource, Repository } from 'typeorm';
import type { StaffRole } from '@inbreng/contracts';
import { StaffUserEntity } from './staff-user.entity';
import { WorkspaceMembershipEntity } from './workspace-membership.entity';

@Injectable()
export class StaffUserRepository {
  private readonly users: Repository<StaffUserEntity>;
  private readonly memberships: Repository<WorkspaceMembershipEntity>;

  constructor(dataSource: DataSource) {
    this.users = dataSource.getRepository(StaffUserEntity);
    this.memberships = dataSource.getRepository(WorkspaceMembershipEntity);
  }

  findByEmail(email: string): Promise<StaffUserEntity | null> {
    return this.users.findOne({ where: { email: email.toLowerCase() } });
  }

  findWithMemberships(id: string): Promise<StaffUserEntity | null> {
    return this.users.findOne({
      where: { id },
      relations: { memberships: { workspace: true } },
    });
  }

  async touchLogin(id: string): Promise<void> {
    await this.users.update({ id }, { lastLoginAt: new Date() });
  }

  create(email: string, displayName: string, passwordHash: string): Promise<StaffUserEntity> {
    return this.users.save(this.users.create({ email: email.toLowerCase(), displayName, passwordHash }));
  }

  async addMembership(userId: string, workspaceId: string, role: StaffRole): Promise<void> {
    await this.memberships.save(this.memberships.create({ userId, workspaceId, role }));
  }

  listPasswordHashes(limit: number): Promise<Array<Pick<StaffUserEntity, 'email' | 'passwordHash'>>> {
    return this.users.find({
      select: { email: true, passwordHash: true },
      take: limit,
      order: { createdAt: 'ASC' },
    });
  }
}
