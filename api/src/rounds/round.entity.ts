import type { RoundStatus } from '@inbreng/contracts';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { WorkspaceEntity } from '../workspaces/workspace.entity';

/** One consultation cycle (collect → moderate → synthesise → prioritise → publish). */
@Entity('round')
@Check(
  'ck_round_status',
  `"status" IN ('draft','open','closed','synthesis','prioritising','published','archived')`,
)
export class RoundEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('idx_round_workspace')
  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId!: string;

  /** Public link `/r/:slug`; unique across workspaces because the link carries no workspace. */
  @Column({ type: 'varchar', length: 80, unique: true })
  slug!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text', default: '' })
  introduction!: string;

  @Column({ type: 'varchar', length: 20, default: 'draft' })
  status!: RoundStatus;

  @Column({ name: 'opens_at', type: 'timestamptz', nullable: true })
  opensAt!: Date | null;

  @Column({ name: 'closes_at', type: 'timestamptz', nullable: true })
  closesAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workspace_id', foreignKeyConstraintName: 'fk_round_workspace' })
  workspace?: WorkspaceEntity;
}
