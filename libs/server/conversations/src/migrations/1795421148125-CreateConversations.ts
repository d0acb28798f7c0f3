import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateConversations1795421148125 implements MigrationInterface {
  name = 'CreateConversations1795421148125';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "threads" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "board_id" uuid NOT NULL, "author_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "last_activity_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "reply_count" integer NOT NULL DEFAULT \'0\', "participant_count" integer NOT NULL DEFAULT \'0\', "accepted_answer_id" uuid, "first_staff_reply_at" TIMESTAMP(3) WITH TIME ZONE, "search_vector" tsvector, CONSTRAINT "PK_d8a74804c34fc3900502cd27275" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_71b6a8e2ea822297f14b96c318" ON "threads" ("author_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_28030e63c36bfcf83eded76dfa" ON "threads" ("board_id", "last_activity_at", "id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "posts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "thread_id" uuid NOT NULL, "board_id" uuid NOT NULL, "author_id" uuid NOT NULL, "opening" boolean NOT NULL DEFAULT false, "reply_to_id" uuid, "body" text NOT NULL, "body_html" text NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "edited_at" TIMESTAMP(3) WITH TIME ZONE, "deleted_at" TIMESTAMP(3) WITH TIME ZONE, "hidden" boolean NOT NULL DEFAULT false, "search_vector" tsvector, CONSTRAINT "PK_2829ac61eff60fcec60d7274b9e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_312c63be865c81b922e39c2475" ON "posts" ("author_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_33c1bbf40299bbb730fdb96982" ON "posts" ("thread_id", "created_at", "id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "thread_participants" ("thread_id" uuid NOT NULL, "user_id" uuid NOT NULL, CONSTRAINT "PK_36d229ec51689a184711268fe09" PRIMARY KEY ("thread_id", "user_id"))',
    );
    await queryRunner.query(
      'ALTER TABLE "posts" ADD CONSTRAINT "FK_89efae744488da3393177c9ccbf" FOREIGN KEY ("thread_id") REFERENCES "threads"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "thread_participants" ADD CONSTRAINT "FK_c0b642fb1e69a2d51ad4a427635" FOREIGN KEY ("thread_id") REFERENCES "threads"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    // Written by hand: entities cannot express GIN indexes or triggers. The search vectors are
    // kept by triggers so no write path can forget them.
    await queryRunner.query(
      `CREATE FUNCTION threads_search_vector_update() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN NEW.search_vector := to_tsvector('english', coalesce(NEW.title, '')); RETURN NEW; END $$`,
    );
    await queryRunner.query(
      'CREATE TRIGGER "threads_search_vector" BEFORE INSERT OR UPDATE OF "title" ON "threads" FOR EACH ROW EXECUTE FUNCTION threads_search_vector_update()',
    );
    await queryRunner.query(
      `CREATE FUNCTION posts_search_vector_update() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN NEW.search_vector := to_tsvector('english', coalesce(NEW.body, '')); RETURN NEW; END $$`,
    );
    await queryRunner.query(
      'CREATE TRIGGER "posts_search_vector" BEFORE INSERT OR UPDATE OF "body" ON "posts" FOR EACH ROW EXECUTE FUNCTION posts_search_vector_update()',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_threads_search_vector" ON "threads" USING GIN ("search_vector")',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_posts_search_vector" ON "posts" USING GIN ("search_vector")',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."IDX_posts_search_vector"');
    await queryRunner.query('DROP INDEX "public"."IDX_threads_search_vector"');
    await queryRunner.query('DROP TRIGGER "posts_search_vector" ON "posts"');
    await queryRunner.query('DROP FUNCTION posts_search_vector_update()');
    await queryRunner.query('DROP TRIGGER "threads_search_vector" ON "threads"');
    await queryRunner.query('DROP FUNCTION threads_search_vector_update()');
    await queryRunner.query(
      'ALTER TABLE "thread_participants" DROP CONSTRAINT "FK_c0b642fb1e69a2d51ad4a427635"',
    );
    await queryRunner.query('ALTER TABLE "posts" DROP CONSTRAINT "FK_89efae744488da3393177c9ccbf"');
    await queryRunner.query('DROP TABLE "thread_participants"');
    await queryRunner.query('DROP INDEX "public"."IDX_33c1bbf40299bbb730fdb96982"');
    await queryRunner.query('DROP INDEX "public"."IDX_312c63be865c81b922e39c2475"');
    await queryRunner.query('DROP TABLE "posts"');
    await queryRunner.query('DROP INDEX "public"."IDX_28030e63c36bfcf83eded76dfa"');
    await queryRunner.query('DROP INDEX "public"."IDX_71b6a8e2ea822297f14b96c318"');
    await queryRunner.query('DROP TABLE "threads"');
  }
}
