import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The built-in account that automatic actions are logged under, so the public log never names a
 * flagger. It has no usable email or password (no hash matches '!system'), so nobody signs in as
 * it. Earlier automatic entries named the member who set them off; they are moved to it too.
 * The id is AUTOMATIC_MODERATOR.id; the handle falls back if a member already holds 'automod'.
 */
export class AutomaticModerator1795424517320 implements MigrationInterface {
  name = 'AutomaticModerator1795424517320';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `INSERT INTO "users" ("id", "handle", "display_name", "bio", "email", "password_hash")
       SELECT '00000000-0000-4000-a000-00000000a070',
              CASE WHEN EXISTS (SELECT 1 FROM "users" WHERE "handle" = 'automod')
                   THEN 'automod_system' ELSE 'automod' END,
              'Automatic moderation',
              'Acts when enough members flag a post, until a moderator reviews it. Not a person.',
              'automod@system.invalid', '!system'
       ON CONFLICT ("id") DO NOTHING`,
    );
    await queryRunner.query(
      `UPDATE "moderation_entries" SET "moderator_id" = '00000000-0000-4000-a000-00000000a070'
        WHERE "automatic"`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DELETE FROM "users" WHERE "id" = '00000000-0000-4000-a000-00000000a070'`,
    );
  }
}
