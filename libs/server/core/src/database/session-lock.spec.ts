import { SessionLock } from './session-lock';

describe('SessionLock', () => {
  it('lends the session to one holder at a time, first come first served', async () => {
    const lock = new SessionLock();
    const events: string[] = [];
    const hold = async (name: string, ms: number) => {
      const release = await lock.acquire();
      events.push(`${name}:start`);
      await new Promise((resolve) => setTimeout(resolve, ms));
      events.push(`${name}:end`);
      release();
    };
    await Promise.all([hold('a', 20), hold('b', 1), hold('c', 5)]);
    expect(events).toEqual(['a:start', 'a:end', 'b:start', 'b:end', 'c:start', 'c:end']);
  });

  it('ignores a second release of the same loan', async () => {
    const lock = new SessionLock();
    const first = await lock.acquire();
    const second = lock.acquire();
    const third = lock.acquire();
    first();
    first();
    const releaseSecond = await second;
    let thirdAcquired = false;
    void third.then(() => (thirdAcquired = true));
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(thirdAcquired).toBe(false);
    releaseSecond();
    await third;
    expect(lock.queueLength).toBe(0);
  });
});
