import type { StaffRole } from '@inbreng/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { WorkspaceEntity } from '../workspaces/workspace.entity';
import { StaffUserEntity } from './staff-user.entity';

/** A staff user's role in one workspace; roles never carry over to other workspaces. */
@Entity('workspace_membership')
@Unique('uq_membership_workspace_user', ['workspaceId', 'userId'])
@Check('ck_membership_role', `"role" IN ('admin', 'moderator')`)
export class WorkspaceMembershipEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('idx_membership_user')
  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId!: string;

  @Column({ type: 'varchar', length: 20 })
  role!: StaffRole;

  @ManyToOne(() => StaffUserEntity, (u) => u.memberships, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_membership_user' })
  user?: StaffUserEntity;

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workspace_id', foreignKeyConstraintName: 'fk_membership_workspace' })
  workspace?: WorkspaceEntity;
}
