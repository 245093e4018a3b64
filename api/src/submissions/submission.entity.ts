import type {
  AgeBand,
  CrisisCategoryCode,
  KnowledgeType,
  ParticipantGroup,
  PiiKindCode,
  RejectionReason,
  SubmissionKind,
  SubmissionStatus,
} from '@inbreng/contracts';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { ParticipantEntity } from '../participants/participant.entity';
import { RoundEntity } from '../rounds/round.entity';

/** One question, experience or idea. `originalText` is for moderators only; everyone else sees `redactedText`. */
@Entity('submission')
@Index('idx_submission_queue', ['roundId', 'status', 'urgent', 'createdAt'])
export class SubmissionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('idx_submission_workspace')
  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId!: string;

  @Column({ name: 'round_id', type: 'uuid' })
  roundId!: string;

  @Index('idx_submission_participant')
  @Column({ name: 'participant_id', type: 'uuid' })
  participantId!: string;

  /** SHA-256 of the client's idempotency key: a retried request finds the row it already created. */
  @Index('uq_submission_idempotency', { unique: true })
  @Column({ name: 'idempotency_key_hash', type: 'varchar', length: 64 })
  idempotencyKeyHash!: string;

  @Column({ name: 'group', type: 'varchar', length: 20 })
  group!: ParticipantGroup;

  @Column({ name: 'age_band', type: 'varchar', length: 10, nullable: true })
  ageBand!: AgeBand | null;

  @Column({ name: 'knowledge_type', type: 'varchar', length: 20 })
  knowledgeType!: KnowledgeType;

  @Column({ type: 'varchar', length: 20 })
  kind!: SubmissionKind;

  @Column({ name: 'original_text', type: 'text' })
  originalText!: string;

  @Column({ name: 'redacted_text', type: 'text' })
  redactedText!: string;

  @Column({ name: 'life_domains', type: 'jsonb', default: () => "'[]'" })
  lifeDomains!: string[];

  @Column({ type: 'varchar', length: 80, nullable: true })
  wijk!: string | null;

  @Column({ name: 'input_line', type: 'varchar', length: 80, nullable: true })
  inputLine!: string | null;

  @Column({ type: 'varchar', length: 20, default: 'pending' })
  status!: SubmissionStatus;

  /** Crisis signals found: shown first to moderators, never published automatically. */
  @Column({ type: 'boolean', default: false })
  urgent!: boolean;

  @Column({ name: 'crisis_categories', type: 'jsonb', default: () => "'[]'" })
  crisisCategories!: CrisisCategoryCode[];

  @Column({ name: 'pii_kinds', type: 'jsonb', default: () => "'[]'" })
  piiKinds!: PiiKindCode[];

  @Column({ name: 'rejection_reason', type: 'varchar', length: 30, nullable: true })
  rejectionReason!: RejectionReason | null;

  @Column({ name: 'rejection_note', type: 'varchar', length: 500, nullable: true })
  rejectionNote!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'moderated_at', type: 'timestamptz', nullable: true })
  moderatedAt!: Date | null;

  @Column({ name: 'moderated_by', type: 'uuid', nullable: true })
  moderatedBy!: string | null;

  /** Set when this submission is an open answer sent on from a questionnaire (kept to trace it back). */
  @Index('idx_submission_source_questionnaire')
  @Column({ name: 'source_questionnaire_id', type: 'uuid', nullable: true })
  sourceQuestionnaireId!: string | null;

  @Column({ name: 'source_response_id', type: 'uuid', nullable: true })
  sourceResponseId!: string | null;

  @Column({ name: 'source_question_key', type: 'varchar', length: 40, nullable: true })
  sourceQuestionKey!: string | null;

  @ManyToOne(() => RoundEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id', foreignKeyConstraintName: 'fk_submission_round' })
  round?: RoundEntity;

  @ManyToOne(() => ParticipantEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'participant_id', foreignKeyConstraintName: 'fk_submission_participant' })
  participant?: ParticipantEntity;
}
