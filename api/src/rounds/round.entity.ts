import type { GroupPrompts, ParticipantGroup, RoundOption, RoundStatus } from '@inbreng/contracts';
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

  /** General question shown to every group without a group-specific prompt. */
  @Column({ type: 'text', default: '' })
  prompt!: string;

  @Column({ name: 'group_prompts', type: 'jsonb', default: () => "'{}'" })
  groupPrompts!: GroupPrompts;

  @Column({ name: 'allowed_groups', type: 'jsonb', default: () => "'[]'" })
  allowedGroups!: ParticipantGroup[];

  @Column({ name: 'life_domains', type: 'jsonb', default: () => "'[]'" })
  lifeDomains!: RoundOption[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  wijken!: RoundOption[];

  @Column({ name: 'input_lines', type: 'jsonb', default: () => "'[]'" })
  inputLines!: RoundOption[];

  /** HMAC of the shared access code (handed out in a class or meeting); null when the round is open to all. */
  @Column({ name: 'access_code_hash', type: 'varchar', length: 64, nullable: true })
  accessCodeHash!: string | null;

  /** Code of a known theme framework (see THEME_FRAMEWORKS) the round's themes map to. */
  @Column({ name: 'theme_framework', type: 'varchar', length: 40, nullable: true })
  themeFramework!: string | null;

  /** Days after input ended (`closesAt`, else `leftOpenAt`) that original texts are kept; then the round is archived. */
  @Column({ name: 'retention_days', type: 'integer', default: 730 })
  retentionDays!: number;

  @Column({ name: 'opens_at', type: 'timestamptz', nullable: true })
  opensAt!: Date | null;

  @Column({ name: 'closes_at', type: 'timestamptz', nullable: true })
  closesAt!: Date | null;

  /** When the round was (last) published; the public agenda shows it. */
  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;
  /** When the round last moved out of `open` (null while draft or open): retention counts from here without `closesAt`. */
  @Column({ name: 'left_open_at', type: 'timestamptz', nullable: true })
  leftOpenAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @ManyToOne(() => WorkspaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workspace_id', foreignKeyConstraintName: 'fk_round_workspace' })
  workspace?: WorkspaceEntity;
}
