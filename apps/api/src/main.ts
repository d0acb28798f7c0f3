import 'reflect-metadata';
import { ConfigError, loadConfig } from '@boardwalk/server-core';
import { startApp, stopOnSignals } from './create-app';

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const startedAt = performance.now();
  const { app, port } = await startApp(config);
  stopOnSignals(app);
  const engine = config.usesEmbeddedDatabase
    ? `embedded PGlite in ${config.dataDir}/db`
    : 'PostgreSQL';
  console.log(
    `Boardwalk listening on http://localhost:${port} (GraphQL at /graphql, database: ${engine}, ready in ${Math.round(performance.now() - startedAt)} ms)`,
  );
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error('Boardwalk failed to start:', error instanceof Error ? error.message : error);
  }
  process.exit(1);
});
