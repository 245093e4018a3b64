import { MigrationInterface, QueryRunner } from 'typeorm';

export class Privacy1763950000000 implements MigrationInterface {
  name = 'Privacy1763950000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "submission" ADD "quote_consent" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "round" ADD "left_open_at" TIMESTAMP WITH TIME ZONE`);
    // Rounds that already left `open` get the moment from the audit log (the last open → other move);
    // where that is missing, their last update, which is never earlier: retention then starts later, not sooner.
    await queryRunner.query(
      `UPDATE "round" r SET "left_open_at" = COALESCE(
         (SELECT max(a."created_at") FROM "audit_event" a
           WHERE a."subject_type" = 'round' AND a."subject_id" = r."id"::text
             AND a."action" = 'round.status_changed' AND a."before"->>'status' = 'open'),
         r."updated_at")
       WHERE r."status" NOT IN ('draft', 'open')`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "round" DROP COLUMN "left_open_at"`);
    await queryRunner.query(`ALTER TABLE "submission" DROP COLUMN "quote_consent"`);
  }
}
