import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { QuestionnaireResponseEntity } from './questionnaire-response.entity';

/**
 * One atomic value of an answer, so results are counted by PostgreSQL: a chosen option (`optionKey`), a
 * number/likert/rating (`value`), a ranking item with its rank, a matrix row with its point, a date
 * (`optionKey` = YYYY-MM-DD), or a marker row for an open answer. `head` is true on exactly one row per
 * (response, question), so respondents per question are counted without DISTINCT.
 */
@Entity('questionnaire_answer')
@Index('idx_questionnaire_answer_question', ['questionnaireId', 'questionKey', 'optionKey'])
export class QuestionnaireAnswerEntity {
  @PrimaryColumn({ name: 'response_id', type: 'uuid' })
  responseId!: string;

  @PrimaryColumn({ name: 'question_key', type: 'varchar', length: 40 })
  questionKey!: string;

  /** '' when the question has no options (number, likert, rating, open text). */
  @PrimaryColumn({ name: 'option_key', type: 'varchar', length: 40 })
  optionKey!: string;

  @Column({ name: 'questionnaire_id', type: 'uuid' })
  questionnaireId!: string;

  @Column({ type: 'double precision', nullable: true })
  value!: number | null;

  @Column({ type: 'boolean', default: false })
  head!: boolean;

  @ManyToOne(() => QuestionnaireResponseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'response_id', foreignKeyConstraintName: 'fk_questionnaire_answer_response' })
  response?: QuestionnaireResponseEntity;
}
