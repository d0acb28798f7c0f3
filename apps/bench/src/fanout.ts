import type { ChildProcess } from 'node:child_process';
import { forkScript } from './processes';
import { epochMs, LatencySummary, summarise } from './stats';
import type { WatcherCommand, WatcherReport } from './watcher-process';

export interface FanoutOptions {
  /** Where the watchers connect; worker i uses urls[i % urls.length]. */
  urls: string[];
  boardId: string;
  watchers: number;
  replies: number;
  intervalMs: number;
  /** Sends reply `body` (after commit when it resolves); the watchers receive it as post.body. */
  publish: (body: string) => Promise<void>;
  /** Called once every socket is connected but before any watches a board (memory is read here). */
  onConnected?: () => Promise<void>;
  /** Called once every watcher is in the room and before the first reply (memory is read here). */
  onWatching?: () => Promise<void>;
  tag: string;
}

export interface FanoutResult {
  opened: number;
  /** Send of the mutation (or publish request) to receipt on each socket. */
  latency: LatencySummary;
  /**
   * The post's own createdAt (stamped by the server just before the reply's transaction; by the
   * baseline's publisher just before its publish request) to receipt on each socket: commit to
   * receipt plus the transaction's own time, measured without any change to the payloads.
   */
  fromStamp: LatencySummary;
  /** Send of the mutation to its response. */
  request: LatencySummary;
  deliveredPercent: number;
  /** Each timed reply in send order, so a high p99 can be traced to the replies that set it. */
  replies: ReplyTiming[];
}

/** One reply's timings, from just before its send (milliseconds). */
export interface ReplyTiming {
  /** When it was sent (epoch milliseconds), to line it up with a server's own logs. */
  at: number;
  request: number;
  /** Receipt on the first socket, the middle one and the last. */
  first: number;
  p50: number;
  last: number;
  received: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

class Worker {
  private readonly child: ChildProcess;
  private readonly waiting: Array<(report: WatcherReport) => void> = [];

  constructor() {
    this.child = forkScript('watcher-process.ts');
    this.child.on('message', (report: WatcherReport) => this.waiting.shift()?.(report));
  }

  ask<T extends WatcherReport>(command: WatcherCommand): Promise<T> {
    return new Promise((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`Watcher exited (${code})`));
      this.child.once('exit', onExit);
      this.waiting.push((report) => {
        this.child.off('exit', onExit);
        resolve(report as T);
      });
      this.child.send(command);
    });
  }

  kill(): void {
    if (this.child.exitCode === null) this.child.kill('SIGKILL');
  }
}

/**
 * Opens `watchers` sockets (from worker processes, up to 2,500 sockets each), then has them all
 * watch one board, sends `replies` replies `intervalMs` apart, and times each from just before its send to
 * its receipt on every socket. Both clocks are wall clocks of the same machine.
 */
export async function runFanout(options: FanoutOptions): Promise<FanoutResult> {
  const count = Math.max(options.urls.length, Math.ceil(options.watchers / 2500));
  const workers = Array.from({ length: count }, () => new Worker());
  try {
    const opened = await Promise.all(
      workers.map((worker, index) =>
        worker.ask<Extract<WatcherReport, { type: 'opened' }>>({
          type: 'open',
          url: options.urls[index % options.urls.length],
          count: Math.floor(options.watchers / count) + (index < options.watchers % count ? 1 : 0),
        }),
      ),
    );
    const failed = opened.reduce((sum, report) => sum + report.failed, 0);
    if (failed > 0) {
      throw new Error(
        `${failed} sockets could not connect: ${opened.find((r) => r.firstError)?.firstError}`,
      );
    }
    // Connected, watching nothing yet: idle sockets.
    await sleep(1_000);
    await options.onConnected?.();
    const watching = await Promise.all(
      workers.map((worker) =>
        worker.ask<Extract<WatcherReport, { type: 'watching' }>>({
          type: 'watch',
          boardId: options.boardId,
        }),
      ),
    );
    const refused = watching.reduce((sum, report) => sum + report.failed, 0);
    if (refused > 0) {
      throw new Error(
        `${refused} watchers could not watch: ${watching.find((r) => r.firstError)?.firstError}`,
      );
    }
    const sockets = watching.reduce((sum, report) => sum + report.watching, 0);
    // Let the joins' presence broadcasts settle before timing anything.
    await sleep(1_500);
    await options.onWatching?.();
    for (let warm = 0; warm < 2; warm += 1) {
      await options.publish(`${options.tag} warm-up ${warm}`);
      await sleep(200);
    }
    const sentAt = new Map<string, number>();
    const requestMs: number[] = [];
    for (let n = 0; n < options.replies; n += 1) {
      const body = `${options.tag} reply ${n}`;
      const startedAt = epochMs();
      sentAt.set(body, startedAt);
      await options.publish(body);
      requestMs.push(epochMs() - startedAt);
      await sleep(Math.max(0, startedAt + options.intervalMs - epochMs()));
    }
    // Wait for stragglers: up to 5 s after the last reply.
    const latencies: number[] = [];
    const fromStamp: number[] = [];
    const byReply = new Map<string, number[]>();
    let delivered = 0;
    const expected = sockets * options.replies;
    const deadline = epochMs() + 5_000;
    for (;;) {
      const reports = await Promise.all(
        workers.map((worker) =>
          worker.ask<Extract<WatcherReport, { type: 'receipts' }>>({ type: 'collect' }),
        ),
      );
      for (const report of reports) {
        for (const [body, times] of Object.entries(report.receipts)) {
          const sent = sentAt.get(body);
          if (sent === undefined) continue;
          delivered += times.length;
          const stamp = report.stamped[body];
          const ofReply = byReply.get(body) ?? [];
          byReply.set(body, ofReply);
          for (const at of times) {
            latencies.push(at - sent);
            ofReply.push(at - sent);
            if (stamp !== undefined) fromStamp.push(at - stamp);
          }
        }
      }
      if (delivered >= expected || epochMs() > deadline) break;
      await sleep(250);
    }
    await Promise.all(workers.map((worker) => worker.ask({ type: 'close' })));
    return {
      opened: sockets,
      latency: summarise(latencies),
      fromStamp: summarise(fromStamp),
      request: summarise(requestMs),
      deliveredPercent: expected === 0 ? 0 : (100 * Math.min(delivered, expected)) / expected,
      replies: [...sentAt.keys()].map((body, n) => {
        const times = summarise(byReply.get(body) ?? []);
        return {
          at: sentAt.get(body) ?? Number.NaN,
          request: requestMs[n],
          first: times.min,
          p50: times.p50,
          last: times.max,
          received: times.count,
        };
      }),
    };
  } finally {
    for (const worker of workers) worker.kill();
  }
}
