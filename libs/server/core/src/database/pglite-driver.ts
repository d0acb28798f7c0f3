import { PGliteDriver } from 'typeorm-pglite';
import { SessionLock } from './session-lock';

type ConnectCallback = (
  error: unknown,
  client: unknown,
  release: (error?: unknown) => void,
) => void;

interface PoolLike {
  connect(callback: ConnectCallback): Promise<void> | void;
}

/**
 * The node-postgres-shaped driver that TypeORM's postgres driver uses, backed by PGlite.
 *
 * PGlite is a single database session, and typeorm-pglite hands that session to every TypeORM
 * connection at once, so two concurrent transactions would interleave their statements on one
 * session (one's ROLLBACK undoing the other's writes). This wrapper lends the session to one
 * TypeORM query runner at a time, from `connect` until that runner releases it; everything else
 * waits in FIFO order. Code holding a query runner must therefore never wait on a second one.
 */
export function createSerialisedPgliteDriver(dataDir: string): { Pool: new () => PoolLike } {
  const base = new PGliteDriver({ dataDir }).driver as unknown as { Pool: new () => PoolLike };
  const lock = new SessionLock();

  class SerialisedPglitePool extends base.Pool {
    override async connect(callback: ConnectCallback): Promise<void> {
      const release = await lock.acquire();
      await super.connect((error, client, done) => {
        if (error) release();
        callback(error, client, (releaseError?: unknown) => {
          done(releaseError);
          release();
        });
      });
    }
  }

  return { Pool: SerialisedPglitePool };
}
