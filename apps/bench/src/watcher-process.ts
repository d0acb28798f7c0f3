/**
 * A worker process holding many socket.io watchers of one board, so the sockets' client-side cost
 * stays out of the process that sends the replies and measures. Driven over IPC (see fanout.ts).
 */
import { io, Socket } from 'socket.io-client';
import { epochMs } from './stats';

export type WatcherCommand =
  | { type: 'open'; url: string; count: number; boardId: string }
  | { type: 'collect' }
  | { type: 'close' };

export type WatcherReport =
  | { type: 'opened'; opened: number; failed: number; firstError: string | null }
  | { type: 'receipts'; receipts: Record<string, number[]> }
  | { type: 'closed' };

const sockets: Socket[] = [];
let receipts = new Map<string, number[]>();

function send(report: WatcherReport): void {
  process.send?.(report);
}

function record(message: unknown): void {
  const at = epochMs();
  const body = (message as { post?: { body?: unknown } } | null)?.post?.body;
  if (typeof body !== 'string') return;
  let times = receipts.get(body);
  if (!times) receipts.set(body, (times = []));
  times.push(at);
}

async function openOne(url: string, boardId: string): Promise<void> {
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
  const ack = (await socket.timeout(60_000).emitWithAck('board:watch', { boardId })) as {
    ok: boolean;
    message?: string;
  };
  if (!ack.ok) throw new Error(`board:watch refused: ${ack.message ?? 'no reason'}`);
}

async function open(command: Extract<WatcherCommand, { type: 'open' }>): Promise<void> {
  let opened = 0;
  let failed = 0;
  let firstError: string | null = null;
  // A few dozen handshakes at a time: all at once would measure a connection storm instead.
  const batch = 50;
  for (let start = 0; start < command.count; start += batch) {
    const size = Math.min(batch, command.count - start);
    const results = await Promise.allSettled(
      Array.from({ length: size }, () => openOne(command.url, command.boardId)),
    );
    for (const result of results) {
      if (result.status === 'fulfilled') opened += 1;
      else {
        failed += 1;
        firstError ??= String((result.reason as Error)?.message ?? result.reason);
      }
    }
  }
  send({ type: 'opened', opened, failed, firstError });
}

process.on('message', (command: WatcherCommand) => {
  switch (command.type) {
    case 'open':
      void open(command);
      break;
    case 'collect':
      send({ type: 'receipts', receipts: Object.fromEntries(receipts) });
      receipts = new Map();
      break;
    case 'close':
      for (const socket of sockets) socket.close();
      send({ type: 'closed' });
      setTimeout(() => process.exit(0), 50);
      break;
  }
});
