import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Append-only: a database trigger rejects UPDATE, DELETE and TRUNCATE, and the repository
 * exposes inserts and reads only. No foreign keys, so deleting a user or workspace never
 * rewrites history.
 */
@Entity('audit_event')
@Index('idx_audit_workspace_created', ['workspaceId', 'createdAt'])
export class AuditEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'workspace_id', type: 'uuid', nullable: true })
  workspaceId!: string | null;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ name: 'actor_email', type: 'varchar', length: 254, nullable: true })
  actorEmail!: string | null;

  @Column({ type: 'varchar', length: 100 })
  action!: string;

  @Column({ name: 'subject_type', type: 'varchar', length: 60 })
  subjectType!: string;

  @Column({ name: 'subject_id', type: 'varchar', length: 100, nullable: true })
  subjectId!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  before!: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  after!: Record<string, unknown> | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
