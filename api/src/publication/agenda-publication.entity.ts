import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { RoundEntity } from '../rounds/round.entity';

/**
 * The agenda of a round as published: computed once, in the transaction that moves the round to `published`,
 * and never changed after. The public agenda, its PDF and the exports read it, so later deletions or edits do
 * not rewrite a published, citable document. Quotes are not stored here: they are read live, so consent and
 * deletion keep applying to them.
 */
@Entity('agenda_publication')
@Index('idx_agenda_publication_workspace', ['workspaceId'])
export class AgendaPublicationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId!: string;

  /** A round is published once (published → archived is the only way on). */
  @Index('uq_agenda_publication_round', { unique: true })
  @Column({ name: 'round_id', type: 'uuid' })
  roundId!: string;

  @Column({ name: 'published_at', type: 'timestamptz' })
  publishedAt!: Date;

  /** The staff user who published (no foreign key: the audit log keeps who it was if the account goes). */
  @Column({ name: 'published_by', type: 'uuid', nullable: true })
  publishedBy!: string | null;

  /** An `AgendaSnapshot` (see agenda-snapshot.ts). */
  @Column({ type: 'jsonb' })
  snapshot!: unknown;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @ManyToOne(() => RoundEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id', foreignKeyConstraintName: 'fk_agenda_publication_round' })
  round?: RoundEntity;
}
