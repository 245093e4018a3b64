import type { EvidenceReference, EvidenceStatus, ResearchQuestionStatus } from '@inbreng/contracts';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { RoundEntity } from '../rounds/round.entity';
import { ThemeEntity } from './theme.entity';

@Entity('research_question')
@Index('idx_research_question_round', ['workspaceId', 'roundId'])
@Check('ck_research_question_status', `"status" IN ('draft','shortlisted','final','merged','archived')`)
@Check(
  'ck_research_question_evidence',
  `"evidence_status" IN ('unknown','unanswered','partly_answered','answered')`,
)
export class ResearchQuestionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId!: string;

  @Column({ name: 'round_id', type: 'uuid' })
  roundId!: string;

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'text', default: '' })
  population!: string;

  @Column({ type: 'text', default: '' })
  context!: string;

  @Column({ name: 'evidence_status', type: 'varchar', length: 20, default: 'unknown' })
  evidenceStatus!: EvidenceStatus;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  references!: EvidenceReference[];

  @Column({ type: 'varchar', length: 20, default: 'draft' })
  status!: ResearchQuestionStatus;

  @Column({ type: 'text', default: '' })
  notes!: string;

  /** Why the moderators put it on the agenda this way; shown on the published agenda. */
  @Column({ type: 'text', default: '' })
  rationale!: string;

  @Column({ name: 'merged_into_id', type: 'uuid', nullable: true })
  mergedIntoId!: string | null;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @ManyToOne(() => RoundEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id', foreignKeyConstraintName: 'fk_research_question_round' })
  round?: RoundEntity;
}

/** The themes behind a research question (and through them, the submissions). */
@Entity('research_question_theme')
@Index('idx_research_question_theme_theme', ['themeId'])
export class ResearchQuestionThemeEntity {
  @PrimaryColumn({ name: 'research_question_id', type: 'uuid' })
  researchQuestionId!: string;

  @PrimaryColumn({ name: 'theme_id', type: 'uuid' })
  themeId!: string;

  @ManyToOne(() => ResearchQuestionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'research_question_id', foreignKeyConstraintName: 'fk_rq_theme_question' })
  researchQuestion?: ResearchQuestionEntity;

  @ManyToOne(() => ThemeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'theme_id', foreignKeyConstraintName: 'fk_rq_theme_theme' })
  theme?: ThemeEntity;
}

@Entity('research_question_history')
@Index('idx_research_question_history_question', ['researchQuestionId'])
@Check('ck_rq_history_relation', `"relation" IN ('merged_from','split_from')`)
@Check('ck_rq_history_not_self', `"research_question_id" <> "parent_id"`)
export class ResearchQuestionHistoryEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'research_question_id', type: 'uuid' })
  researchQuestionId!: string;

  @Column({ name: 'parent_id', type: 'uuid' })
  parentId!: string;

  @Column({ type: 'varchar', length: 20 })
  relation!: 'merged_from' | 'split_from';

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @ManyToOne(() => ResearchQuestionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'research_question_id', foreignKeyConstraintName: 'fk_rq_history_question' })
  researchQuestion?: ResearchQuestionEntity;

  @ManyToOne(() => ResearchQuestionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'fk_rq_history_parent' })
  parent?: ResearchQuestionEntity;
}
