import { MigrationInterface, QueryRunner } from 'typeorm';

export class Participation1763910000000 implements MigrationInterface {
  name = 'Participation1763910000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "participant" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "round_id" uuid NOT NULL, "return_code_hash" character varying(64) NOT NULL, "group" character varying(20) NOT NULL, "age_band" character varying(10), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_64da4237f502041781ca15d4c41" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "idx_participant_round" ON "participant"  ("round_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_participant_return_code" ON "participant"  ("return_code_hash") `,
    );
    await queryRunner.query(
      `CREATE TABLE "submission" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "round_id" uuid NOT NULL, "participant_id" uuid NOT NULL, "idempotency_key_hash" character varying(64) NOT NULL, "group" character varying(20) NOT NULL, "age_band" character varying(10), "knowledge_type" character varying(20) NOT NULL, "kind" character varying(20) NOT NULL, "original_text" text NOT NULL, "redacted_text" text NOT NULL, "life_domains" jsonb NOT NULL DEFAULT '[]', "wijk" character varying(80), "input_line" character varying(80), "status" character varying(20) NOT NULL DEFAULT 'pending', "urgent" boolean NOT NULL DEFAULT false, "crisis_categories" jsonb NOT NULL DEFAULT '[]', "pii_kinds" jsonb NOT NULL DEFAULT '[]', "rejection_reason" character varying(30), "rejection_note" character varying(500), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "moderated_at" TIMESTAMP WITH TIME ZONE, "moderated_by" uuid, CONSTRAINT "PK_7faa571d0e4a7076e85890c9bd0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "idx_submission_workspace" ON "submission"  ("workspace_id") `);
    await queryRunner.query(`CREATE INDEX "idx_submission_participant" ON "submission"  ("participant_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_submission_idempotency" ON "submission"  ("idempotency_key_hash") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_submission_queue" ON "submission"  ("round_id", "status", "urgent", "created_at") `,
    );
    await queryRunner.query(`ALTER TABLE "round" ADD "prompt" text NOT NULL DEFAULT ''`);
    await queryRunner.query(`ALTER TABLE "round" ADD "group_prompts" jsonb NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "round" ADD "allowed_groups" jsonb NOT NULL DEFAULT '[]'`);
    await queryRunner.query(`ALTER TABLE "round" ADD "life_domains" jsonb NOT NULL DEFAULT '[]'`);
    await queryRunner.query(`ALTER TABLE "round" ADD "wijken" jsonb NOT NULL DEFAULT '[]'`);
    await queryRunner.query(`ALTER TABLE "round" ADD "input_lines" jsonb NOT NULL DEFAULT '[]'`);
    await queryRunner.query(`ALTER TABLE "round" ADD "access_code_hash" character varying(64)`);
    await queryRunner.query(`ALTER TABLE "round" ADD "retention_days" integer NOT NULL DEFAULT '730'`);
    await queryRunner.query(
      `ALTER TABLE "participant" ADD CONSTRAINT "fk_participant_round" FOREIGN KEY ("round_id") REFERENCES "round"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "submission" ADD CONSTRAINT "fk_submission_round" FOREIGN KEY ("round_id") REFERENCES "round"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "submission" ADD CONSTRAINT "fk_submission_participant" FOREIGN KEY ("participant_id") REFERENCES "participant"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "submission" DROP CONSTRAINT "fk_submission_participant"`);
    await queryRunner.query(`ALTER TABLE "submission" DROP CONSTRAINT "fk_submission_round"`);
    await queryRunner.query(`ALTER TABLE "participant" DROP CONSTRAINT "fk_participant_round"`);
    await queryRunner.query(`ALTER TABLE "round" DROP COLUMN "retention_days"`);
    await queryRunner.query(`ALTER TABLE "round" DROP COLUMN "access_code_hash"`);
    await queryRunner.query(`ALTER TABLE "round" DROP COLUMN "input_lines"`);
    await queryRunner.query(`ALTER TABLE "round" DROP COLUMN "wijken"`);
    await queryRunner.query(`ALTER TABLE "round" DROP COLUMN "life_domains"`);
    await queryRunner.query(`ALTER TABLE "round" DROP COLUMN "allowed_groups"`);
    await queryRunner.query(`ALTER TABLE "round" DROP COLUMN "group_prompts"`);
    await queryRunner.query(`ALTER TABLE "round" DROP COLUMN "prompt"`);
    await queryRunner.query(`DROP INDEX "public"."idx_submission_queue"`);
    await queryRunner.query(`DROP INDEX "public"."uq_submission_idempotency"`);
    await queryRunner.query(`DROP INDEX "public"."idx_submission_participant"`);
    await queryRunner.query(`DROP INDEX "public"."idx_submission_workspace"`);
    await queryRunner.query(`DROP TABLE "submission"`);
    await queryRunner.query(`DROP INDEX "public"."uq_participant_return_code"`);
    await queryRunner.query(`DROP INDEX "public"."idx_participant_round"`);
    await queryRunner.query(`DROP TABLE "participant"`);
  }
}
