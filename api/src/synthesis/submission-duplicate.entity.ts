import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
} from 'typeorm';
import { SubmissionEntity } from '../submissions/submission.entity';

/** A moderator's mark: this submission says the same as another one (kept, but counted once). */
@Entity('submission_duplicate')
@Index('idx_submission_duplicate_of', ['duplicateOfId'])
@Check('ck_submission_duplicate_not_self', `"submission_id" <> "duplicate_of_id"`)
export class SubmissionDuplicateEntity {
  @PrimaryColumn({ name: 'submission_id', type: 'uuid' })
  submissionId!: string;

  @Column({ name: 'duplicate_of_id', type: 'uuid' })
  duplicateOfId!: string;

  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId!: string;

  @Column({ name: 'marked_by', type: 'uuid', nullable: true })
  markedBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @ManyToOne(() => SubmissionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'submission_id', foreignKeyConstraintName: 'fk_submission_duplicate_submission' })
  submission?: SubmissionEntity;

  @ManyToOne(() => SubmissionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'duplicate_of_id', foreignKeyConstraintName: 'fk_submission_duplicate_of' })
  duplicateOf?: SubmissionEntity;
}
