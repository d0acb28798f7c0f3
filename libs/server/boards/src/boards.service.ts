import { BoardLimits } from '@boardwalk/contracts';
import { AccountsService } from '@boardwalk/server-accounts';
import {
  AppConfig,
  PreparedReads,
  ReadReplicas,
  RequestLoaders,
  Viewer,
  byKeys,
  isUniqueViolation,
  isUuid,
  keysetPage,
  queryPrepared,
  rateLimited,
  rowsOf,
} from '@boardwalk/server-core';
import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, EntityManager, In, MoreThan, Not, Repository } from 'typeorm';
import type { BoardCompanion } from './board-companions';
import { BoardMemberEntity, BoardRole } from './board-member.entity';
import { nameKey, slugify } from './board-names';
import { BoardEntity } from './board.entity';
import { toBoard } from './board.mapper';
import { Board, BoardOrder } from './board.model';
import type { BoardsArgs } from './boards.args';
import { BoardErrors } from './boards.errors';
import {
  BoardAdoptedEvent,
  BoardAdoptingEvent,
  BoardCreatedEvent,
  BoardEvents,
} from './boards.events';
import type { ConnectionShape } from '@boardwalk/server-core';
import type { CreateBoardInput } from './create-board.input';
import { CountedPost, POST_COUNTED_CTE, PostCounting, postCounting } from './post-counting';
import { TrendingWeights, addTrendingSql, trendingTerm } from './trending';
import type { UpdateBoardInput } from './update-board.input';

const BOARDS_BY_ID = Symbol('boardsById');
const MODERATORS_BY_BOARD = Symbol('moderatorsByBoard');
const VIEWER_ROLE_BY_BOARD = Symbol('viewerRoleByBoard');

const DAY_MS = 24 * 3600 * 1000;
/** A member who posted in the board this recently may adopt it. */
const ACTIVE_MEMBER_DAYS = 30;

/** Kept here too: other libs import it from the boards lib. */
export { isUuid };

export interface PostActivity extends CountedPost {
  boardId: string;
  userId: string;
}

/** Columns of a `boards` row as PostgreSQL returns them to `RETURNING *`. */
interface BoardRow {
  id: string;
  slug: string;
  name: string;
  name_key: string;
  description: string;
  created_by_id: string;
  official: boolean;
  incubating: boolean;
  contributor_count: number;
  member_count: number;
  thread_count: number;
  post_count: number;
  seq: number;
  trending_score: number;
  created_at: Date;
  last_activity_at: Date;
}

function boardFromRow(row: BoardRow): Board {
  return toBoard({
    id: row.id,
    slug: row.slug,
    name: row.name,
    nameKey: row.name_key,
    description: row.description,
    createdById: row.created_by_id,
    official: row.official,
    incubating: row.incubating,
    contributorCount: row.contributor_count,
    memberCount: row.member_count,
    threadCount: row.thread_count,
    postCount: row.post_count,
    seq: row.seq,
    trendingScore: Number(row.trending_score),
    createdAt: new Date(row.created_at),
    lastActivityAt: new Date(row.last_activity_at),
  });
}

/**
 * The name as stored: trimmed, inner runs of spaces collapsed. Its length is checked after that,
 * since the input's own length check counts the spaces ("  ab  " would pass as six characters).
 */
function cleanName(raw: string): string {
  const name = raw.trim().replace(/\s+/g, ' ');
  if (name === '') throw BoardErrors.blankName();
  if (name.length < BoardLimits.nameMinLength) throw BoardErrors.nameLength();
  return name;
}

/*
 * LOCK ORDER. Every transaction that writes boards takes its locks in this order:
 *   1. advisory locks: a board's roles lock (changes of moderators and leaving), a creator's
 *      daily-limit lock;
 *   2. board_members rows (post counting, join, leave, touchMember, promote);
 *   3. board_contributors rows;
 *   4. the boards row (counters, seq, trending, name).
 * Every post runs the post counting (2 -> 3 -> 4; see post-counting.ts: in recordPost, or as a
 * fragment of the conversations lib's thread and reply statements, after their own rows) while
 * it holds the poster's member row. A transaction that held the boards row and then waited for
 * a member row (as leave, adopt and update did) could wait on a poster waiting on it: a
 * deadlock, which PostgreSQL answers by killing one of them. Taking the same order everywhere
 * makes every wait one-way. Transactions that lock two
 * member rows (leave with a successor, addModerator, adopt) hold the board's roles lock, so they
 * never meet each other in the opposite order.
 */

/** A transaction-scoped advisory lock on a name, released at commit or rollback. */
async function advisoryXactLock(manager: EntityManager, name: string): Promise<void> {
  await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [name]);
}

/** Serialises the changes of one board's moderators and members leaving (LOCK ORDER, step 1). */
function lockBoardRoles(manager: EntityManager, boardId: string): Promise<void> {
  return advisoryXactLock(manager, `board-roles:${boardId}`);
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

@Injectable()
export class BoardsService {
  /** recordPost's fragment, built on first use (its text is the same for every post). */
  private recordPostCounting?: PostCounting;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(BoardEntity) private readonly boards: Repository<BoardEntity>,
    @InjectRepository(BoardMemberEntity) private readonly members: Repository<BoardMemberEntity>,
    private readonly accounts: AccountsService,
    private readonly config: AppConfig,
    private readonly events: EventEmitter2,
    private readonly replicas: ReadReplicas,
    private readonly reads: PreparedReads,
  ) {}

  /** Verified members create boards at once; the creator becomes its first moderator. */
  async create(viewer: Viewer, input: CreateBoardInput): Promise<Board> {
    if (!viewer.emailVerified) throw BoardErrors.unverified();
    const name = cleanName(input.name);
    const slug = input.slug ?? slugify(name);
    const key = nameKey(name);
    if (slug === '' || key === '') throw BoardErrors.nameWithoutLetters();
    await this.assertNameAndSlugFree(slug, key);
    const now = new Date();
    let board: Board;
    try {
      board = await this.dataSource.transaction(async (manager) => {
        await this.assertDailyLimit(manager, viewer);
        const created = await manager.getRepository(BoardEntity).save(
          manager.getRepository(BoardEntity).create({
            slug,
            name,
            nameKey: key,
            description: input.description.trim(),
            createdById: viewer.userId,
            official: viewer.isStaff,
            memberCount: 1,
            contributorCount: 1,
            incubating: 1 < this.config.boardIncubationMembers,
            trendingScore: trendingTerm(TrendingWeights.created, now),
            lastActivityAt: now,
          }),
        );
        await manager.query(
          `INSERT INTO board_members (board_id, user_id, role, last_active_at) VALUES ($1, $2, 'moderator', $3)`,
          [created.id, viewer.userId, now],
        );
        await manager.query(`INSERT INTO board_contributors (board_id, user_id) VALUES ($1, $2)`, [
          created.id,
          viewer.userId,
        ]);
        return toBoard(created);
      });
    } catch (error) {
      // Another request took the slug or a look-alike name after the check above.
      if (isUniqueViolation(error)) await this.assertNameAndSlugFree(slug, key);
      throw error;
    }
    this.events.emit(BoardEvents.created, { board } satisfies BoardCreatedEvent);
    return board;
  }

  async update(viewer: Viewer, input: UpdateBoardInput): Promise<Board> {
    const board = await this.requireBoard(input.boardId);
    await this.assertCanModerate(viewer, board.id);
    const changes: Partial<BoardEntity> = {};
    if (input.name !== undefined && input.name !== null) {
      const name = cleanName(input.name);
      const key = nameKey(name);
      if (key === '') throw BoardErrors.nameWithoutLetters();
      if (key !== board.nameKey) await this.assertNameAndSlugFree(null, key);
      changes.name = name;
      changes.nameKey = key;
    }
    if (input.description !== undefined && input.description !== null) {
      changes.description = input.description.trim();
    }
    try {
      await this.dataSource.transaction(async (manager) => {
        // Member row before board row: see LOCK ORDER.
        await this.touchMember(manager, board.id, viewer.userId);
        if (Object.keys(changes).length > 0) {
          await manager.update(BoardEntity, { id: board.id }, changes);
        }
      });
    } catch (error) {
      if (isUniqueViolation(error) && changes.nameKey) {
        await this.assertNameAndSlugFree(null, changes.nameKey);
      }
      throw error;
    }
    return toBoard(await this.boards.findOneByOrFail({ id: board.id }));
  }

  /** Moderators (and admins) name another moderator; someone not yet a member joins too. */
  async addModerator(viewer: Viewer, boardId: string, handle: string): Promise<Board> {
    const board = await this.requireBoard(boardId);
    await this.assertCanModerate(viewer, board.id);
    const user = await this.accounts.findByHandle(handle.replace(/^@/, ''));
    if (!user) throw BoardErrors.userNotFound(handle);
    return this.dataSource.transaction(async (manager) => {
      // Two member rows (the viewer's, the new moderator's): under the board's roles lock, so two
      // moderators naming each other at once take turns. See LOCK ORDER.
      await lockBoardRoles(manager, board.id);
      await this.touchMember(manager, board.id, viewer.userId);
      const updated = await this.promote(manager, board.id, user.id);
      return updated ?? toBoard(await manager.findOneByOrFail(BoardEntity, { id: board.id }));
    });
  }

  /** Idempotent: joining twice changes nothing; concurrent joins count once each. */
  async join(viewer: Viewer, boardId: string): Promise<Board> {
    if (!viewer.emailVerified) throw BoardErrors.unverified();
    const board = await this.requireBoard(boardId);
    return this.dataSource.transaction(async (manager) => {
      const now = new Date();
      const inserted = rowsOf<{ id: string }>(
        await manager.query(
          `INSERT INTO board_members (board_id, user_id, role, last_active_at) VALUES ($1, $2, 'member', $3)
           ON CONFLICT (board_id, user_id) DO NOTHING RETURNING id`,
          [board.id, viewer.userId, now],
        ),
      );
      if (inserted.length === 0) {
        return toBoard(await manager.findOneByOrFail(BoardEntity, { id: board.id }));
      }
      return this.countJoin(manager, board.id, viewer.userId, now);
    });
  }

  /**
   * Idempotent. The last moderator leaves only by naming a successor, so no board is left
   * without one; the board's roles lock makes two moderators leaving at once take turns.
   */
  async leave(viewer: Viewer, boardId: string, newModeratorHandle?: string | null): Promise<Board> {
    const board = await this.requireBoard(boardId);
    const successor = newModeratorHandle
      ? await this.accounts.findByHandle(newModeratorHandle.replace(/^@/, ''))
      : null;
    if (newModeratorHandle && !successor) throw BoardErrors.userNotFound(newModeratorHandle);
    return this.dataSource.transaction(async (manager) => {
      // Roles lock, then the leaver's member row, the successor's, and the board row last (it
      // used to be locked first, against the order recordPost takes). See LOCK ORDER.
      await lockBoardRoles(manager, board.id);
      const membership = await manager.findOne(BoardMemberEntity, {
        where: { boardId: board.id, userId: viewer.userId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!membership) return toBoard(await manager.findOneByOrFail(BoardEntity, { id: board.id }));
      if (membership.role === 'moderator') {
        const others = await manager.count(BoardMemberEntity, {
          where: { boardId: board.id, role: 'moderator', userId: Not(viewer.userId) },
        });
        if (others === 0) {
          if (!successor || successor.id === viewer.userId) throw BoardErrors.lastModerator();
          await this.promote(manager, board.id, successor.id);
        }
      }
      await manager.delete(BoardMemberEntity, { id: membership.id });
      const rows = rowsOf<BoardRow>(
        await manager.query(
          `UPDATE boards SET member_count = member_count - 1 WHERE id = $1 RETURNING *`,
          [board.id],
        ),
      );
      return boardFromRow(rows[0]);
    });
  }

  /**
   * A board whose moderators have all been inactive for 90 days is taken over by a member who
   * posted in it recently, without asking anyone; the event is logged publicly, in the same
   * transaction (BoardEvents.adopting).
   */
  async adopt(viewer: Viewer, boardId: string): Promise<Board> {
    if (!viewer.emailVerified) throw BoardErrors.unverified();
    const board = await this.requireBoard(boardId);
    const now = new Date();
    const { result, event } = await this.dataSource.transaction(async (manager) => {
      // Two members adopting at once take turns on the board's roles lock (the second then sees
      // the first as an active moderator), without locking the board row before member rows.
      await lockBoardRoles(manager, board.id);
      const moderators = await manager.findBy(BoardMemberEntity, {
        boardId: board.id,
        role: 'moderator',
      });
      const cutoff = now.getTime() - BoardLimits.moderatorInactiveDays * DAY_MS;
      if (moderators.some((moderator) => moderator.lastActiveAt.getTime() >= cutoff)) {
        throw BoardErrors.cannotAdopt(
          `a moderator was active in the last ${BoardLimits.moderatorInactiveDays} days.`,
        );
      }
      const activeRows = rowsOf<{ user_id: string }>(
        await manager.query(
          `SELECT c.user_id FROM board_contributors c
           JOIN board_members m ON m.board_id = c.board_id AND m.user_id = c.user_id
           WHERE c.board_id = $1 AND c.user_id = $2 AND c.last_posted_at > $3`,
          [board.id, viewer.userId, new Date(now.getTime() - ACTIVE_MEMBER_DAYS * DAY_MS)],
        ),
      );
      if (activeRows.length === 0) {
        throw BoardErrors.cannotAdopt(
          `only a member who posted here in the last ${ACTIVE_MEMBER_DAYS} days can adopt it.`,
        );
      }
      const updated = await this.promote(manager, board.id, viewer.userId);
      await this.touchMember(manager, board.id, viewer.userId);
      const adopted: BoardAdoptedEvent = {
        boardId: board.id,
        userId: viewer.userId,
        inactiveModeratorIds: moderators.map((moderator) => moderator.userId),
        at: now,
      };
      const adopting: BoardAdoptingEvent = { ...adopted, manager };
      await this.events.emitAsync(BoardEvents.adopting, adopting);
      return {
        result: updated ?? toBoard(await manager.findOneByOrFail(BoardEntity, { id: board.id })),
        event: adopted,
      };
    });
    this.events.emit(BoardEvents.adopted, event);
    return result;
  }

  /**
   * The board page's first read: a plain row through a prepared statement, with the value of
   * `companion` (e.g. the page's threads) read in the same statement when given.
   */
  async bySlug(slug: string, companion?: BoardCompanion | null): Promise<Board | null> {
    if (!companion) {
      const [row] = await this.reads.rows<BoardRow>(
        'board_by_slug',
        'SELECT * FROM boards WHERE slug = $1',
        [slug.toLowerCase()],
      );
      return row ? boardFromRow(row) : null;
    }
    const [row] = await this.reads.rows<BoardRow & { companion: unknown }>(
      `board_by_slug_with_${companion.name}`,
      `SELECT board.*, (${companion.sql(2)}) AS companion FROM boards board WHERE board.slug = $1`,
      [slug.toLowerCase(), ...companion.parameters],
    );
    if (!row) return null;
    const board = boardFromRow(row);
    companion.receive(board, row.companion);
    return board;
  }

  /** The directory; read from a replica when there is one (a little lag is fine here). */
  list(args: BoardsArgs): Promise<ConnectionShape<Board>> {
    return this.replicas.run((manager) => this.listWith(manager, args));
  }

  private async listWith(
    manager: EntityManager,
    args: BoardsArgs,
  ): Promise<ConnectionShape<Board>> {
    const query = manager.getRepository(BoardEntity).createQueryBuilder('board');
    const words = args.query?.trim();
    if (words) {
      query.andWhere('(board.name ILIKE :pattern OR board.description ILIKE :pattern)', {
        pattern: `%${escapeLike(words)}%`,
      });
    }
    const order = args.orderBy ?? BoardOrder.TRENDING;
    if (order === BoardOrder.TRENDING) query.andWhere('board.incubating = false');
    const sort = {
      [BoardOrder.TRENDING]: {
        sortExpression: 'board.trending_score',
        kind: 'boards:trending',
        sortType: 'double precision' as const,
        sortValueOf: (row: BoardEntity) => Number(row.trendingScore),
      },
      [BoardOrder.NEWEST]: {
        sortExpression: 'board.created_at',
        kind: 'boards:newest',
        sortType: 'timestamptz' as const,
        sortValueOf: (row: BoardEntity) => row.createdAt,
      },
      [BoardOrder.MEMBERS]: {
        sortExpression: 'board.member_count',
        kind: 'boards:members',
        sortType: 'integer' as const,
        sortValueOf: (row: BoardEntity) => row.memberCount,
      },
      [BoardOrder.ACTIVE]: {
        sortExpression: 'board.last_activity_at',
        kind: 'boards:active',
        sortType: 'timestamptz' as const,
        sortValueOf: (row: BoardEntity) => row.lastActivityAt,
      },
    }[order];
    return keysetPage(
      query,
      args,
      { ...sort, idExpression: 'board.id', idOf: (row) => row.id, direction: 'DESC' },
      toBoard,
    );
  }

  /** Loads boards by id through the request's DataLoader: one statement per batch. */
  loadById(loaders: RequestLoaders, id: string): Promise<Board | null> {
    return loaders
      .get(
        BOARDS_BY_ID,
        () =>
          new DataLoader<string, Board | null>(async (ids) => {
            const rows = await this.boards.findBy({ id: In([...ids]) });
            return byKeys(ids, rows.map(toBoard), (board) => board.id);
          }),
      )
      .load(id);
  }

  /** The user ids of a board's moderators, oldest first, batched per request. */
  loadModeratorIds(loaders: RequestLoaders, boardId: string): Promise<string[]> {
    return loaders
      .get(
        MODERATORS_BY_BOARD,
        () =>
          new DataLoader<string, string[]>(async (boardIds) => {
            const rows = await this.members.find({
              where: { boardId: In([...boardIds]), role: 'moderator' },
              order: { joinedAt: 'ASC' },
            });
            return boardIds.map((id) =>
              rows.filter((row) => row.boardId === id).map((row) => row.userId),
            );
          }),
      )
      .load(boardId);
  }

  /** The viewer's role in a board (null when not a member), batched per request. */
  async loadViewerRole(
    loaders: RequestLoaders,
    viewer: Viewer | null,
    boardId: string,
  ): Promise<BoardRole | null> {
    if (!viewer) return null;
    return loaders
      .get(
        VIEWER_ROLE_BY_BOARD,
        () =>
          new DataLoader<string, BoardRole | null>(async (boardIds) => {
            const rows = await this.members.findBy({
              boardId: In([...boardIds]),
              userId: viewer.userId,
            });
            return byKeys(boardIds, rows, (row) => row.boardId).map((row) => row?.role ?? null);
          }),
      )
      .load(boardId);
  }

  /** Ids of the boards the user moderates. */
  async moderatedBoardIds(userId: string): Promise<string[]> {
    const rows = await this.members.find({
      where: { userId, role: 'moderator' },
      select: { boardId: true },
    });
    return rows.map((row) => row.boardId);
  }

  /** Whether the user moderates the board; pass the caller's manager inside a transaction. */
  async isModerator(boardId: string, userId: string, manager?: EntityManager): Promise<boolean> {
    const repository = manager ? manager.getRepository(BoardMemberEntity) : this.members;
    return repository.exists({ where: { boardId, userId, role: 'moderator' } });
  }

  /** The board with this id, through the caller's transaction; null when unknown. */
  async findById(boardId: string, manager?: EntityManager): Promise<Board | null> {
    if (!isUuid(boardId)) return null;
    const repository = manager ? manager.getRepository(BoardEntity) : this.boards;
    const board = await repository.findOneBy({ id: boardId });
    return board ? toBoard(board) : null;
  }

  /** The board's current event sequence number (see DESIGN.md, realtime); null when unknown. */
  async findSeq(boardId: string): Promise<number | null> {
    if (!isUuid(boardId)) return null;
    const board = await this.boards.findOne({
      select: { id: true, seq: true },
      where: { id: boardId },
    });
    return board ? Number(board.seq) : null;
  }

  /**
   * Counts a post (and a thread when it opens one) in the caller's transaction: post and thread
   * counters, last activity, incubation and the trending score, with atomic updates so
   * concurrent posts stay exact. Returns the board's new event sequence number.
   */
  async recordPost(manager: EntityManager, activity: PostActivity): Promise<{ seq: number }> {
    this.recordPostCounting ??= this.postCounting('board_post_source', '$2::uuid', 3);
    const rows = await queryPrepared<{ seq: number }>(
      manager,
      'record_post',
      `WITH board_post_source AS (SELECT $1::uuid AS board_id), ${this.recordPostCounting.ctes}
       SELECT seq FROM ${POST_COUNTED_CTE}`,
      [activity.boardId, activity.userId, ...this.recordPostCounting.values(activity)],
    );
    return { seq: Number(rows[0]?.seq ?? 0) };
  }

  /**
   * The same counting as a fragment of another lib's statement (see PostCounting): a reply is
   * then stored in one statement. `source` names the caller's CTE with the board's `board_id`,
   * `userId` the poster's expression, and the fragment's parameters start at `firstParameter`.
   */
  postCounting(source: string, userId: string, firstParameter: number): PostCounting {
    return postCounting(source, userId, firstParameter, this.config.boardIncubationMembers);
  }

  /** Takes the board's next event sequence number in the caller's transaction. */
  async nextSeq(manager: EntityManager, boardId: string): Promise<number> {
    const rows = rowsOf<{ seq: number }>(
      await manager.query(`UPDATE boards SET seq = seq + 1 WHERE id = $1 RETURNING seq`, [boardId]),
    );
    return Number(rows[0]?.seq ?? 0);
  }

  private async countJoin(
    manager: EntityManager,
    boardId: string,
    userId: string,
    at: Date,
  ): Promise<Board> {
    const newContributor =
      rowsOf(
        await manager.query(
          `INSERT INTO board_contributors (board_id, user_id) VALUES ($1, $2)
           ON CONFLICT (board_id, user_id) DO NOTHING RETURNING user_id`,
          [boardId, userId],
        ),
      ).length > 0;
    const rows = rowsOf<BoardRow>(
      await manager.query(
        `UPDATE boards SET
           member_count = member_count + 1,
           contributor_count = contributor_count + $2,
           incubating = incubating AND contributor_count + $2 < $3,
           trending_score = ${addTrendingSql('trending_score', '$4')}
         WHERE id = $1 RETURNING *`,
        [
          boardId,
          newContributor ? 1 : 0,
          this.config.boardIncubationMembers,
          trendingTerm(TrendingWeights.joined, at),
        ],
      ),
    );
    return boardFromRow(rows[0]);
  }

  /** Makes the user a moderator, joining them first if needed; returns the board if it changed. */
  private async promote(
    manager: EntityManager,
    boardId: string,
    userId: string,
  ): Promise<Board | null> {
    const now = new Date();
    const rows = rowsOf<{ inserted: boolean }>(
      await manager.query(
        `INSERT INTO board_members (board_id, user_id, role, last_active_at) VALUES ($1, $2, 'moderator', $3)
         ON CONFLICT (board_id, user_id) DO UPDATE SET role = 'moderator'
         RETURNING (xmax = 0) AS inserted`,
        [boardId, userId, now],
      ),
    );
    return rows[0]?.inserted ? this.countJoin(manager, boardId, userId, now) : null;
  }

  private async touchMember(manager: EntityManager, boardId: string, userId: string) {
    await manager.query(
      `UPDATE board_members SET last_active_at = now() WHERE board_id = $1 AND user_id = $2`,
      [boardId, userId],
    );
  }

  private async requireBoard(boardId: string): Promise<BoardEntity> {
    const board = isUuid(boardId) ? await this.boards.findOneBy({ id: boardId }) : null;
    if (!board) throw BoardErrors.notFound();
    return board;
  }

  private async assertCanModerate(viewer: Viewer, boardId: string): Promise<void> {
    if (viewer.isAdmin) return;
    if (!(await this.isModerator(boardId, viewer.userId))) throw BoardErrors.notModerator();
  }

  /**
   * Counts the boards the viewer created in the last day inside the creating transaction, under
   * a lock on the viewer: parallel createBoard calls of one person take turns, so each counts the
   * boards the others committed and the limit holds (a count before the transaction let all pass).
   */
  private async assertDailyLimit(manager: EntityManager, viewer: Viewer): Promise<void> {
    await advisoryXactLock(manager, `board-create:${viewer.userId}`);
    const since = new Date(Date.now() - DAY_MS);
    const recent = await manager.getRepository(BoardEntity).find({
      where: { createdById: viewer.userId, createdAt: MoreThan(since) },
      order: { createdAt: 'ASC' },
      take: BoardLimits.boardsPerDay,
    });
    if (recent.length >= BoardLimits.boardsPerDay) {
      const retryAt = recent[0].createdAt.getTime() + DAY_MS;
      throw rateLimited(Math.max(1, Math.ceil((retryAt - Date.now()) / 1000)));
    }
  }

  /** CONFLICT naming the board that already has this slug or a look-alike name. */
  private async assertNameAndSlugFree(slug: string | null, key: string): Promise<void> {
    const existing = await this.boards.find({
      where: slug ? [{ slug }, { nameKey: key }] : [{ nameKey: key }],
      take: 2,
    });
    const sameName = existing.find((board) => board.nameKey === key);
    if (sameName) throw BoardErrors.nameTooClose(sameName);
    if (existing.length > 0 && slug) throw BoardErrors.slugTaken(slug);
  }
}
