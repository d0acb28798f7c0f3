import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateNotifications1795421554979 implements MigrationInterface {
  name = 'CreateNotifications1795421554979';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "kind" character varying(24) NOT NULL, "actor_id" uuid, "thread_id" uuid, "post_id" uuid, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_5e14295aeb91ae9e5f6cee1fad" ON "notifications" ("user_id", "post_id", "kind") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_dc31b33b2a539bc9e96d9b28b3" ON "notifications" ("user_id", "created_at", "id") ',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."IDX_dc31b33b2a539bc9e96d9b28b3"');
    await queryRunner.query('DROP INDEX "public"."IDX_5e14295aeb91ae9e5f6cee1fad"');
    await queryRunner.query('DROP TABLE "notifications"');
  }
}
