import type { CrisisCategoryCode, PiiKindCode } from '@inbreng/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { SubmissionEntity } from '../../submissions/submission.entity';
import { QuestionnaireResponseEntity } from './questionnaire-response.entity';

export type OpenAnswerSource = 'answer' | 'other';

/**
 * Free text from a questionnaire (an open question, or the text of "anders, namelijk …"), screened like a
 * submission: `originalText` for moderators only (every view audited), `redactedText` for everyone else.
 */
@Entity('questionnaire_open_answer')
@Index('idx_questionnaire_open_answer_question', ['questionnaireId', 'questionKey'])
export class QuestionnaireOpenAnswerEntity {
  @PrimaryColumn({ name: 'response_id', type: 'uuid' })
  responseId!: string;

  @PrimaryColumn({ name: 'question_key', type: 'varchar', length: 40 })
  questionKey!: string;

  /** 'answer' for an open question, 'other' for the "anders, namelijk …" text of a choice question. */
  @PrimaryColumn({ type: 'varchar', length: 10 })
  source!: OpenAnswerSource;

  @Column({ name: 'questionnaire_id', type: 'uuid' })
  questionnaireId!: string;

  @Column({ name: 'original_text', type: 'text' })
  originalText!: string;

  @Column({ name: 'redacted_text', type: 'text' })
  redactedText!: string;

  @Column({ type: 'boolean', default: false })
  urgent!: boolean;

  @Column({ name: 'crisis_categories', type: 'jsonb', default: () => "'[]'" })
  crisisCategories!: CrisisCategoryCode[];

  @Column({ name: 'pii_kinds', type: 'jsonb', default: () => "'[]'" })
  piiKinds!: PiiKindCode[];

  /** The submission this answer became when sent to synthesis (once only). */
  @Column({ name: 'submission_id', type: 'uuid', nullable: true })
  submissionId!: string | null;

  @ManyToOne(() => SubmissionEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'submission_id', foreignKeyConstraintName: 'fk_questionnaire_open_answer_submission' })
  submission?: SubmissionEntity;

  @ManyToOne(() => QuestionnaireResponseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'response_id', foreignKeyConstraintName: 'fk_questionnaire_open_answer_response' })
  response?: QuestionnaireResponseEntity;
}
