import { MigrationInterface, QueryRunner } from 'typeorm';

export class Prioritisation1763940000000 implements MigrationInterface {
  name = 'Prioritisation1763940000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "prioritisation" ("round_id" uuid NOT NULL, "workspace_id" uuid NOT NULL, "method" character varying(20) NOT NULL, "max_picks" integer NOT NULL, "rank_top" integer NOT NULL, "weights" jsonb NOT NULL, "min_group_ballots" integer NOT NULL, "started_by" uuid, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_prioritisation_method" CHECK ("method" IN ('ranking','pairwise')), CONSTRAINT "PK_95124d5cccb00e26c57a9e5feed" PRIMARY KEY ("round_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "prioritisation_question" ("round_id" uuid NOT NULL, "research_question_id" uuid NOT NULL, "position" integer NOT NULL, CONSTRAINT "PK_90537523497ef307ddac8f3e188" PRIMARY KEY ("round_id", "research_question_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "ballot" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "round_id" uuid NOT NULL, "participant_id" uuid NOT NULL, "priority_group" character varying(30) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_20adac0e902c60e62fcb6f4cf9c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_ballot_participant" ON "ballot"  ("participant_id") `);
    await queryRunner.query(
      `CREATE INDEX "idx_ballot_round_group" ON "ballot"  ("round_id", "priority_group") `,
    );
    await queryRunner.query(
      `CREATE TABLE "ballot_item" ("ballot_id" uuid NOT NULL, "research_question_id" uuid NOT NULL, "rank" integer, CONSTRAINT "PK_67b296073e18f1f21385bc081e5" PRIMARY KEY ("ballot_id", "research_question_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_ballot_item_question" ON "ballot_item"  ("research_question_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "pairwise_vote" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "round_id" uuid NOT NULL, "participant_id" uuid NOT NULL, "priority_group" character varying(30) NOT NULL, "idempotency_key_hash" character varying(64) NOT NULL, "a_id" uuid NOT NULL, "b_id" uuid NOT NULL, "winner_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_pairwise_vote_distinct" CHECK ("a_id" <> "b_id"), CONSTRAINT "PK_b28e891bc50c3cf4a929879dc59" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_pairwise_vote_idempotency" ON "pairwise_vote"  ("idempotency_key_hash") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_pairwise_vote_participant" ON "pairwise_vote"  ("participant_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_pairwise_vote_round" ON "pairwise_vote"  ("round_id", "priority_group") `,
    );
    await queryRunner.query(`ALTER TABLE "round" ADD "published_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "research_question" ADD "rationale" text NOT NULL DEFAULT ''`);
    await queryRunner.query(
      `ALTER TABLE "prioritisation" ADD CONSTRAINT "fk_prioritisation_round" FOREIGN KEY ("round_id") REFERENCES "round"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "prioritisation_question" ADD CONSTRAINT "fk_prioritisation_question_prioritisation" FOREIGN KEY ("round_id") REFERENCES "prioritisation"("round_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "prioritisation_question" ADD CONSTRAINT "fk_prioritisation_question_rq" FOREIGN KEY ("research_question_id") REFERENCES "research_question"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "ballot" ADD CONSTRAINT "fk_ballot_round" FOREIGN KEY ("round_id") REFERENCES "round"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "ballot" ADD CONSTRAINT "fk_ballot_participant" FOREIGN KEY ("participant_id") REFERENCES "participant"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "ballot_item" ADD CONSTRAINT "fk_ballot_item_ballot" FOREIGN KEY ("ballot_id") REFERENCES "ballot"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "pairwise_vote" ADD CONSTRAINT "fk_pairwise_vote_round" FOREIGN KEY ("round_id") REFERENCES "round"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "pairwise_vote" ADD CONSTRAINT "fk_pairwise_vote_participant" FOREIGN KEY ("participant_id") REFERENCES "participant"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "pairwise_vote" DROP CONSTRAINT "fk_pairwise_vote_participant"`);
    await queryRunner.query(`ALTER TABLE "pairwise_vote" DROP CONSTRAINT "fk_pairwise_vote_round"`);
    await queryRunner.query(`ALTER TABLE "ballot_item" DROP CONSTRAINT "fk_ballot_item_ballot"`);
    await queryRunner.query(`ALTER TABLE "ballot" DROP CONSTRAINT "fk_ballot_participant"`);
    await queryRunner.query(`ALTER TABLE "ballot" DROP CONSTRAINT "fk_ballot_round"`);
    await queryRunner.query(
      `ALTER TABLE "prioritisation_question" DROP CONSTRAINT "fk_prioritisation_question_rq"`,
    );
    await queryRunner.query(
      `ALTER TABLE "prioritisation_question" DROP CONSTRAINT "fk_prioritisation_question_prioritisation"`,
    );
    await queryRunner.query(`ALTER TABLE "prioritisation" DROP CONSTRAINT "fk_prioritisation_round"`);
    await queryRunner.query(`ALTER TABLE "research_question" DROP COLUMN "rationale"`);
    await queryRunner.query(`ALTER TABLE "round" DROP COLUMN "published_at"`);
    await queryRunner.query(`DROP INDEX "public"."idx_pairwise_vote_round"`);
    await queryRunner.query(`DROP INDEX "public"."idx_pairwise_vote_participant"`);
    await queryRunner.query(`DROP INDEX "public"."uq_pairwise_vote_idempotency"`);
    await queryRunner.query(`DROP TABLE "pairwise_vote"`);
    await queryRunner.query(`DROP INDEX "public"."idx_ballot_item_question"`);
    await queryRunner.query(`DROP TABLE "ballot_item"`);
    await queryRunner.query(`DROP INDEX "public"."idx_ballot_round_group"`);
    await queryRunner.query(`DROP INDEX "public"."uq_ballot_participant"`);
    await queryRunner.query(`DROP TABLE "ballot"`);
    await queryRunner.query(`DROP TABLE "prioritisation_question"`);
    await queryRunner.query(`DROP TABLE "prioritisation"`);
  }
}
