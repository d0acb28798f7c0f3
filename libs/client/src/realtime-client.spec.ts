// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServer, Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { REALTIME_PATH, RealtimePost } from '@boardwalk/contracts';
import { Server, Socket } from 'socket.io';
import { CatchUpResult, RealtimeClient } from './realtime-client';

const BOARD = 'board-1';
const THREAD = 'thread-1';

function post(id: string, minute: number, body = id): RealtimePost {
  return {
    id,
    threadId: THREAD,
    boardId: BOARD,
    authorId: 'u1',
    author: null,
    replyToId: null,
    body,
    bodyHtml: body,
    createdAt: new Date(Date.UTC(2026, 0, 1, 0, minute)).toISOString(),
    editedAt: null,
    hidden: false,
    deleted: false,
  };
}

async function until(check: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 3_000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** A stand-in server speaking the realtime contract: acks watches with the current seq. */
describe('RealtimeClient', () => {
  let http: HttpServer;
  let io: Server;
  let url: string;
  let seq: number;
  let serverSocket: Socket | null;
  let client: RealtimeClient;

  beforeEach(async () => {
    seq = 5;
    serverSocket = null;
    http = createServer();
    io = new Server(http, { path: REALTIME_PATH });
    io.on('connection', (socket) => {
      serverSocket = socket;
      socket.on('board:watch', (_payload: unknown, ack: (answer: unknown) => void) =>
        ack({ ok: true, seq }),
      );
    });
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  });

  afterEach(async () => {
    client?.close();
    await io.close();
  });

  function emitPost(id: string, postSeq: number, minute: number): void {
    seq = Math.max(seq, postSeq);
    io.emit('post.created', {
      boardId: BOARD,
      threadId: THREAD,
      post: post(id, minute),
      seq: postSeq,
    });
  }

  it('catches up on a seq gap before delivering what follows, once each and in order', async () => {
    const delivered: string[] = [];
    const calls: Array<[number, number]> = [];
    client = new RealtimeClient({ url, socket: { transports: ['websocket'] } });
    const watch = client.watchBoard(BOARD, {
      onPost: (item, source) => delivered.push(`${item.id}:${source}`),
      catchUp: async (_boardId, sinceSeq, info): Promise<CatchUpResult> => {
        calls.push([sinceSeq, info.seq]);
        return { posts: [post('p8', 8), post('p6', 6), post('p7', 7)] };
      },
    });
    await until(() => watch.seq === 5, 'the watch');

    emitPost('p6', 6, 6);
    emitPost('p6', 6, 6);
    emitPost('p9', 9, 9);
    await until(() => delivered.length === 4, 'four posts');
    await watch.ready();

    expect(delivered).toEqual(['p6:live', 'p7:catch-up', 'p8:catch-up', 'p9:live']);
    expect(calls).toEqual([[6, 8]]);
    expect(watch.seq).toBe(9);
  });

  it('re-watches after a reconnect and catches up from the last seq it saw', async () => {
    const delivered: string[] = [];
    const calls: Array<[number, number]> = [];
    client = new RealtimeClient({
      url,
      socket: { transports: ['websocket'], reconnectionDelay: 50, reconnectionDelayMax: 50 },
    });
    const watch = client.watchBoard(BOARD, {
      onPost: (item, source) => delivered.push(`${item.id}:${source}`),
      catchUp: async (_boardId, sinceSeq, info) => {
        calls.push([sinceSeq, info.seq]);
        return { posts: [post('p6', 6), post('p7', 7)] };
      },
    });
    await until(() => watch.seq === 5, 'the watch');

    // The connection drops (not a client disconnect): socket.io reconnects on its own.
    serverSocket?.conn.close();
    seq = 7;
    await until(() => delivered.length === 2, 'the caught-up posts');
    expect(delivered).toEqual(['p6:catch-up', 'p7:catch-up']);
    expect(calls).toEqual([[5, 7]]);
    expect(watch.seq).toBe(7);
  });

  it('drops an edit older than what it already accounted for', async () => {
    const edits: string[] = [];
    client = new RealtimeClient({ url, socket: { transports: ['websocket'] } });
    const watch = client.watchBoard(BOARD, { onPostUpdated: (item) => edits.push(item.body) });
    await until(() => watch.seq === 5, 'the watch');

    const update = (postSeq: number, body: string) =>
      io.emit('post.updated', {
        boardId: BOARD,
        threadId: THREAD,
        post: post('p1', 1, body),
        seq: postSeq,
      });
    update(6, 'newer');
    update(4, 'stale');
    update(6, 'repeat');
    update(7, 'newest');
    await until(() => edits.length === 2, 'two edits');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(edits).toEqual(['newer', 'newest']);
  });
});
