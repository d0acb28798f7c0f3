import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A thread whose opening post is hidden hides its title too (GraphQL and search); threads whose
 * opening post is already hidden start hidden.
 */
export class HideThreadTitles1795424517310 implements MigrationInterface {
  name = 'HideThreadTitles1795424517310';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "threads" ADD "hidden" boolean NOT NULL DEFAULT false');
    await queryRunner.query(
      'UPDATE "threads" t SET "hidden" = true FROM "posts" p WHERE p."thread_id" = t."id" AND p."opening" AND p."hidden"',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "threads" DROP COLUMN "hidden"');
  }
}
