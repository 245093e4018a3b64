import { MigrationInterface, QueryRunner } from 'typeorm';

// The published agenda as a fixed record. Rounds published before this have no row; they are computed live.
export class AgendaSnapshot1763970000000 implements MigrationInterface {
  name = 'AgendaSnapshot1763970000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "agenda_publication" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "round_id" uuid NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE NOT NULL, "published_by" uuid, "snapshot" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5acfe46bc333dc6b162dc1a2bd0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_agenda_publication_round" ON "agenda_publication"  ("round_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_agenda_publication_workspace" ON "agenda_publication"  ("workspace_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "agenda_publication" ADD CONSTRAINT "fk_agenda_publication_round" FOREIGN KEY ("round_id") REFERENCES "round"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "agenda_publication" DROP CONSTRAINT "fk_agenda_publication_round"`);
    await queryRunner.query(`DROP INDEX "public"."idx_agenda_publication_workspace"`);
    await queryRunner.query(`DROP INDEX "public"."uq_agenda_publication_round"`);
    await queryRunner.query(`DROP TABLE "agenda_publication"`);
  }
}
