import { randomBytes } from 'node:crypto';
import type { TestServer } from './test-server';

export interface TestMember {
  id: string;
  handle: string;
  email: string;
  password: string;
  token: string;
  ip: string;
}

const SIGN_UP = /* GraphQL */ `
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      token
      user {
        id
        handle
      }
    }
  }
`;

const VERIFY = /* GraphQL */ `
  mutation Verify($token: String!) {
    verifyEmail(token: $token) {
      id
      isStaff
    }
  }
`;

const CREATE_BOARD = /* GraphQL */ `
  mutation CreateBoard($input: CreateBoardInput!) {
    createBoard(input: $input) {
      id
      slug
      name
    }
  }
`;

const START_THREAD = /* GraphQL */ `
  mutation StartThread($input: StartThreadInput!) {
    startThread(input: $input) {
      id
      title
    }
  }
`;

const REPLY = /* GraphQL */ `
  mutation Reply($input: ReplyInput!) {
    reply(input: $input) {
      id
    }
  }
`;

export interface TestBoard {
  id: string;
  slug: string;
  name: string;
}

export interface TestThread {
  id: string;
  title: string;
}

let counter = 0;

/** A random client IP, so the per-IP sign-up limit does not couple unrelated tests. */
export function randomIp(): string {
  const bytes = randomBytes(3);
  return `10.${bytes[0]}.${bytes[1]}.${bytes[2]}`;
}

/** Builders that create the people and things a test needs, through the public API. */
export function given(server: TestServer) {
  return {
    /** A signed-up account; verified unless `verified: false`. */
    async member(
      options: { domain?: string; verified?: boolean; handle?: string } = {},
    ): Promise<TestMember> {
      counter += 1;
      const handle = options.handle ?? `m${counter}_${randomBytes(3).toString('hex')}`;
      const email = `${handle}@${options.domain ?? 'members.example'}`;
      const password = 'correct horse battery';
      const ip = randomIp();
      const data = await server.ok<{ signUp: { token: string; user: { id: string } } }>(
        SIGN_UP,
        { input: { email, password, handle, displayName: `Member ${handle}` } },
        { ip },
      );
      if (options.verified !== false) {
        await server.ok(VERIFY, { token: server.mailedToken(email, '/verify') });
      }
      return { id: data.signUp.user.id, handle, email, password, token: data.signUp.token, ip };
    },

    /** A board created by `owner`, with a unique name unless one is given. */
    async board(
      owner: TestMember,
      options: { name?: string; description?: string } = {},
    ): Promise<TestBoard> {
      counter += 1;
      const name = options.name ?? `Board ${counter} ${randomBytes(4).toString('hex')}`;
      const data = await server.ok<{ createBoard: TestBoard }>(
        CREATE_BOARD,
        { input: { name, description: options.description ?? '' } },
        { token: owner.token },
      );
      return data.createBoard;
    },

    /** A thread started by `author` in `board`. */
    async thread(
      author: TestMember,
      board: { id: string },
      options: { title?: string; body?: string } = {},
    ): Promise<TestThread> {
      counter += 1;
      const data = await server.ok<{ startThread: TestThread }>(
        START_THREAD,
        {
          input: {
            boardId: board.id,
            title: options.title ?? `Thread ${counter}`,
            body: options.body ?? 'Opening post.',
          },
        },
        { token: author.token },
      );
      return data.startThread;
    },

    /** A reply by `author` in `thread`; returns the post id. */
    async reply(
      author: TestMember,
      thread: { id: string },
      options: { body?: string; replyToPostId?: string } = {},
    ): Promise<string> {
      const data = await server.ok<{ reply: { id: string } }>(
        REPLY,
        { input: { threadId: thread.id, body: options.body ?? 'A reply.', ...options } },
        { token: author.token },
      );
      return data.reply.id;
    },
  };
}
