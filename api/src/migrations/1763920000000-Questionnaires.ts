import { MigrationInterface, QueryRunner } from 'typeorm';

export class Questionnaires1763920000000 implements MigrationInterface {
  name = 'Questionnaires1763920000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "questionnaire" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "round_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "introduction" text NOT NULL DEFAULT '', "audience" jsonb NOT NULL DEFAULT '[]', "status" character varying(20) NOT NULL DEFAULT 'draft', "min_group_size" integer NOT NULL DEFAULT '5', "current_version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_questionnaire_min_group_size" CHECK ("min_group_size" >= 1), CONSTRAINT "ck_questionnaire_status" CHECK ("status" IN ('draft','open','closed')), CONSTRAINT "PK_e8232a11eaabac903636eb7e71e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_questionnaire_round" ON "questionnaire"  ("workspace_id", "round_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "questionnaire_version" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "questionnaire_id" uuid NOT NULL, "version" integer NOT NULL, "definition" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_563cc375d2213a2b6df8c9a4f9c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_questionnaire_version" ON "questionnaire_version"  ("questionnaire_id", "version") `,
    );
    await queryRunner.query(
      `CREATE TABLE "questionnaire_response" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "questionnaire_id" uuid NOT NULL, "version_id" uuid NOT NULL, "participant_id" uuid NOT NULL, "group" character varying(20) NOT NULL, "age_band" character varying(10), "wijk" character varying(80), "status" character varying(20) NOT NULL DEFAULT 'in_progress', "answers" jsonb NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "submitted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_questionnaire_response_status" CHECK ("status" IN ('in_progress','submitted')), CONSTRAINT "PK_0ab4c2dfd517c5aa24e6e385523" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_questionnaire_response_version" ON "questionnaire_response"  ("version_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_questionnaire_response_participant" ON "questionnaire_response"  ("participant_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_questionnaire_response_results" ON "questionnaire_response"  ("questionnaire_id", "status", "group", "age_band", "wijk") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_questionnaire_response_participant" ON "questionnaire_response"  ("questionnaire_id", "participant_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "questionnaire_answer" ("response_id" uuid NOT NULL, "question_key" character varying(40) NOT NULL, "option_key" character varying(40) NOT NULL, "questionnaire_id" uuid NOT NULL, "value" double precision, "head" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_3e0fc3433b16f8b13c11505369b" PRIMARY KEY ("response_id", "question_key", "option_key"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_questionnaire_answer_question" ON "questionnaire_answer"  ("questionnaire_id", "question_key", "option_key") `,
    );
    await queryRunner.query(
      `CREATE TABLE "questionnaire_open_answer" ("response_id" uuid NOT NULL, "question_key" character varying(40) NOT NULL, "source" character varying(10) NOT NULL, "questionnaire_id" uuid NOT NULL, "original_text" text NOT NULL, "redacted_text" text NOT NULL, "urgent" boolean NOT NULL DEFAULT false, "crisis_categories" jsonb NOT NULL DEFAULT '[]', "pii_kinds" jsonb NOT NULL DEFAULT '[]', "submission_id" uuid, CONSTRAINT "PK_246b366bc982212d0e842099eba" PRIMARY KEY ("response_id", "question_key", "source"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_questionnaire_open_answer_question" ON "questionnaire_open_answer"  ("questionnaire_id", "question_key") `,
    );
    await queryRunner.query(`ALTER TABLE "submission" ADD "source_questionnaire_id" uuid`);
    await queryRunner.query(`ALTER TABLE "submission" ADD "source_response_id" uuid`);
    await queryRunner.query(`ALTER TABLE "submission" ADD "source_question_key" character varying(40)`);
    await queryRunner.query(
      `CREATE INDEX "idx_submission_source_questionnaire" ON "submission"  ("source_questionnaire_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "questionnaire" ADD CONSTRAINT "fk_questionnaire_round" FOREIGN KEY ("round_id") REFERENCES "round"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "questionnaire_version" ADD CONSTRAINT "fk_questionnaire_version_questionnaire" FOREIGN KEY ("questionnaire_id") REFERENCES "questionnaire"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "questionnaire_response" ADD CONSTRAINT "fk_questionnaire_response_questionnaire" FOREIGN KEY ("questionnaire_id") REFERENCES "questionnaire"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "questionnaire_response" ADD CONSTRAINT "fk_questionnaire_response_version" FOREIGN KEY ("version_id") REFERENCES "questionnaire_version"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "questionnaire_response" ADD CONSTRAINT "fk_questionnaire_response_participant" FOREIGN KEY ("participant_id") REFERENCES "participant"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "questionnaire_answer" ADD CONSTRAINT "fk_questionnaire_answer_response" FOREIGN KEY ("response_id") REFERENCES "questionnaire_response"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "questionnaire_open_answer" ADD CONSTRAINT "fk_questionnaire_open_answer_submission" FOREIGN KEY ("submission_id") REFERENCES "submission"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "questionnaire_open_answer" ADD CONSTRAINT "fk_questionnaire_open_answer_response" FOREIGN KEY ("response_id") REFERENCES "questionnaire_response"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "questionnaire_open_answer" DROP CONSTRAINT "fk_questionnaire_open_answer_response"`,
    );
    await queryRunner.query(
      `ALTER TABLE "questionnaire_open_answer" DROP CONSTRAINT "fk_questionnaire_open_answer_submission"`,
    );
    await queryRunner.query(
      `ALTER TABLE "questionnaire_answer" DROP CONSTRAINT "fk_questionnaire_answer_response"`,
    );
    await queryRunner.query(
      `ALTER TABLE "questionnaire_response" DROP CONSTRAINT "fk_questionnaire_response_participant"`,
    );
    await queryRunner.query(
      `ALTER TABLE "questionnaire_response" DROP CONSTRAINT "fk_questionnaire_response_version"`,
    );
    await queryRunner.query(
      `ALTER TABLE "questionnaire_response" DROP CONSTRAINT "fk_questionnaire_response_questionnaire"`,
    );
    await queryRunner.query(
      `ALTER TABLE "questionnaire_version" DROP CONSTRAINT "fk_questionnaire_version_questionnaire"`,
    );
    await queryRunner.query(`ALTER TABLE "questionnaire" DROP CONSTRAINT "fk_questionnaire_round"`);
    await queryRunner.query(`DROP INDEX "public"."idx_submission_source_questionnaire"`);
    await queryRunner.query(`ALTER TABLE "submission" DROP COLUMN "source_question_key"`);
    await queryRunner.query(`ALTER TABLE "submission" DROP COLUMN "source_response_id"`);
    await queryRunner.query(`ALTER TABLE "submission" DROP COLUMN "source_questionnaire_id"`);
    await queryRunner.query(`DROP INDEX "public"."idx_questionnaire_open_answer_question"`);
    await queryRunner.query(`DROP TABLE "questionnaire_open_answer"`);
    await queryRunner.query(`DROP INDEX "public"."idx_questionnaire_answer_question"`);
    await queryRunner.query(`DROP TABLE "questionnaire_answer"`);
    await queryRunner.query(`DROP INDEX "public"."uq_questionnaire_response_participant"`);
    await queryRunner.query(`DROP INDEX "public"."idx_questionnaire_response_results"`);
    await queryRunner.query(`DROP INDEX "public"."idx_questionnaire_response_participant"`);
    await queryRunner.query(`DROP INDEX "public"."idx_questionnaire_response_version"`);
    await queryRunner.query(`DROP TABLE "questionnaire_response"`);
    await queryRunner.query(`DROP INDEX "public"."uq_questionnaire_version"`);
    await queryRunner.query(`DROP TABLE "questionnaire_version"`);
    await queryRunner.query(`DROP INDEX "public"."idx_questionnaire_round"`);
    await queryRunner.query(`DROP TABLE "questionnaire"`);
  }
}
