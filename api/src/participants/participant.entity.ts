import type { AgeBand, ParticipantGroup } from '@inbreng/contracts';
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
 * An anonymous participant of one round, known only by the hash of their return code.
 * No name, no IP address, no e-mail is stored.
 */
@Entity('participant')
export class ParticipantEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId!: string;

  @Index('idx_participant_round')
  @Column({ name: 'round_id', type: 'uuid' })
  roundId!: string;

  @Index('uq_participant_return_code', { unique: true })
  @Column({ name: 'return_code_hash', type: 'varchar', length: 64 })
  returnCodeHash!: string;

  @Column({ name: 'group', type: 'varchar', length: 20 })
  group!: ParticipantGroup;

  @Column({ name: 'age_band', type: 'varchar', length: 10, nullable: true })
  ageBand!: AgeBand | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @ManyToOne(() => RoundEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id', foreignKeyConstraintName: 'fk_participant_round' })
  round?: RoundEntity;
}
