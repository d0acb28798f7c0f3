import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateGrowthRollups1795423103467 implements MigrationInterface {
  name = 'CreateGrowthRollups1795423103467';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "growth_days" ("day" date NOT NULL, "new_members" integer NOT NULL DEFAULT \'0\', "new_boards" integer NOT NULL DEFAULT \'0\', "member_created_boards" integer NOT NULL DEFAULT \'0\', "active_members" integer NOT NULL DEFAULT \'0\', CONSTRAINT "PK_a0fb52f95c56f212e40cdf931d3" PRIMARY KEY ("day"))',
    );
    await queryRunner.query(
      'CREATE TABLE "growth_board_days" ("day" date NOT NULL, "board_id" uuid NOT NULL, "official" boolean NOT NULL, "posts" integer NOT NULL DEFAULT \'0\', "threads" integer NOT NULL DEFAULT \'0\', "member_to_member_replies" integer NOT NULL DEFAULT \'0\', "staff_replies" integer NOT NULL DEFAULT \'0\', "new_members" integer NOT NULL DEFAULT \'0\', CONSTRAINT "PK_4df5702abc9bb113915ff89a48f" PRIMARY KEY ("day", "board_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_4df5702abc9bb113915ff89a48" ON "growth_board_days" ("board_id", "day") ',
    );
    await queryRunner.query(
      'CREATE TABLE "growth_active_days" ("day" date NOT NULL, "user_id" uuid NOT NULL, CONSTRAINT "PK_7cc8e13126e056008bbb5187f6e" PRIMARY KEY ("day", "user_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "growth_active_years" ("year" smallint NOT NULL, "user_id" uuid NOT NULL, "days" bit(366) NOT NULL, CONSTRAINT "PK_9a20c5ddbd7d00a91756f523e38" PRIMARY KEY ("year", "user_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "growth_board_active_days" ("board_id" uuid NOT NULL, "day" date NOT NULL, "user_id" uuid NOT NULL, "posts" integer NOT NULL, CONSTRAINT "PK_380a15fe94d996333411d1458a6" PRIMARY KEY ("board_id", "day", "user_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "growth_threads" ("thread_id" uuid NOT NULL, "board_id" uuid NOT NULL, "author_id" uuid NOT NULL, "started_day" date NOT NULL, "first_reply_minutes" double precision, "first_staff_reply_minutes" double precision, "accepted_answer_id" uuid, "accepted_by_member" boolean, CONSTRAINT "PK_3ca2185a3afa4abcbea58933ddd" PRIMARY KEY ("thread_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_f38530b6f8c02c490d23e936a6" ON "growth_threads" ("board_id", "started_day") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_240339d0bb7502ef6c12922927" ON "growth_threads" ("started_day") ',
    );
    await queryRunner.query(
      'CREATE TABLE "growth_rollup_state" ("id" smallint NOT NULL, "completed_through" date, "refreshed_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, CONSTRAINT "PK_1ffaeff0aa5298f07728686300b" PRIMARY KEY ("id"))',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "growth_rollup_state"');
    await queryRunner.query('DROP INDEX "public"."IDX_240339d0bb7502ef6c12922927"');
    await queryRunner.query('DROP INDEX "public"."IDX_f38530b6f8c02c490d23e936a6"');
    await queryRunner.query('DROP TABLE "growth_threads"');
    await queryRunner.query('DROP TABLE "growth_board_active_days"');
    await queryRunner.query('DROP TABLE "growth_active_years"');
    await queryRunner.query('DROP TABLE "growth_active_days"');
    await queryRunner.query('DROP INDEX "public"."IDX_4df5702abc9bb113915ff89a48"');
    await queryRunner.query('DROP TABLE "growth_board_days"');
    await queryRunner.query('DROP TABLE "growth_days"');
  }
}
