import type { ParticipantGroup, QuestionnaireStatus } from '@inbreng/contracts';
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
import { RoundEntity } from '../../rounds/round.entity';

/** A questionnaire of one round; its questions live in versions (see QuestionnaireVersionEntity). */
@Entity('questionnaire')
@Index('idx_questionnaire_round', ['workspaceId', 'roundId'])
@Check('ck_questionnaire_status', `"status" IN ('draft','open','closed')`)
@Check('ck_questionnaire_min_group_size', `"min_group_size" >= 1`)
export class QuestionnaireEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId!: string;

  @Column({ name: 'round_id', type: 'uuid' })
  roundId!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text', default: '' })
  introduction!: string;

  /** Groups the questionnaire is meant for; empty means every group the round allows. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  audience!: ParticipantGroup[];

  @Column({ type: 'varchar', length: 20, default: 'draft' })
  status!: QuestionnaireStatus;

  /** Breakdowns with fewer respondents than this show no figures. */
  @Column({ name: 'min_group_size', type: 'integer', default: 5 })
  minGroupSize!: number;

  /** Number of the version new respondents answer. */
  @Column({ name: 'current_version', type: 'integer', default: 1 })
  currentVersion!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @ManyToOne(() => RoundEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id', foreignKeyConstraintName: 'fk_questionnaire_round' })
  round?: RoundEntity;
}
