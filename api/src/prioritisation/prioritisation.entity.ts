import type { PrioritisationMethod, PriorityGroup } from '@inbreng/contracts';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { ParticipantEntity } from '../participants/participant.entity';
import { RoundEntity } from '../rounds/round.entity';
import { ResearchQuestionEntity } from '../synthesis/research-question.entity';

/** A round's prioritisation: method and settings, fixed shortlist in `prioritisation_question`. */
@Entity('prioritisation')
@Check('ck_prioritisation_method', `"method" IN ('ranking','pairwise')`)
export class PrioritisationEntity {
  @PrimaryColumn({ name: 'round_id', type: 'uuid' })
  roundId!: string;

  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId!: string;

  @Column({ type: 'varchar', length: 20 })
  method!: PrioritisationMethod;

  @Column({ name: 'max_picks', type: 'integer' })
  maxPicks!: number;

  @Column({ name: 'rank_top', type: 'integer' })
  rankTop!: number;

  @Column({ type: 'jsonb' })
  weights!: Record<PriorityGroup, number>;

  @Column({ name: 'min_group_ballots', type: 'integer' })
  minGroupBallots!: number;

  @Column({ name: 'started_by', type: 'uuid', nullable: true })
  startedBy!: string | null;

  @CreateDateColumn({ name: 'started_at', type: 'timestamptz' })
  startedAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @OneToOne(() => RoundEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id', foreignKeyConstraintName: 'fk_prioritisation_round' })
  round?: RoundEntity;
}

@Entity('prioritisation_question')
export class PrioritisationQuestionEntity {
  @PrimaryColumn({ name: 'round_id', type: 'uuid' })
  roundId!: string;

  @PrimaryColumn({ name: 'research_question_id', type: 'uuid' })
  researchQuestionId!: string;

  @Column({ type: 'integer' })
  position!: number;

  @ManyToOne(() => PrioritisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id', foreignKeyConstraintName: 'fk_prioritisation_question_prioritisation' })
  prioritisation?: PrioritisationEntity;

  @ManyToOne(() => ResearchQuestionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'research_question_id', foreignKeyConstraintName: 'fk_prioritisation_question_rq' })
  researchQuestion?: ResearchQuestionEntity;
}

/** One ballot per participant (return code); a new ballot replaces the items of the old one. */
@Entity('ballot')
@Index('idx_ballot_round_group', ['roundId', 'priorityGroup'])
export class BallotEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'workspace_id', type: 'uuid' })
  workspaceId!: string;

  @Column({ name: 'round_id', type: 'uuid' })
  roundId!: string;

  @Index('uq_ballot_participant', { unique: true })
  @Column({ name: 'participant_id', type: 'uuid' })
  participantId!: string;

  @Column({ name: 'priority_group', type: 'varchar', length: 30 })
  priorityGroup!: PriorityGroup;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @ManyToOne(() => RoundEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id', foreignKeyConstraintName: 'fk_ballot_round' })
  round?: RoundEntity;

  @ManyToOne(() => ParticipantEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'participant_id', foreignKeyConstraintName: 'fk_ballot_participant' })
  participant?: ParticipantEntity;
}

/** A picked research question on a ballot; `rank` is set for the ranked top (1 = most important). */
@Entity('ballot_item')
@Index('idx_ballot_item_question', ['researchQuestionId'])
export class BallotItemEntity {
  @PrimaryColumn({ name: 'ballot_id', type: 'uuid' })
  ballotId!: string;

  @PrimaryColumn({ name: 'research_question_id', type: 'uuid' })
  researchQuestionId!: string;

  @Column({ type: 'integer', nullable: true })
  rank!: number | null;

  @ManyToOne(() => BallotEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'ballot_id', foreignKeyConstraintName: 'fk_ballot_item_ballot' })
  ballot?: BallotEntity;
}

/** One pairwise comparison; `winner_id` null means the participant skipped the pair. */
@Entity('pairwise_vote')
@Index('idx_pairwise_vote_round', ['roundId', 'priorityGroup'])
@Index('idx_pairwise_vote_participant', ['participantId'])
@Check('ck_pairwise_vote_distinct', `"a_id" <> "b_id"`)
export class PairwiseVoteEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'round_id', type: 'uuid' })
  roundId!: string;

  @Column({ name: 'participant_id', type: 'uuid' })
  participantId!: string;

  @Column({ name: 'priority_group', type: 'varchar', length: 30 })
  priorityGroup!: PriorityGroup;

  @Index('uq_pairwise_vote_idempotency', { unique: true })
  @Column({ name: 'idempotency_key_hash', type: 'varchar', length: 64 })
  idempotencyKeyHash!: string;

  @Column({ name: 'a_id', type: 'uuid' })
  aId!: string;

  @Column({ name: 'b_id', type: 'uuid' })
  bId!: string;

  @Column({ name: 'winner_id', type: 'uuid', nullable: true })
  winnerId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @ManyToOne(() => RoundEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id', foreignKeyConstraintName: 'fk_pairwise_vote_round' })
  round?: RoundEntity;

  @ManyToOne(() => ParticipantEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'participant_id', foreignKeyConstraintName: 'fk_pairwise_vote_participant' })
  participant?: ParticipantEntity;
}
