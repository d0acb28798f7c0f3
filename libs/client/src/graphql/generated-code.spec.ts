// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../../codegen';

const workspaceRoot = join(__dirname, '..', '..', '..', '..');

describe('generated GraphQL client code', () => {
  it('matches the schema and the operations (run `npm run codegen` after changing either)', async () => {
    const previousDirectory = process.cwd();
    process.chdir(workspaceRoot);
    try {
      const outputs = (await generate({ ...config, silent: true }, false)) as Array<{
        filename: string;
        content: string;
      }>;
      expect(outputs.length).toBeGreaterThan(0);
      for (const output of outputs) {
        expect(readFileSync(join(workspaceRoot, output.filename), 'utf8')).toBe(output.content);
      }
    } finally {
      process.chdir(previousDirectory);
    }
  }, 30_000);
});
