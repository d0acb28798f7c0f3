/**
 * A worker process holding many socket.io watchers of one board, so the sockets' client-side cost
 * stays out of the process that sends the replies and measures. Driven over IPC (see fanout.ts).
 */
import { io, Socket } from 'socket.io-client';
import { epochMs } from './stats';

export type WatcherCommand =
  | { type: 'open'; url: string; count: number }
  | { type: 'watch'; boardId: string }
  | { type: 'collect' }
  | { type: 'close' };

export type WatcherReport =
  | { type: 'opened'; opened: number; failed: number; firstError: string | null }
  | { type: 'watching'; watching: number; failed: number; firstError: string | null }
  | {
      type: 'receipts';
      receipts: Record<string, number[]>;
      /** The post's createdAt (server clock, stamped just before its transaction), by body. */
      stamped: Record<string, number>;
    }
  | { type: 'closed' };

const sockets: Socket[] = [];
let receipts = new Map<string, number[]>();
let stamped = new Map<string, number>();

function send(report: WatcherReport): void {
  process.send?.(report);
}

function record(message: unknown): void {
  const at = epochMs();
  const post = (message as { post?: { body?: unknown; createdAt?: unknown } } | null)?.post;
  const body = post?.body;
  if (typeof body !== 'string') return;
  let times = receipts.get(body);
  if (!times) {
    receipts.set(body, (times = []));
    if (typeof post?.createdAt === 'string') stamped.set(body, Date.parse(post.createdAt));
  }
  times.push(at);
}

async function openOne(url: string): Promise<void> {
  const socket = io(url, {
    path: '/socket.io',
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    timeout: 60_000,
  });
  sockets.push(socket);
  socket.on('post.created', record);
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', (error) => reject(error));
  });
}

async function watchOne(socket: Socket, boardId: string): Promise<void> {
  const ack = (await socket.timeout(60_000).emitWithAck('board:watch', { boardId })) as {
    ok: boolean;
    message?: string;
  };
  if (!ack.ok) throw new Error(`board:watch refused: ${ack.message ?? 'no reason'}`);
}

/** Runs `work` for `count` items a few dozen at a time: all at once would be a storm. */
async function inBatches(
  count: number,
  work: (index: number) => Promise<void>,
): Promise<{ done: number; failed: number; firstError: string | null }> {
  let done = 0;
  let failed = 0;
  let firstError: string | null = null;
  const batch = 50;
  for (let start = 0; start < count; start += batch) {
    const size = Math.min(batch, count - start);
    const results = await Promise.allSettled(
      Array.from({ length: size }, (_, offset) => work(start + offset)),
    );
    for (const result of results) {
      if (result.status === 'fulfilled') done += 1;
      else {
        failed += 1;
        firstError ??= String((result.reason as Error)?.message ?? result.reason);
      }
    }
  }
  return { done, failed, firstError };
}

async function open(command: Extract<WatcherCommand, { type: 'open' }>): Promise<void> {
  const { done, failed, firstError } = await inBatches(command.count, () => openOne(command.url));
  send({ type: 'opened', opened: done, failed, firstError });
}

async function watch(command: Extract<WatcherCommand, { type: 'watch' }>): Promise<void> {
  const connected = sockets.filter((socket) => socket.connected);
  const { done, failed, firstError } = await inBatches(connected.length, (index) =>
    watchOne(connected[index], command.boardId),
  );
  send({ type: 'watching', watching: done, failed, firstError });
}

process.on('message', (command: WatcherCommand) => {
  switch (command.type) {
    case 'open':
      void open(command);
      break;
    case 'watch':
      void watch(command);
      break;
    case 'collect':
      send({
        type: 'receipts',
        receipts: Object.fromEntries(receipts),
        stamped: Object.fromEntries(stamped),
      });
      receipts = new Map();
      stamped = new Map();
      break;
    case 'close':
      for (const socket of sockets) socket.close();
      send({ type: 'closed' });
      setTimeout(() => process.exit(0), 50);
      break;
  }
});
