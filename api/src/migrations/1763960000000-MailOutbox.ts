import { MigrationInterface, QueryRunner } from 'typeorm';

export class MailOutbox1763960000000 implements MigrationInterface {
  name = 'MailOutbox1763960000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "mail_outbox" ("id" uuid NOT NULL, "workspace_id" uuid NOT NULL, "participant_id" uuid NOT NULL, "kind" character varying(20) NOT NULL, "recipient" bytea, "payload" bytea, "language" character varying(2) NOT NULL, "status" character varying(10) NOT NULL DEFAULT 'queued', "attempts" integer NOT NULL DEFAULT '0', "last_error" character varying(300), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_mail_outbox_wiped" CHECK (("status" = 'queued') = ("recipient" IS NOT NULL AND "payload" IS NOT NULL)), CONSTRAINT "ck_mail_outbox_language" CHECK ("language" IN ('nl','en')), CONSTRAINT "ck_mail_outbox_status" CHECK ("status" IN ('queued','sent','failed')), CONSTRAINT "ck_mail_outbox_kind" CHECK ("kind" IN ('return-code')), CONSTRAINT "PK_fecc63c96385bc35a39ccf2a72e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_mail_outbox_holding" ON "mail_outbox"  ("created_at") WHERE "recipient" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_mail_outbox_participant" ON "mail_outbox"  ("participant_id", "created_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "mail_outbox" ADD CONSTRAINT "fk_mail_outbox_participant" FOREIGN KEY ("participant_id") REFERENCES "participant"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "mail_outbox" DROP CONSTRAINT "fk_mail_outbox_participant"`);
    await queryRunner.query(`DROP INDEX "public"."idx_mail_outbox_participant"`);
    await queryRunner.query(`DROP INDEX "public"."idx_mail_outbox_holding"`);
    await queryRunner.query(`DROP TABLE "mail_outbox"`);
  }
}
