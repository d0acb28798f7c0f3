import { MigrationInterface, QueryRunner } from 'typeorm';

export class NotificationMail1795422078508 implements MigrationInterface {
  name = 'NotificationMail1795422078508';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "notification_secrets" ("name" character varying(50) NOT NULL, "value" character varying(200) NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_efbacaf3bd8d11b66da7354b2eb" PRIMARY KEY ("name"))',
    );
    await queryRunner.query(
      'CREATE TABLE "notification_settings" ("user_id" uuid NOT NULL, "email" character varying(16) NOT NULL DEFAULT \'DAILY_DIGEST\', "mail_day" date, "mails_today" integer NOT NULL DEFAULT \'0\', "last_digest_at" TIMESTAMP(3) WITH TIME ZONE, "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_91a7ffebe8b406c4470845d4781" PRIMARY KEY ("user_id"))',
    );
    await queryRunner.query(
      'ALTER TABLE "notifications" ADD "emailed_at" TIMESTAMP(3) WITH TIME ZONE',
    );
    await queryRunner.query(
      'ALTER TABLE "notifications" ADD "digested_at" TIMESTAMP(3) WITH TIME ZONE',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_notifications_unmailed" ON "notifications" ("user_id") WHERE read_at IS NULL AND emailed_at IS NULL AND digested_at IS NULL',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."IDX_notifications_unmailed"');
    await queryRunner.query('ALTER TABLE "notifications" DROP COLUMN "digested_at"');
    await queryRunner.query('ALTER TABLE "notifications" DROP COLUMN "emailed_at"');
    await queryRunner.query('DROP TABLE "notification_settings"');
    await queryRunner.query('DROP TABLE "notification_secrets"');
  }
}
