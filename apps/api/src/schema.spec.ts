import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { loadConfig } from '@boardwalk/server-core';
import { createTestDatabase, TestDatabase } from '@boardwalk/server-core/testing';
import type { INestApplication } from '@nestjs/common';
import { createApp } from './create-app';

const SCHEMA_FILE = join(__dirname, '..', 'schema.gql');
const HEADER =
  '# The public GraphQL contract of Boardwalk, generated from the code: `npm run schema:write`.\n\n';

describe('committed GraphQL schema', () => {
  let database: TestDatabase;
  let app: INestApplication;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createApp(loadConfig({ ...database.env, LOG_LEVEL: 'silent' }));
    await app.init();
  });

  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  it('matches apps/api/schema.gql (run `npm run schema:write` after changing the GraphQL code)', () => {
    const printed =
      HEADER + printSchema(lexicographicSortSchema(app.get(GraphQLSchemaHost).schema)) + '\n';
    if (process.env['UPDATE_SCHEMA'] === '1') writeFileSync(SCHEMA_FILE, printed);
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(printed);
  });
});
