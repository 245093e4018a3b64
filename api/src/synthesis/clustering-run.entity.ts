import type { ClusteringRunStatus } from '@inbreng/contracts';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { RoundEntity } from '../rounds/round.entity';

export interface NearDuplicatePair {
  id: string;
  duplicateOfId: string;
  similarity: number;
}

/** One automatic clustering of a round's approved submissions, run as a background job. */
@Entity('clustering_run')
@Index('idx_clustering_run_round', ['workspaceId', 'roundId', 'createdAt'])
@Check('ck_clustering_run_status', `"status" IN ('queued','running','done','failed')`)
export class ClusteringRunEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId!: string;

  @Column({ name: 'round_id', type: 'uuid' })
  roundId!: string;

  @Column({ type: 'varchar', length: 20, default: 'queued' })
  status!: ClusteringRunStatus;

  @Column({ type: 'integer', default: 0 })
  progress!: number;

  @Column({ name: 'requested_k', type: 'integer', nullable: true })
  requestedK!: number | null;

  @Column({ type: 'integer', nullable: true })
  k!: number | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  method!: string | null;

  @Column({ name: 'document_count', type: 'integer', default: 0 })
  documentCount!: number;

  @Column({ type: 'text', nullable: true })
  error!: string | null;

  @Column({ name: 'near_duplicates', type: 'jsonb', default: () => "'[]'" })
  nearDuplicates!: NearDuplicatePair[];

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;

  @ManyToOne(() => RoundEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id', foreignKeyConstraintName: 'fk_clustering_run_round' })
  round?: RoundEntity;
}
