/**
 * Writes a migration with the SQL that brings a freshly migrated database in line with the
 * entities: `npm run migration:generate -- <lib> <PascalName>`, e.g. `accounts AddUserLocale`.
 */
import 'reflect-metadata';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { DATABASE_PARTS } from '@boardwalk/api';
import { dataSourceOptions, loadConfig } from '@boardwalk/server-core';

async function main(): Promise<void> {
  const [lib, name] = process.argv.slice(2);
  if (!lib || !name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
    throw new Error('usage: npm run migration:generate -- <lib> <PascalName>');
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'bw-migration-'));
  const config = loadConfig({
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    DATABASE_URL: process.env['DATABASE_URL'],
  });
  const dataSource = new DataSource(dataSourceOptions(config, DATABASE_PARTS));
  try {
    await dataSource.initialize();
    await dataSource.runMigrations();
    const sql = await dataSource.driver.createSchemaBuilder().log();
    if (sql.upQueries.length === 0) {
      console.log('The entities and the migrations agree; nothing to generate.');
      return;
    }
    const timestamp = Date.now();
    const quote = (query: string) => `    await queryRunner.query(${JSON.stringify(query)});`;
    const body = `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${name}${timestamp} implements MigrationInterface {
  name = '${name}${timestamp}';

  async up(queryRunner: QueryRunner): Promise<void> {
${sql.upQueries.map((query) => quote(query.query)).join('\n')}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${sql.downQueries
  .reverse()
  .map((query) => quote(query.query))
  .join('\n')}
  }
}
`;
    const file = join('libs/server', lib, 'src/migrations', `${timestamp}-${name}.ts`);
    writeFileSync(file, body);
    console.log(`Wrote ${file}; add it to that lib's migrations/index.ts.`);
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
