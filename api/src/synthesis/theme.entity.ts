import type { AssignmentStatus, ThemeStatus } from '@inbreng/contracts';
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
import { RoundEntity } from '../rounds/round.entity';
import { SubmissionEntity } from '../submissions/submission.entity';

/** A theme in a round's synthesis: made by hand or suggested by clustering. */
@Entity('theme')
@Index('idx_theme_round', ['workspaceId', 'roundId'])
@Check('ck_theme_status', `"status" IN ('suggested','active','merged','rejected')`)
export class ThemeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId!: string;

  @Column({ name: 'round_id', type: 'uuid' })
  roundId!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'varchar', length: 20 })
  status!: ThemeStatus;

  @Column({ name: 'framework_code', type: 'varchar', length: 60, nullable: true })
  frameworkCode!: string | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  keywords!: string[];

  /** The clustering run that suggested it (null for hand-made themes). */
  @Column({ name: 'run_id', type: 'uuid', nullable: true })
  runId!: string | null;

  @Column({ name: 'merged_into_id', type: 'uuid', nullable: true })
  mergedIntoId!: string | null;

  /** Optimistic locking: every change increments it; a stale version is refused with 409. */
  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @ManyToOne(() => RoundEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id', foreignKeyConstraintName: 'fk_theme_round' })
  round?: RoundEntity;
}

/** A submission in a theme; a submission may be in several themes. */
@Entity('theme_assignment')
@Index('uq_theme_assignment', ['themeId', 'submissionId'], { unique: true })
@Index('idx_theme_assignment_submission', ['submissionId'])
@Check('ck_theme_assignment_status', `"status" IN ('suggested','accepted','rejected')`)
export class ThemeAssignmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'theme_id', type: 'uuid' })
  themeId!: string;

  @Column({ name: 'submission_id', type: 'uuid' })
  submissionId!: string;

  @Column({ type: 'varchar', length: 20 })
  status!: AssignmentStatus;

  /** Similarity from clustering, 0..1; null when placed by hand. */
  @Column({ type: 'real', nullable: true })
  score!: number | null;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @ManyToOne(() => ThemeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'theme_id', foreignKeyConstraintName: 'fk_theme_assignment_theme' })
  theme?: ThemeEntity;

  @ManyToOne(() => SubmissionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'submission_id', foreignKeyConstraintName: 'fk_theme_assignment_submission' })
  submission?: SubmissionEntity;
}

/** What a theme was made from: `merged_from` (a source absorbed into it) or `split_from` (its origin). */
@Entity('theme_history')
@Index('idx_theme_history_theme', ['themeId'])
@Check('ck_theme_history_relation', `"relation" IN ('merged_from','split_from')`)
@Check('ck_theme_history_not_self', `"theme_id" <> "parent_id"`)
export class ThemeHistoryEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'theme_id', type: 'uuid' })
  themeId!: string;

  @Column({ name: 'parent_id', type: 'uuid' })
  parentId!: string;

  @Column({ type: 'varchar', length: 20 })
  relation!: 'merged_from' | 'split_from';

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @ManyToOne(() => ThemeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'theme_id', foreignKeyConstraintName: 'fk_theme_history_theme' })
  theme?: ThemeEntity;

  @ManyToOne(() => ThemeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'fk_theme_history_parent' })
  parent?: ThemeEntity;
}
