import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateBoards1795420858108 implements MigrationInterface {
  name = 'CreateBoards1795420858108';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "boards" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" character varying(50) NOT NULL, "name" character varying(60) NOT NULL, "name_key" character varying(60) NOT NULL, "description" text NOT NULL DEFAULT \'\', "created_by_id" uuid NOT NULL, "official" boolean NOT NULL DEFAULT false, "incubating" boolean NOT NULL DEFAULT true, "contributor_count" integer NOT NULL DEFAULT \'0\', "member_count" integer NOT NULL DEFAULT \'0\', "thread_count" integer NOT NULL DEFAULT \'0\', "post_count" integer NOT NULL DEFAULT \'0\', "seq" integer NOT NULL DEFAULT \'0\', "trending_score" double precision NOT NULL DEFAULT \'0\', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "last_activity_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "UQ_9a01141982175d5633687bcb47d" UNIQUE ("slug"), CONSTRAINT "UQ_b3db6b4f3503ac7a7fefbd9010e" UNIQUE ("name_key"), CONSTRAINT "PK_606923b0b068ef262dfdcd18f44" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_af8542a151c3d0133f82b60918" ON "boards" ("created_by_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_e2ba3f985784798c5a234f3730" ON "boards" ("incubating", "trending_score", "id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_e4c9eefaa5334bb44704ce72df" ON "boards" ("last_activity_at", "id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_5a86e07bd54479abfd385ace82" ON "boards" ("member_count", "id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_3fb0064c28847b890aa2eaeb67" ON "boards" ("created_at", "id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "board_contributors" ("board_id" uuid NOT NULL, "user_id" uuid NOT NULL, "last_posted_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "PK_45fba40925b8df749c987aef754" PRIMARY KEY ("board_id", "user_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "board_members" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "board_id" uuid NOT NULL, "user_id" uuid NOT NULL, "role" character varying(16) NOT NULL DEFAULT \'member\', "joined_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "last_active_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "PK_6994cea1393b5fa3a0dd827a9f7" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_a9989bac63c51805e59ce91a54" ON "board_members" ("user_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_159415b4beacf33c9393cfe673" ON "board_members" ("board_id", "user_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "board_contributors" ADD CONSTRAINT "FK_47f3c7ba6edd609f21ba13c7f54" FOREIGN KEY ("board_id") REFERENCES "boards"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "board_members" ADD CONSTRAINT "FK_ca2c72a39c80199717012df3932" FOREIGN KEY ("board_id") REFERENCES "boards"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "board_members" DROP CONSTRAINT "FK_ca2c72a39c80199717012df3932"',
    );
    await queryRunner.query(
      'ALTER TABLE "board_contributors" DROP CONSTRAINT "FK_47f3c7ba6edd609f21ba13c7f54"',
    );
    await queryRunner.query('DROP INDEX "public"."IDX_159415b4beacf33c9393cfe673"');
    await queryRunner.query('DROP INDEX "public"."IDX_a9989bac63c51805e59ce91a54"');
    await queryRunner.query('DROP TABLE "board_members"');
    await queryRunner.query('DROP TABLE "board_contributors"');
    await queryRunner.query('DROP INDEX "public"."IDX_3fb0064c28847b890aa2eaeb67"');
    await queryRunner.query('DROP INDEX "public"."IDX_5a86e07bd54479abfd385ace82"');
    await queryRunner.query('DROP INDEX "public"."IDX_e4c9eefaa5334bb44704ce72df"');
    await queryRunner.query('DROP INDEX "public"."IDX_e2ba3f985784798c5a234f3730"');
    await queryRunner.query('DROP INDEX "public"."IDX_af8542a151c3d0133f82b60918"');
    await queryRunner.query('DROP TABLE "boards"');
  }
}
