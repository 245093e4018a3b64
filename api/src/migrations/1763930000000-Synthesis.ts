import { MigrationInterface, QueryRunner } from 'typeorm';

export class Synthesis1763930000000 implements MigrationInterface {
  name = 'Synthesis1763930000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "clustering_run" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "round_id" uuid NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'queued', "progress" integer NOT NULL DEFAULT '0', "requested_k" integer, "k" integer, "method" character varying(200), "document_count" integer NOT NULL DEFAULT '0', "error" text, "near_duplicates" jsonb NOT NULL DEFAULT '[]', "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_clustering_run_status" CHECK ("status" IN ('queued','running','done','failed')), CONSTRAINT "PK_d6b2bf696bdc4f258df1c526f12" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_clustering_run_round" ON "clustering_run"  ("workspace_id", "round_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "theme" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "round_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "description" text NOT NULL DEFAULT '', "status" character varying(20) NOT NULL, "framework_code" character varying(60), "keywords" jsonb NOT NULL DEFAULT '[]', "run_id" uuid, "merged_into_id" uuid, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_theme_status" CHECK ("status" IN ('suggested','active','merged','rejected')), CONSTRAINT "PK_c1934d0b4403bf10c1ab0c18166" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "idx_theme_round" ON "theme"  ("workspace_id", "round_id") `);
    await queryRunner.query(
      `CREATE TABLE "theme_assignment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "theme_id" uuid NOT NULL, "submission_id" uuid NOT NULL, "status" character varying(20) NOT NULL, "score" real, "decided_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_theme_assignment_status" CHECK ("status" IN ('suggested','accepted','rejected')), CONSTRAINT "PK_a033693d5ee4ad06076bc2705c0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_theme_assignment_submission" ON "theme_assignment"  ("submission_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_theme_assignment" ON "theme_assignment"  ("theme_id", "submission_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "theme_history" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "theme_id" uuid NOT NULL, "parent_id" uuid NOT NULL, "relation" character varying(20) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_theme_history_not_self" CHECK ("theme_id" <> "parent_id"), CONSTRAINT "ck_theme_history_relation" CHECK ("relation" IN ('merged_from','split_from')), CONSTRAINT "PK_bcee195839a12e614335e7da7ae" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "idx_theme_history_theme" ON "theme_history"  ("theme_id") `);
    await queryRunner.query(
      `CREATE TABLE "research_question" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "round_id" uuid NOT NULL, "text" text NOT NULL, "population" text NOT NULL DEFAULT '', "context" text NOT NULL DEFAULT '', "evidence_status" character varying(20) NOT NULL DEFAULT 'unknown', "references" jsonb NOT NULL DEFAULT '[]', "status" character varying(20) NOT NULL DEFAULT 'draft', "notes" text NOT NULL DEFAULT '', "merged_into_id" uuid, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_research_question_evidence" CHECK ("evidence_status" IN ('unknown','unanswered','partly_answered','answered')), CONSTRAINT "ck_research_question_status" CHECK ("status" IN ('draft','shortlisted','final','merged','archived')), CONSTRAINT "PK_0e5e4743422a957580391364283" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_research_question_round" ON "research_question"  ("workspace_id", "round_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "research_question_theme" ("research_question_id" uuid NOT NULL, "theme_id" uuid NOT NULL, CONSTRAINT "PK_e6d8f21c0d00526f4309c51b46f" PRIMARY KEY ("research_question_id", "theme_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_research_question_theme_theme" ON "research_question_theme"  ("theme_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "research_question_history" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "research_question_id" uuid NOT NULL, "parent_id" uuid NOT NULL, "relation" character varying(20) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_rq_history_not_self" CHECK ("research_question_id" <> "parent_id"), CONSTRAINT "ck_rq_history_relation" CHECK ("relation" IN ('merged_from','split_from')), CONSTRAINT "PK_3841852100eb6ba22a6688dc6b5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_research_question_history_question" ON "research_question_history"  ("research_question_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "submission_duplicate" ("submission_id" uuid NOT NULL, "duplicate_of_id" uuid NOT NULL, "workspace_id" uuid NOT NULL, "marked_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_submission_duplicate_not_self" CHECK ("submission_id" <> "duplicate_of_id"), CONSTRAINT "PK_c4bf63f0155a534ad59a431532e" PRIMARY KEY ("submission_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_submission_duplicate_of" ON "submission_duplicate"  ("duplicate_of_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "synthesis_action" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "round_id" uuid NOT NULL, "actor_id" uuid NOT NULL, "kind" character varying(40) NOT NULL, "inverse" jsonb NOT NULL, "undone_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2c7ed330ea41e5001afc92f23ef" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_synthesis_action_actor" ON "synthesis_action"  ("round_id", "actor_id", "created_at") `,
    );
    await queryRunner.query(`ALTER TABLE "round" ADD "theme_framework" character varying(40)`);
    await queryRunner.query(
      `ALTER TABLE "clustering_run" ADD CONSTRAINT "fk_clustering_run_round" FOREIGN KEY ("round_id") REFERENCES "round"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "theme" ADD CONSTRAINT "fk_theme_round" FOREIGN KEY ("round_id") REFERENCES "round"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "theme_assignment" ADD CONSTRAINT "fk_theme_assignment_theme" FOREIGN KEY ("theme_id") REFERENCES "theme"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "theme_assignment" ADD CONSTRAINT "fk_theme_assignment_submission" FOREIGN KEY ("submission_id") REFERENCES "submission"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "theme_history" ADD CONSTRAINT "fk_theme_history_theme" FOREIGN KEY ("theme_id") REFERENCES "theme"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "theme_history" ADD CONSTRAINT "fk_theme_history_parent" FOREIGN KEY ("parent_id") REFERENCES "theme"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "research_question" ADD CONSTRAINT "fk_research_question_round" FOREIGN KEY ("round_id") REFERENCES "round"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "research_question_theme" ADD CONSTRAINT "fk_rq_theme_question" FOREIGN KEY ("research_question_id") REFERENCES "research_question"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "research_question_theme" ADD CONSTRAINT "fk_rq_theme_theme" FOREIGN KEY ("theme_id") REFERENCES "theme"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "research_question_history" ADD CONSTRAINT "fk_rq_history_question" FOREIGN KEY ("research_question_id") REFERENCES "research_question"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "research_question_history" ADD CONSTRAINT "fk_rq_history_parent" FOREIGN KEY ("parent_id") REFERENCES "research_question"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "submission_duplicate" ADD CONSTRAINT "fk_submission_duplicate_submission" FOREIGN KEY ("submission_id") REFERENCES "submission"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "submission_duplicate" ADD CONSTRAINT "fk_submission_duplicate_of" FOREIGN KEY ("duplicate_of_id") REFERENCES "submission"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "submission_duplicate" DROP CONSTRAINT "fk_submission_duplicate_of"`,
    );
    await queryRunner.query(
      `ALTER TABLE "submission_duplicate" DROP CONSTRAINT "fk_submission_duplicate_submission"`,
    );
    await queryRunner.query(`ALTER TABLE "research_question_history" DROP CONSTRAINT "fk_rq_history_parent"`);
    await queryRunner.query(
      `ALTER TABLE "research_question_history" DROP CONSTRAINT "fk_rq_history_question"`,
    );
    await queryRunner.query(`ALTER TABLE "research_question_theme" DROP CONSTRAINT "fk_rq_theme_theme"`);
    await queryRunner.query(`ALTER TABLE "research_question_theme" DROP CONSTRAINT "fk_rq_theme_question"`);
    await queryRunner.query(`ALTER TABLE "research_question" DROP CONSTRAINT "fk_research_question_round"`);
    await queryRunner.query(`ALTER TABLE "theme_history" DROP CONSTRAINT "fk_theme_history_parent"`);
    await queryRunner.query(`ALTER TABLE "theme_history" DROP CONSTRAINT "fk_theme_history_theme"`);
    await queryRunner.query(
      `ALTER TABLE "theme_assignment" DROP CONSTRAINT "fk_theme_assignment_submission"`,
    );
    await queryRunner.query(`ALTER TABLE "theme_assignment" DROP CONSTRAINT "fk_theme_assignment_theme"`);
    await queryRunner.query(`ALTER TABLE "theme" DROP CONSTRAINT "fk_theme_round"`);
    await queryRunner.query(`ALTER TABLE "clustering_run" DROP CONSTRAINT "fk_clustering_run_round"`);
    await queryRunner.query(`ALTER TABLE "round" DROP COLUMN "theme_framework"`);
    await queryRunner.query(`DROP INDEX "public"."idx_synthesis_action_actor"`);
    await queryRunner.query(`DROP TABLE "synthesis_action"`);
    await queryRunner.query(`DROP INDEX "public"."idx_submission_duplicate_of"`);
    await queryRunner.query(`DROP TABLE "submission_duplicate"`);
    await queryRunner.query(`DROP INDEX "public"."idx_research_question_history_question"`);
    await queryRunner.query(`DROP TABLE "research_question_history"`);
    await queryRunner.query(`DROP INDEX "public"."idx_research_question_theme_theme"`);
    await queryRunner.query(`DROP TABLE "research_question_theme"`);
    await queryRunner.query(`DROP INDEX "public"."idx_research_question_round"`);
    await queryRunner.query(`DROP TABLE "research_question"`);
    await queryRunner.query(`DROP INDEX "public"."idx_theme_history_theme"`);
    await queryRunner.query(`DROP TABLE "theme_history"`);
    await queryRunner.query(`DROP INDEX "public"."uq_theme_assignment"`);
    await queryRunner.query(`DROP INDEX "public"."idx_theme_assignment_submission"`);
    await queryRunner.query(`DROP TABLE "theme_assignment"`);
    await queryRunner.query(`DROP INDEX "public"."idx_theme_round"`);
    await queryRunner.query(`DROP TABLE "theme"`);
    await queryRunner.query(`DROP INDEX "public"."idx_clustering_run_round"`);
    await queryRunner.query(`DROP TABLE "clustering_run"`);
  }
}
