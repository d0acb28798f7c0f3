/**
 * A FIFO lock that lends one resource to one holder at a time. Each `acquire` resolves with a
 * release function once every earlier holder has released.
 */
export class SessionLock {
  private tail: Promise<void> = Promise.resolve();
  private waiting = 0;

  get queueLength(): number {
    return this.waiting;
  }

  acquire(): Promise<() => void> {
    let releaseThis!: () => void;
    const released = new Promise<void>((resolve) => (releaseThis = resolve));
    const previous = this.tail;
    this.tail = previous.then(() => released);
    this.waiting += 1;
    return previous.then(() => {
      this.waiting -= 1;
      let done = false;
      return () => {
        if (done) return;
        done = true;
        releaseThis();
      };
    });
  }
}
