import type { QuestionnaireDefinition } from '@inbreng/contracts';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { QuestionnaireEntity } from './questionnaire.entity';

/**
 * One version of a questionnaire's questions. Edits that would break given answers create a new version;
 * responses keep pointing at the version they answered.
 */
@Entity('questionnaire_version')
@Index('uq_questionnaire_version', ['questionnaireId', 'version'], { unique: true })
export class QuestionnaireVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'questionnaire_id', type: 'uuid' })
  questionnaireId!: string;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'jsonb' })
  definition!: QuestionnaireDefinition;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @ManyToOne(() => QuestionnaireEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'questionnaire_id',
    foreignKeyConstraintName: 'fk_questionnaire_version_questionnaire',
  })
  questionnaire?: QuestionnaireEntity;
}
