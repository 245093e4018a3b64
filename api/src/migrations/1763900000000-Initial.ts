import { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1763900000000 implements MigrationInterface {
  name = 'Initial1763900000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid, "actor_id" uuid, "actor_email" character varying(254), "action" character varying(100) NOT NULL, "subject_type" character varying(60) NOT NULL, "subject_id" character varying(100), "before" jsonb, "after" jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_481efbe8b0a403efe3f47a6528f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_audit_workspace_created" ON "audit_event"  ("workspace_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "session" ("sid" character varying(255) NOT NULL, "sess" json NOT NULL, "expire" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_7575923e18b495ed2307ae629ae" PRIMARY KEY ("sid"))`,
    );
    await queryRunner.query(`CREATE INDEX "idx_session_expire" ON "session"  ("expire") `);
    await queryRunner.query(
      `CREATE TABLE "workspace" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" character varying(64) NOT NULL, "name" character varying(200) NOT NULL, "description" text NOT NULL DEFAULT '', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_0d706c438a9b1ae0ac9806a201a" UNIQUE ("slug"), CONSTRAINT "PK_ca86b6f9b3be5fe26d307d09b49" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "workspace_membership" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "workspace_id" uuid NOT NULL, "role" character varying(20) NOT NULL, CONSTRAINT "uq_membership_workspace_user" UNIQUE ("workspace_id", "user_id"), CONSTRAINT "ck_membership_role" CHECK ("role" IN ('admin', 'moderator')), CONSTRAINT "PK_6641ba762220c1f1a86c9379e80" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "idx_membership_user" ON "workspace_membership"  ("user_id") `);
    await queryRunner.query(
      `CREATE TABLE "staff_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(254) NOT NULL, "password_hash" character varying(255) NOT NULL, "display_name" character varying(200) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_login_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_41a4f42a05b7aee26f9d3a0bb6b" UNIQUE ("email"), CONSTRAINT "PK_cec9365d9fc3a3409158b645f2e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "round" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "slug" character varying(80) NOT NULL, "title" character varying(200) NOT NULL, "introduction" text NOT NULL DEFAULT '', "status" character varying(20) NOT NULL DEFAULT 'draft', "opens_at" TIMESTAMP WITH TIME ZONE, "closes_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_d1bed721381c07d1aa8084ac81e" UNIQUE ("slug"), CONSTRAINT "ck_round_status" CHECK ("status" IN ('draft','open','closed','synthesis','prioritising','published','archived')), CONSTRAINT "PK_34bd959f3f4a90eb86e4ae24d2d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "idx_round_workspace" ON "round"  ("workspace_id") `);
    await queryRunner.query(
      `ALTER TABLE "workspace_membership" ADD CONSTRAINT "fk_membership_user" FOREIGN KEY ("user_id") REFERENCES "staff_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "workspace_membership" ADD CONSTRAINT "fk_membership_workspace" FOREIGN KEY ("workspace_id") REFERENCES "workspace"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "round" ADD CONSTRAINT "fk_round_workspace" FOREIGN KEY ("workspace_id") REFERENCES "workspace"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // The audit log is append-only for everyone, including the API's own database user.
    await queryRunner.query(
      `CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit_event is append-only'; END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER trg_audit_event_no_update BEFORE UPDATE OR DELETE ON "audit_event" FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER trg_audit_event_no_truncate BEFORE TRUNCATE ON "audit_event" FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "trg_audit_event_no_truncate" ON "audit_event"`);
    await queryRunner.query(`DROP TRIGGER "trg_audit_event_no_update" ON "audit_event"`);
    await queryRunner.query(`DROP FUNCTION audit_event_append_only()`);
    await queryRunner.query(`ALTER TABLE "round" DROP CONSTRAINT "fk_round_workspace"`);
    await queryRunner.query(`ALTER TABLE "workspace_membership" DROP CONSTRAINT "fk_membership_workspace"`);
    await queryRunner.query(`ALTER TABLE "workspace_membership" DROP CONSTRAINT "fk_membership_user"`);
    await queryRunner.query(`DROP INDEX "public"."idx_round_workspace"`);
    await queryRunner.query(`DROP TABLE "round"`);
    await queryRunner.query(`DROP TABLE "staff_user"`);
    await queryRunner.query(`DROP INDEX "public"."idx_membership_user"`);
    await queryRunner.query(`DROP TABLE "workspace_membership"`);
    await queryRunner.query(`DROP TABLE "workspace"`);
    await queryRunner.query(`DROP INDEX "public"."idx_session_expire"`);
    await queryRunner.query(`DROP TABLE "session"`);
    await queryRunner.query(`DROP INDEX "public"."idx_audit_workspace_created"`);
    await queryRunner.query(`DROP TABLE "audit_event"`);
  }
}
