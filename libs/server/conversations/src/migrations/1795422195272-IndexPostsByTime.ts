import { MigrationInterface, QueryRunner } from 'typeorm';

export class IndexPostsByTime1795422195272 implements MigrationInterface {
  name = 'IndexPostsByTime1795422195272';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE INDEX "IDX_60818528127866f5002e7f826d" ON "posts" ("created_at") ',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."IDX_60818528127866f5002e7f826d"');
  }
}
