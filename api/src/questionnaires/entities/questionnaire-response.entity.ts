import type { AgeBand, Answers, ParticipantGroup } from '@inbreng/contracts';
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
import { ParticipantEntity } from '../../participants/participant.entity';
import { QuestionnaireVersionEntity } from './questionnaire-version.entity';
import { QuestionnaireEntity } from './questionnaire.entity';

export type ResponseStatus = 'in_progress' | 'submitted';

/**
 * One participant's answers to one questionnaire (one per return code). `answers` holds what the
 * respondent typed, to resume with; staff read answers only through the screened rows
 * (questionnaire_answer, questionnaire_open_answer).
 */
@Entity('questionnaire_response')
@Index('uq_questionnaire_response_participant', ['questionnaireId', 'participantId'], { unique: true })
@Index('idx_questionnaire_response_results', ['questionnaireId', 'status', 'group', 'ageBand', 'wijk'])
@Check('ck_questionnaire_response_status', `"status" IN ('in_progress','submitted')`)
export class QuestionnaireResponseEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId!: string;

  @Column({ name: 'questionnaire_id', type: 'uuid' })
  questionnaireId!: string;

  @Index('idx_questionnaire_response_version')
  @Column({ name: 'version_id', type: 'uuid' })
  versionId!: string;

  @Index('idx_questionnaire_response_participant')
  @Column({ name: 'participant_id', type: 'uuid' })
  participantId!: string;

  @Column({ name: 'group', type: 'varchar', length: 20 })
  group!: ParticipantGroup;

  @Column({ name: 'age_band', type: 'varchar', length: 10, nullable: true })
  ageBand!: AgeBand | null;

  @Column({ type: 'varchar', length: 80, nullable: true })
  wijk!: string | null;

  @Column({ type: 'varchar', length: 20, default: 'in_progress' })
  status!: ResponseStatus;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  answers!: Answers;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @ManyToOne(() => QuestionnaireEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'questionnaire_id',
    foreignKeyConstraintName: 'fk_questionnaire_response_questionnaire',
  })
  questionnaire?: QuestionnaireEntity;

  @ManyToOne(() => QuestionnaireVersionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'version_id', foreignKeyConstraintName: 'fk_questionnaire_response_version' })
  version?: QuestionnaireVersionEntity;

  @ManyToOne(() => ParticipantEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'participant_id', foreignKeyConstraintName: 'fk_questionnaire_response_participant' })
  participant?: ParticipantEntity;
}
