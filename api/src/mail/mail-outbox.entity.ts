import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ParticipantEntity } from '../participants/participant.entity';
import type { MailLanguage } from '@inbreng/contracts';

export const MAIL_KINDS = ['return-code'] as const;
export type MailKind = (typeof MAIL_KINDS)[number];
export const MAIL_STATUSES = ['queued', 'sent', 'failed'] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];

/**
 * One e-mail a participant asked for. The address and the message's secret content (the return code) are held
 * only while the mail waits, encrypted (see OutboxCipher); once it is sent or has finally failed both are wiped,
 * which the check constraint enforces: only a queued mail holds them. What stays (kind, status, times) counts
 * towards the per-code limit and goes with the participant when they delete their data.
 */
@Entity('mail_outbox')
@Index('idx_mail_outbox_participant', ['participantId', 'createdAt'])
@Index('idx_mail_outbox_holding', ['createdAt'], { where: '"recipient" IS NOT NULL' })
@Check('ck_mail_outbox_kind', `"kind" IN ('return-code')`)
@Check('ck_mail_outbox_status', `"status" IN ('queued','sent','failed')`)
@Check('ck_mail_outbox_language', `"language" IN ('nl','en')`)
@Check('ck_mail_outbox_wiped', `("status" = 'queued') = ("recipient" IS NOT NULL AND "payload" IS NOT NULL)`)
export class MailOutboxEntity {
  /** Made by the API before the insert: it is bound into the encryption of this row's fields. */
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId!: string;

  @Column({ name: 'participant_id', type: 'uuid' })
  participantId!: string;

  @Column({ type: 'varchar', length: 20 })
  kind!: MailKind;

  @Column({ type: 'bytea', nullable: true })
  recipient!: Buffer | null;

  @Column({ type: 'bytea', nullable: true })
  payload!: Buffer | null;

  @Column({ type: 'varchar', length: 2 })
  language!: MailLanguage;

  @Column({ type: 'varchar', length: 10, default: 'queued' })
  status!: MailStatus;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  /** What went wrong last, never with an address in it. */
  @Column({ name: 'last_error', type: 'varchar', length: 300, nullable: true })
  lastError!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  @ManyToOne(() => ParticipantEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'participant_id', foreignKeyConstraintName: 'fk_mail_outbox_participant' })
  participant?: ParticipantEntity;
}
