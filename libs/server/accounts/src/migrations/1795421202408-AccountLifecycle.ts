import { MigrationInterface, QueryRunner } from 'typeorm';

export class AccountLifecycle1795421202408 implements MigrationInterface {
  name = 'AccountLifecycle1795421202408';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "users" ADD "staff_verified_at" TIMESTAMP(3) WITH TIME ZONE',
    );
    await queryRunner.query(
      'ALTER TABLE "users" ADD "staff_reverify_sent_at" TIMESTAMP(3) WITH TIME ZONE',
    );
    await queryRunner.query('ALTER TABLE "users" ADD "deleted_at" TIMESTAMP(3) WITH TIME ZONE');
    // Staff from before re-verification existed count as confirmed when they verified their email.
    await queryRunner.query(
      'UPDATE "users" SET "staff_verified_at" = COALESCE("email_verified_at", now()) WHERE "is_staff"',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "users" DROP COLUMN "deleted_at"');
    await queryRunner.query('ALTER TABLE "users" DROP COLUMN "staff_reverify_sent_at"');
    await queryRunner.query('ALTER TABLE "users" DROP COLUMN "staff_verified_at"');
  }
}
