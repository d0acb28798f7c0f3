import { ConversationLimits } from '@boardwalk/contracts';
import type { AuthorJoin } from '@boardwalk/server-accounts';
import {
  BoardCompanion,
  BoardsService,
  CountedPost,
  POST_COUNTED_CTE,
  PostCounting,
  isUuid,
} from '@boardwalk/server-boards';
import {
  ConnectionShape,
  connectionOf,
  PageRequest,
  PreparedReads,
  RateLimiterService,
  ReadReplicas,
  RateLimitRule,
  RequestLoaders,
  Viewer,
  CursorKey,
  byKeys,
  decodeCursor,
  encodeCursor,
  keysetPage,
  pageSize,
  queryPrepared,
  rowsFromJson,
  rowsOf,
  byTime,
  timeCursor,
} from '@boardwalk/server-core';
import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, EntityManager, In, IsNull, Repository } from 'typeorm';
import { ConversationErrors } from './conversations.errors';
import {
  AnswerAcceptedEvent,
  ConversationEvents,
  PostCreatedEvent,
  PostUpdatedEvent,
  ThreadCreatedEvent,
} from './conversations.events';
import {
  POST_COLUMNS,
  PostRow,
  postFromRow,
  QUALIFIED_THREAD_COLUMNS,
  THREAD_COLUMNS,
  THREAD_TIMESTAMP_COLUMNS,
  ThreadRow,
  threadFromRow,
  toPost,
  toPublicPost,
  toThread,
} from './conversations.mapper';
import { mentionedHandles, renderMarkdown } from './markdown';
import { PostEntity } from './post.entity';
import type { Post } from './post.model';
import type { ReplyInput } from './reply.input';
import type { StartThreadInput } from './start-thread.input';
import { ThreadEntity } from './thread.entity';
import type { Thread } from './thread.model';

export const PostingRateLimits = {
  perUser: { name: 'post:user', points: 30, durationSeconds: 600 },
  /** Accounts younger than a day: most spam comes from fresh accounts. */
  perNewUser: { name: 'post:new-user', points: 10, durationSeconds: 600 },
  /** Edits rewrite what others already read (and re-render and re-index): fewer than posts. */
  edits: { name: 'post:edit', points: 20, durationSeconds: 600 },
} satisfies Record<string, RateLimitRule>;

/**
 * A board's threads page on (last activity, thread id). Named, so tools that build a cursor for a
 * deep page (the benchmark) build the one Boardwalk hands out.
 */
export const BOARD_THREADS_CURSOR: CursorKey = { kind: 'board:threads', sortType: 'timestamptz' };

/** This request's board pages read with their boards, by boardThreadsKey. */
const BOARD_THREADS_READ_WITH_BOARD = Symbol('boardThreadsReadWithBoard');

function boardThreadsKey(boardId: string, size: number, after: string | null | undefined): string {
  return `${boardId} ${size} ${after ?? ''}`;
}

/**
 * The board page's SELECT: `limit` rows (one more than the page, to tell whether another
 * follows) of the board `boardId` names, most recently active first, after the keyset values
 * `keyset` (parameter references) when given.
 */
function boardThreadsSelect(
  boardId: string,
  limit: string,
  keyset: readonly [string, string] | null,
  authors?: AuthorJoin,
): string {
  const columns = authors
    ? `${QUALIFIED_THREAD_COLUMNS}, ${authors.columns}`
    : QUALIFIED_THREAD_COLUMNS;
  const from = authors ? `threads thread ${authors.join}` : 'threads thread';
  const after = keyset
    ? ` AND (thread.last_activity_at, thread.id) < (${keyset[0]}::timestamptz, ${keyset[1]}::uuid)`
    : '';
  return `SELECT ${columns} FROM ${from} WHERE thread.board_id = ${boardId}${after}
    ORDER BY thread.last_activity_at DESC, thread.id DESC LIMIT ${limit}`;
}

function boardThreadsPage(rows: ThreadRow[], size: number): ConnectionShape<Thread> {
  return connectionOf(
    rows,
    size,
    (row) => encodeCursor(row.last_activity_at, row.id, BOARD_THREADS_CURSOR.kind),
    threadFromRow,
  );
}

/** Search pages on (rank, thread id); its cursors are refused by every other list. */
const SEARCH_CURSOR: CursorKey = { kind: 'search', sortType: 'double precision' };

const ERASE_BATCH = 100;
const NEW_ACCOUNT_MS = 24 * 3600 * 1000;

/** The reply statement's row: the thread (always) and the new post (if inserted). */
interface ReplyRow extends PostRow {
  thread_author_id: string;
  target_author_id: string | null;
  /** The board's new event sequence number (null when no post was inserted). */
  seq: string | number | null;
}

/** The thread-start statement's row: the thread, its opening post (JSON) and the board's seq. */
interface StartThreadRow extends ThreadRow {
  post: PostRow | string;
  seq: string | number | null;
}

/** A json column's value: parsed by node-postgres, text on drivers that leave it as text. */
function jsonValue<T>(value: T | string): T {
  return typeof value === 'string' ? (JSON.parse(value) as T) : value;
}

/**
 * A new thread: the thread, its opening post and its author as participant, and (through the
 * boards lib's fragment) its board's counters and seq, in one statement; no row when the board
 * does not exist. The opening post comes back as JSON: its columns share names with the thread's.
 */
function startThreadSql(counting: PostCounting): { text: string; counting: PostCounting } {
  const text = `WITH board AS (
       SELECT id FROM boards WHERE id = $1
     ), thread AS (
       INSERT INTO threads (board_id, author_id, title, created_at, last_activity_at, reply_count, participant_count)
       SELECT id, $2, $3, $6, $6, 0, 1 FROM board
       RETURNING ${THREAD_COLUMNS}
     ), post AS (
       INSERT INTO posts (thread_id, board_id, author_id, opening, body, body_html, created_at)
       SELECT id, board_id, $2, true, $4, $5, $6 FROM thread
       RETURNING ${POST_COLUMNS}
     ), participant AS (
       INSERT INTO thread_participants (thread_id, user_id)
       SELECT thread_id, author_id FROM post RETURNING user_id
     ), ${counting.ctes}
     SELECT t.*, (SELECT row_to_json(p) FROM post p) AS post,
            (SELECT seq FROM ${POST_COUNTED_CTE}) AS seq
       FROM thread t`;
  return { text, counting };
}

/**
 * The reply: the post, its thread's participant and counters, and (through the boards lib's
 * fragment) its board's counters and seq, in one statement. The board is counted from `counted`,
 * so its locks come after the thread's, in the order every post takes them.
 */
function storeReplySql(counting: PostCounting): { text: string; counting: PostCounting } {
  const text = `WITH thread AS (
       SELECT id, board_id, author_id FROM threads WHERE id = $1
     ), target AS (
       SELECT author_id FROM posts WHERE id = $3 AND thread_id = $1
     ), post AS (
       INSERT INTO posts (thread_id, board_id, author_id, reply_to_id, body, body_html, created_at)
       SELECT id, board_id, $2, $3, $4, $5, $6 FROM thread
        WHERE $3::uuid IS NULL OR EXISTS (SELECT 1 FROM target)
       RETURNING ${POST_COLUMNS}
     ), participant AS (
       INSERT INTO thread_participants (thread_id, user_id)
       SELECT thread_id, author_id FROM post
       ON CONFLICT (thread_id, user_id) DO NOTHING RETURNING user_id
     ), counted AS (
       UPDATE threads SET
         reply_count = reply_count + 1,
         participant_count = participant_count + (SELECT count(*) FROM participant)::int,
         last_activity_at = GREATEST(last_activity_at, $6),
         first_staff_reply_at = CASE WHEN $7::boolean THEN COALESCE(first_staff_reply_at, $6) ELSE first_staff_reply_at END
       WHERE id = (SELECT thread_id FROM post) RETURNING id, board_id
     ), ${counting.ctes}
     SELECT t.author_id AS thread_author_id, (SELECT author_id FROM target) AS target_author_id,
            (SELECT seq FROM ${POST_COUNTED_CTE}) AS seq, p.*
       FROM thread t LEFT JOIN post p ON true`;
  return { text, counting };
}
const THREADS_BY_ID = Symbol('threadsById');
const POSTS_BY_ID = Symbol('postsById');

@Injectable()
export class ConversationsService {
  /** The thread-start and reply statements, built on first use (the boards lib's part reads the config). */
  private startThreadSql?: { text: string; counting: PostCounting };
  private storeReplySql?: { text: string; counting: PostCounting };

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(ThreadEntity) private readonly threads: Repository<ThreadEntity>,
    @InjectRepository(PostEntity) private readonly posts: Repository<PostEntity>,
    private readonly boards: BoardsService,
    private readonly rateLimiter: RateLimiterService,
    private readonly events: EventEmitter2,
    private readonly replicas: ReadReplicas,
    private readonly reads: PreparedReads,
  ) {}

  /** Verified members start threads in any board they can reach by link; membership optional. */
  async startThread(viewer: Viewer, input: StartThreadInput): Promise<Thread> {
    this.assertCanPost(viewer);
    const title = input.title.trim().replace(/\s+/g, ' ');
    if (title.length < ConversationLimits.titleMinLength) throw ConversationErrors.blankTitle();
    const body = this.cleanBody(input.body);
    if (!isUuid(input.boardId)) throw ConversationErrors.boardNotFound();
    await this.consumePostingBudget(viewer);
    const bodyHtml = renderMarkdown(body);
    const now = new Date();
    const counted: CountedPost = { at: now, startsThread: true };
    this.startThreadSql ??= startThreadSql(this.boards.postCounting('post', '$2', 7));
    // One statement, so atomic without a transaction: one round trip instead of seven.
    const [row] = await queryPrepared<StartThreadRow>(
      this.dataSource,
      'start_thread',
      this.startThreadSql.text,
      [
        input.boardId,
        viewer.userId,
        title,
        body,
        bodyHtml,
        now,
        ...this.startThreadSql.counting.values(counted),
      ],
    );
    if (!row) throw ConversationErrors.boardNotFound();
    const thread = threadFromRow(row);
    const event: ThreadCreatedEvent = {
      boardId: thread.boardId,
      thread,
      post: postFromRow(jsonValue<PostRow>(row.post)),
      seq: Number(row.seq ?? 0),
      mentions: mentionedHandles(body),
    };
    this.events.emit(ConversationEvents.threadCreated, event);
    return event.thread;
  }

  /** Replies to a thread, optionally to one of its posts; counters change atomically. */
  async reply(viewer: Viewer, input: ReplyInput): Promise<Post> {
    this.assertCanPost(viewer);
    const body = this.cleanBody(input.body);
    if (!isUuid(input.threadId)) throw ConversationErrors.threadNotFound();
    if (input.replyToPostId && !isUuid(input.replyToPostId))
      throw ConversationErrors.postNotFound();
    await this.consumePostingBudget(viewer);
    const bodyHtml = renderMarkdown(body);
    const now = new Date();
    const counted: CountedPost = { at: now, startsThread: false };
    this.storeReplySql ??= storeReplySql(this.boards.postCounting('counted', '$2', 8));
    // One statement, so atomic without a transaction: one round trip instead of four.
    const [row] = await queryPrepared<ReplyRow>(
      this.dataSource,
      'store_reply',
      this.storeReplySql.text,
      [
        input.threadId,
        viewer.userId,
        input.replyToPostId ?? null,
        body,
        bodyHtml,
        now,
        viewer.isStaff,
        ...this.storeReplySql.counting.values(counted),
      ],
    );
    if (!row) throw ConversationErrors.threadNotFound();
    if (row.id === null) throw ConversationErrors.postNotFound();
    const post = postFromRow(row);
    const event: PostCreatedEvent = {
      boardId: post.boardId,
      threadId: post.threadId,
      threadAuthorId: row.thread_author_id,
      post,
      author: {
        id: viewer.userId,
        handle: viewer.handle,
        displayName: viewer.displayName,
        isStaff: viewer.isStaff,
      },
      replyToAuthorId: row.target_author_id,
      seq: Number(row.seq ?? 0),
      mentions: mentionedHandles(body),
    };
    this.events.emit(ConversationEvents.postCreated, event);
    return event.post;
  }

  async editPost(viewer: Viewer, postId: string, rawBody: string): Promise<Post> {
    const body = this.cleanBody(rawBody);
    const post = await this.requirePost(postId);
    if (post.authorId !== viewer.userId) throw ConversationErrors.notAuthor();
    if (post.deletedAt) throw ConversationErrors.postDeleted();
    await this.rateLimiter.consume(PostingRateLimits.edits, viewer.userId);
    const bodyHtml = renderMarkdown(body);
    return this.updatePost(post, { body, bodyHtml, editedAt: new Date() });
  }

  /** Soft delete: the body goes, the post stays in place and shows as deleted. Idempotent. */
  async deletePost(viewer: Viewer, postId: string): Promise<Post> {
    const post = await this.requirePost(postId);
    if (post.authorId !== viewer.userId) throw ConversationErrors.notAuthor();
    if (post.deletedAt) return toPost(post);
    return this.updatePost(post, erasedBody());
  }

  /**
   * Erases the bodies of all of a user's posts (account erasure), each like a post its author
   * deletes: through the same path as every edit, so each gets the board's next `seq` in the
   * database and a post.updated after its commit; watchers stop showing the words, and a client
   * catching up by seq sees the change. Returns how many posts were erased.
   */
  async eraseBodiesOf(userId: string): Promise<number> {
    let erased = 0;
    for (;;) {
      const batch = await this.posts.find({
        where: { authorId: userId, deletedAt: IsNull() },
        order: { id: 'ASC' },
        take: ERASE_BATCH,
      });
      for (const post of batch) await this.updatePost(post, erasedBody());
      erased += batch.length;
      if (batch.length < ERASE_BATCH) return erased;
    }
  }

  /** The thread's author, a moderator of its board or an admin marks a reply as the answer. */
  async acceptAnswer(viewer: Viewer, postId: string): Promise<Thread> {
    const post = await this.requirePost(postId);
    const thread = await this.threads.findOneByOrFail({ id: post.threadId });
    const allowed =
      thread.authorId === viewer.userId ||
      viewer.isAdmin ||
      (await this.boards.isModerator(thread.boardId, viewer.userId));
    if (!allowed) throw ConversationErrors.cannotAccept();
    if (post.opening) throw ConversationErrors.openingPostNotAnswer();
    if (post.deletedAt) throw ConversationErrors.postDeleted('postId');
    // Everyone but its author and moderators would read an empty accepted answer.
    if (post.hidden) throw ConversationErrors.hiddenPostNotAnswer();
    await this.threads.update({ id: thread.id }, { acceptedAnswerId: post.id });
    thread.acceptedAnswerId = post.id;
    if (post.authorId !== viewer.userId) {
      const accepted: AnswerAcceptedEvent = {
        boardId: thread.boardId,
        threadId: thread.id,
        postId: post.id,
        postAuthorId: post.authorId,
        actorId: viewer.userId,
      };
      this.events.emit(ConversationEvents.answerAccepted, accepted);
    }
    return toThread(thread);
  }

  async thread(id: string): Promise<Thread | null> {
    if (!isUuid(id)) return null;
    const thread = await this.threads.findOneBy({ id });
    return thread ? toThread(thread) : null;
  }

  /**
   * A board's threads, most recently active first: the board page, the hottest read, so plain
   * rows through prepared statements (keyset on the (board_id, last_activity_at, id) index).
   * With `authors` (from AccountsService.authorJoin on `thread.author_id`), the same statement
   * reads each thread's author and hands them to the accounts lib: one round trip a page less.
   * A page read with its board (boardThreadsCompanion) is answered from the request.
   */
  async threadsOfBoard(
    boardId: string,
    page: PageRequest,
    loaders: RequestLoaders,
    authors?: AuthorJoin,
  ): Promise<ConnectionShape<Thread>> {
    const size = pageSize(page.first);
    const [afterTime, afterId] = timeCursor(page.after, BOARD_THREADS_CURSOR);
    const preloaded = loaders
      .settled<string, ConnectionShape<Thread>>(BOARD_THREADS_READ_WITH_BOARD)
      .get(boardThreadsKey(boardId, size, page.after));
    if (preloaded) return preloaded;
    const named = (name: string) => (authors ? `${name}_with_authors` : name);
    const rows =
      afterTime === null
        ? await this.reads.rows<ThreadRow>(
            named('threads_of_board'),
            boardThreadsSelect('$1', '$2', null, authors),
            [boardId, size + 1],
          )
        : await this.reads.rows<ThreadRow>(
            named('threads_of_board_after'),
            boardThreadsSelect('$1', '$2', ['$3', '$4'], authors),
            [boardId, size + 1, afterTime, afterId],
          );
    authors?.prime(rows);
    return boardThreadsPage(rows, size);
  }

  /**
   * The board page's threads read in the board's own statement (see BoardCompanion): the same
   * SELECT as threadsOfBoard's, correlated on the board's row and returned as one JSON array.
   * Null where `page` is one threadsOfBoard refuses, so it reports the error as usual.
   */
  boardThreadsCompanion(
    page: PageRequest,
    loaders: RequestLoaders,
    authors?: AuthorJoin,
  ): BoardCompanion | null {
    let size: number;
    let afterTime: string | null;
    let afterId: string | null;
    try {
      size = pageSize(page.first);
      [afterTime, afterId] = timeCursor(page.after, BOARD_THREADS_CURSOR);
    } catch {
      return null;
    }
    const after = afterTime !== null;
    const timestamps = [...THREAD_TIMESTAMP_COLUMNS, ...(authors?.timestampColumns ?? [])];
    // The page size is written into the statement, not passed: with a LIMIT parameter,
    // PostgreSQL kept planning this statement on every call on some connections (about 1 ms of
    // its CPU each, four times the execution) instead of settling on its generic plan.
    const limit = String(size + 1);
    return {
      name: `threads_${limit}${after ? '_after' : ''}${authors ? '_with_authors' : ''}`,
      sql: (first) =>
        `SELECT coalesce(json_agg(page ORDER BY page.last_activity_at DESC, page.id DESC), '[]')
           FROM (${boardThreadsSelect('board.id', limit, after ? [`$${first}`, `$${first + 1}`] : null, authors)}) page`,
      parameters: after ? [afterTime, afterId] : [],
      receive: (board, value) => {
        const rows = rowsFromJson<ThreadRow>(value, timestamps);
        authors?.prime(rows);
        loaders
          .settled<string, ConnectionShape<Thread>>(BOARD_THREADS_READ_WITH_BOARD)
          .set(boardThreadsKey(board.id, size, page.after), boardThreadsPage(rows, size));
      },
    };
  }

  /** A thread's posts, oldest first. */
  postsOfThread(threadId: string, page: PageRequest): Promise<ConnectionShape<Post>> {
    return keysetPage(
      this.posts.createQueryBuilder('post').where('post.thread_id = :threadId', { threadId }),
      page,
      byTime('post', 'created_at', (row) => row.createdAt, 'ASC'),
      toPost,
    );
  }

  /**
   * Full-text search over visible thread titles (weighted double) and visible post bodies, one hit per
   * thread, best rank first. Keyset on (rank, thread id): ranks are stable between pages.
   */
  /** Full-text search; read from a replica when there is one (a little lag is fine here). */
  search(query: string, page: PageRequest): Promise<ConnectionShape<Thread>> {
    return this.replicas.run((manager) => this.searchWith(manager, query, page));
  }

  private async searchWith(
    manager: EntityManager,
    query: string,
    page: PageRequest,
  ): Promise<ConnectionShape<Thread>> {
    const text = query.trim();
    if (text === '') throw ConversationErrors.blankQuery();
    const size = pageSize(page.first);
    const [afterRank, afterId] = page.after
      ? decodeCursor(page.after, SEARCH_CURSOR)
      : [null, null];
    const rows = rowsOf<{ thread_id: string; rank: number }>(
      await manager.query(
        `WITH q AS (SELECT websearch_to_tsquery('english', $1) AS query),
         matches AS (
           SELECT t.id AS thread_id, ts_rank(t.search_vector, q.query) * 2 AS rank
             FROM threads t, q WHERE t.search_vector @@ q.query AND NOT t.hidden
           UNION ALL
           SELECT p.thread_id, ts_rank(p.search_vector, q.query)
             FROM posts p, q
            WHERE p.search_vector @@ q.query AND p.deleted_at IS NULL AND NOT p.hidden
         ),
         ranked AS (
           SELECT thread_id, max(rank)::double precision AS rank FROM matches GROUP BY thread_id
         )
         SELECT thread_id, rank FROM ranked
          WHERE $2::double precision IS NULL OR (rank, thread_id) < ($2::double precision, $3::uuid)
          ORDER BY rank DESC, thread_id DESC
          LIMIT $4`,
        [text, afterRank, afterId, size + 1],
      ),
    );
    const pageRows = rows.slice(0, size);
    const threads = await manager
      .getRepository(ThreadEntity)
      .findBy({ id: In(pageRows.map((row) => row.thread_id)) });
    const byId = new Map(threads.map((thread) => [thread.id, thread]));
    const edges = pageRows
      .filter((row) => byId.has(row.thread_id))
      .map((row) => ({
        cursor: encodeCursor(Number(row.rank), row.thread_id, SEARCH_CURSOR.kind),
        node: toThread(byId.get(row.thread_id) as ThreadEntity),
      }));
    return {
      edges,
      pageInfo: {
        hasNextPage: rows.length > size,
        endCursor: edges.length > 0 ? edges[edges.length - 1].cursor : null,
      },
    };
  }

  loadThread(loaders: RequestLoaders, id: string): Promise<Thread | null> {
    return loaders
      .get(
        THREADS_BY_ID,
        () =>
          new DataLoader<string, Thread | null>(async (ids) => {
            const rows = await this.threads.findBy({ id: In([...ids]) });
            return byKeys(ids, rows.map(toThread), (thread) => thread.id);
          }),
      )
      .load(id);
  }

  loadPost(loaders: RequestLoaders, id: string): Promise<Post | null> {
    return loaders
      .get(
        POSTS_BY_ID,
        () =>
          new DataLoader<string, Post | null>(async (ids) => {
            const rows = await this.posts.findBy({ id: In([...ids]) });
            return byKeys(ids, rows.map(toPost), (post) => post.id);
          }),
      )
      .load(id);
  }

  private async countReply(
    manager: EntityManager,
    threadId: string,
    viewer: Viewer,
    at: Date,
  ): Promise<void> {
    const newParticipant =
      rowsOf(
        await manager.query(
          `INSERT INTO thread_participants (thread_id, user_id) VALUES ($1, $2)
           ON CONFLICT (thread_id, user_id) DO NOTHING RETURNING user_id`,
          [threadId, viewer.userId],
        ),
      ).length > 0;
    await manager.query(
      `UPDATE threads SET
         reply_count = reply_count + 1,
         participant_count = participant_count + $2,
         last_activity_at = GREATEST(last_activity_at, $3),
         first_staff_reply_at = CASE WHEN $4::boolean THEN COALESCE(first_staff_reply_at, $3) ELSE first_staff_reply_at END
       WHERE id = $1`,
      [threadId, newParticipant ? 1 : 0, at, viewer.isStaff],
    );
  }

  /**
   * Hides or shows a post for the moderation lib, which passes the work that must commit with it
   * (its public log entry). The post is read and locked inside the transaction, so the work sees
   * the state it changes (two concurrent hides: the second sees the post hidden already). Hiding
   * an opening post hides its thread's title too. Emits post.updated, without the body while
   * hidden, when the state changed.
   */
  async setPostHidden(
    postId: string,
    hidden: boolean,
    alsoInTransaction: (manager: EntityManager, before: PostRef) => Promise<void>,
  ): Promise<Post> {
    if (!isUuid(postId)) throw ConversationErrors.postNotFound();
    const { post, event } = await this.dataSource.transaction(async (manager) => {
      const current = await manager
        .createQueryBuilder(PostEntity, 'post')
        .setLock('pessimistic_write')
        .where('post.id = :id', { id: postId })
        .getOne();
      if (!current) throw ConversationErrors.postNotFound();
      await alsoInTransaction(manager, refOf(current));
      if (current.hidden === hidden) return { post: current, event: null };
      await manager.update(PostEntity, { id: current.id }, { hidden });
      if (current.opening) await manager.update(ThreadEntity, { id: current.threadId }, { hidden });
      const updated = { ...current, hidden };
      const seq = await this.boards.nextSeq(manager, current.boardId);
      const changed: PostUpdatedEvent = {
        boardId: current.boardId,
        threadId: current.threadId,
        post: toPublicPost(updated),
        seq,
      };
      return { post: updated, event: changed };
    });
    if (event) this.events.emit(ConversationEvents.postUpdated, event);
    return toPost(post);
  }

  /** What moderation needs to know of a post to decide who may act on it. */
  async postRef(postId: string): Promise<PostRef> {
    return refOf(await this.requirePost(postId));
  }

  private async updatePost(post: PostEntity, changes: Partial<PostEntity>): Promise<Post> {
    const updatedEntity = { ...post, ...changes };
    const event = await this.dataSource.transaction(async (manager) => {
      await manager.update(PostEntity, { id: post.id }, changes);
      const seq = await this.boards.nextSeq(manager, post.boardId);
      const updated: PostUpdatedEvent = {
        boardId: post.boardId,
        threadId: post.threadId,
        post: toPublicPost(updatedEntity),
        seq,
      };
      return updated;
    });
    this.events.emit(ConversationEvents.postUpdated, event);
    return toPost(updatedEntity);
  }

  private async requirePost(postId: string): Promise<PostEntity> {
    const post = isUuid(postId) ? await this.posts.findOneBy({ id: postId }) : null;
    if (!post) throw ConversationErrors.postNotFound();
    return post;
  }

  private assertCanPost(viewer: Viewer): void {
    if (!viewer.emailVerified) throw ConversationErrors.unverified();
  }

  private cleanBody(body: string): string {
    const trimmed = body.trim();
    if (trimmed === '') throw ConversationErrors.blankBody();
    // editPost takes its body as a plain argument, so the input classes' limit does not apply.
    if (trimmed.length > ConversationLimits.bodyMaxLength) throw ConversationErrors.bodyTooLong();
    return trimmed;
  }

  private async consumePostingBudget(viewer: Viewer): Promise<void> {
    const isNew = Date.now() - new Date(viewer.createdAt).getTime() < NEW_ACCOUNT_MS;
    await this.rateLimiter.consume(
      isNew ? PostingRateLimits.perNewUser : PostingRateLimits.perUser,
      viewer.userId,
    );
  }
}

export interface PostRef {
  id: string;
  threadId: string;
  /** The opening post of its thread: hiding it hides the thread's title too. */
  opening: boolean;
  boardId: string;
  authorId: string;
  hidden: boolean;
  deleted: boolean;
}

/** What a deleted post keeps: its place, not its words. */
function erasedBody(): Pick<PostEntity, 'body' | 'bodyHtml' | 'deletedAt'> {
  return { body: '', bodyHtml: '', deletedAt: new Date() };
}

function refOf(post: PostEntity): PostRef {
  return {
    id: post.id,
    threadId: post.threadId,
    opening: post.opening,
    boardId: post.boardId,
    authorId: post.authorId,
    hidden: post.hidden,
    deleted: post.deletedAt !== null,
  };
}
