/**
 * Creates a demo community through the service layer on the configured database (DATABASE_URL,
 * else the embedded one under DATA_DIR): `npm run seed -- --members 200 --days 60`. Seed a fresh
 * database: handles and board names are unique.
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { createApp } from '@boardwalk/api';
import { ConfigError, loadConfig } from '@boardwalk/server-core';
import { planCommunity } from './plan';
import { SEED_PASSWORD, seedCommunity } from './seed-community';

function whole(name: string, value: string, min: number, max: number): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < min || number > max) {
    throw new ConfigError(`--${name} must be a whole number from ${min} to ${max} (got ${value})`);
  }
  return number;
}

/** One line redrawn in place on a terminal; a line per stage change otherwise. */
function progressBar(): (done: number, total: number, stage: string) => void {
  let lastStage = '';
  let lastDrawn = 0;
  return (done, total, stage) => {
    const now = Date.now();
    if (process.stderr.isTTY) {
      if (now - lastDrawn < 100 && done < total) return;
      lastDrawn = now;
      const width = 30;
      const filled = Math.round((done / total) * width);
      process.stderr.write(
        `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(Math.floor((done / total) * 100)).padStart(3)}% ${done}/${total} ${stage.padEnd(16)}`,
      );
      if (done === total && stage === 'growth rollups') process.stderr.write('\n');
    } else if (stage !== lastStage) {
      process.stderr.write(`${done}/${total} ${stage}\n`);
    }
    lastStage = stage;
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      members: { type: 'string', default: '60' },
      days: { type: 'string', default: '30' },
      seed: { type: 'string', default: '1' },
    },
  });
  const members = whole('members', values.members, 1, 100_000);
  const days = whole('days', values.days, 1, 730);
  const seed = whole('seed', values.seed, 0, 2 ** 31);
  const config = loadConfig({ ...process.env, LOG_LEVEL: process.env['LOG_LEVEL'] ?? 'warn' });
  const app = await createApp(config);
  await app.init();
  try {
    const plan = planCommunity({ members, days, seed, now: new Date() });
    const startedAt = performance.now();
    const summary = await seedCommunity(app, plan, progressBar());
    console.log(
      `Seeded ${summary.people} people (${summary.staff} staff), ${summary.boards} boards, ${summary.threads} threads, ${summary.posts} posts and ${summary.acceptedAnswers} accepted answers over ${days} days in ${Math.round((performance.now() - startedAt) / 1000)} s. Every account's password is "${SEED_PASSWORD}".`,
    );
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
