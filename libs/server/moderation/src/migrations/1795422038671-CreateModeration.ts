import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateModeration1795422038671 implements MigrationInterface {
  name = 'CreateModeration1795422038671';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "moderation_entries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "action" character varying(24) NOT NULL, "reason" character varying(500) NOT NULL, "moderator_id" uuid NOT NULL, "automatic" boolean NOT NULL DEFAULT false, "board_id" uuid, "post_id" uuid, "subject_id" uuid, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5321ee54213ccc661681eb3de78" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_fec940a861b2ce18e88bfaae1d" ON "moderation_entries" ("board_id", "created_at", "id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_499a854a601b6e69849259ff0a" ON "moderation_entries" ("created_at", "id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "post_flags" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "post_id" uuid NOT NULL, "board_id" uuid NOT NULL, "user_id" uuid NOT NULL, "reason" character varying(500) NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "resolved_at" TIMESTAMP(3) WITH TIME ZONE, "resolution" character varying(16), CONSTRAINT "PK_5b8aeb4a2c7ffb5ef475d7da880" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_d9304bac9437a36deab76baeaf" ON "post_flags" ("board_id", "created_at", "id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_9a88da9a5ae340cbb71be8b201" ON "post_flags" ("post_id", "user_id") ',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."IDX_9a88da9a5ae340cbb71be8b201"');
    await queryRunner.query('DROP INDEX "public"."IDX_d9304bac9437a36deab76baeaf"');
    await queryRunner.query('DROP TABLE "post_flags"');
    await queryRunner.query('DROP INDEX "public"."IDX_499a854a601b6e69849259ff0a"');
    await queryRunner.query('DROP INDEX "public"."IDX_fec940a861b2ce18e88bfaae1d"');
    await queryRunner.query('DROP TABLE "moderation_entries"');
  }
}
