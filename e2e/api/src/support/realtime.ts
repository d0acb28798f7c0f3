import { REALTIME_PATH, RealtimeAck, RealtimePost } from '@boardwalk/contracts';
import { io, Socket } from 'socket.io-client';
import type { TestServer } from './test-server';

/** A raw socket.io client, connected (websocket only, as behind a proxy without sticky sessions). */
export async function connectSocket(
  url: string,
  options: {
    token?: string;
    headers?: Record<string, string>;
    /** WebSocket only unless asked: `['polling']` is the fallback when WebSocket is blocked. */
    transports?: Array<'websocket' | 'polling'>;
  } = {},
): Promise<Socket> {
  const socket = io(url, {
    path: REALTIME_PATH,
    transports: options.transports ?? ['websocket'],
    auth: options.token ? { token: options.token } : {},
    extraHeaders: options.headers,
    reconnection: false,
    forceNew: true,
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', (error) => {
      socket.close();
      reject(error);
    });
  });
  return socket;
}

/** Sends a command and resolves with its ack. */
export function command(socket: Socket, event: string, ...args: unknown[]): Promise<RealtimeAck> {
  return socket.timeout(5_000).emitWithAck(event, ...args) as Promise<RealtimeAck>;
}

/** Every message of the given events this socket receives, in arrival order. */
export function record<M = unknown>(
  socket: Socket,
  events: string[],
): Array<{ event: string; message: M }> {
  const seen: Array<{ event: string; message: M }> = [];
  for (const event of events) socket.on(event, (message: M) => seen.push({ event, message }));
  return seen;
}

/** Resolves with the first message of `event` that matches, or rejects after `timeoutMs`. */
export function nextEvent<T = unknown>(
  socket: Socket,
  event: string,
  matches: (message: T) => boolean = () => true,
  timeoutMs = 5_000,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.off(event, listener);
      reject(new Error(`No ${event} within ${timeoutMs} ms`));
    }, timeoutMs);
    const listener = (message: T) => {
      if (!matches(message)) return;
      clearTimeout(timer);
      socket.off(event, listener);
      resolve(message);
    };
    socket.on(event, listener);
  });
}

/** Polls `check` until it returns true, or fails after `timeoutMs`. */
export async function eventually(
  check: () => boolean,
  what: string,
  timeoutMs = 5_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const THREAD_POSTS = `query ($id: ID!) {
  thread(id: $id) {
    id board { id }
    posts(first: 100) {
      edges { node { id body bodyHtml createdAt editedAt hidden deleted
        author { id handle displayName isStaff } replyTo { id } } }
    }
  }
}`;

interface ThreadPostsData {
  thread: {
    id: string;
    board: { id: string };
    posts: {
      edges: Array<{
        node: {
          id: string;
          body: string;
          bodyHtml: string;
          createdAt: string;
          editedAt: string | null;
          hidden: boolean;
          deleted: boolean;
          author: { id: string; handle: string; displayName: string; isStaff: boolean };
          replyTo: { id: string } | null;
        };
      }>;
    };
  };
}

/** A thread's posts (up to 100) in the shape realtime events carry, for catch-up callbacks. */
export async function postsOf(server: TestServer, threadId: string): Promise<RealtimePost[]> {
  const data = await server.ok<ThreadPostsData>(THREAD_POSTS, { id: threadId });
  return data.thread.posts.edges.map(({ node }) => ({
    id: node.id,
    threadId: data.thread.id,
    boardId: data.thread.board.id,
    authorId: node.author.id,
    author: node.author,
    replyToId: node.replyTo?.id ?? null,
    body: node.body,
    bodyHtml: node.bodyHtml,
    createdAt: node.createdAt,
    editedAt: node.editedAt,
    hidden: node.hidden,
    deleted: node.deleted,
  }));
}
