import { AccountEvents, StaffStatusChangingEvent } from '@boardwalk/server-accounts';
import { BoardAdoptingEvent, BoardEvents, BoardsService } from '@boardwalk/server-boards';
import { ConversationsService, Post, PostRef } from '@boardwalk/server-conversations';
import {
  AppConfig,
  ConnectionShape,
  PageRequest,
  Viewer,
  isUniqueViolation,
  keysetPage,
  byTime,
} from '@boardwalk/server-core';
import { Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, IsNull, Repository } from 'typeorm';
import { Flag } from './flag.model';
import { ModerationActionValue, ModerationEntryEntity } from './moderation-entry.entity';
import { ModerationAction, ModerationEntry } from './moderation-entry.model';
import {
  AUTOMATIC_MODERATOR,
  MAX_REASON,
  adoptionReason,
  autoHideReason,
  cleanReason,
  hideOutcome,
  shouldAutoHide,
  staffLogLine,
  unhideAction,
  unhideResolution,
} from './moderation-rules';
import { ModerationErrors } from './moderation.errors';
import { FlagResolution, PostFlagEntity } from './post-flag.entity';

/**
 * Community-led moderation in the open: members flag, a board's own moderators (and admins)
 * hide with a reason, and every action lands in the public log. Staff have no power here.
 */
@Injectable()
export class ModerationService {
  constructor(
    @InjectRepository(PostFlagEntity) private readonly flags: Repository<PostFlagEntity>,
    @InjectRepository(ModerationEntryEntity)
    private readonly entries: Repository<ModerationEntryEntity>,
    private readonly conversations: ConversationsService,
    private readonly boards: BoardsService,
    private readonly config: AppConfig,
  ) {}

  /** Once per member per post. Enough open flags hide the post until a moderator reviews it. */
  async flagPost(viewer: Viewer, postId: string, rawReason: string): Promise<boolean> {
    if (!viewer.emailVerified) throw ModerationErrors.unverified();
    const reason = cleanReason(rawReason);
    const post = await this.conversations.postRef(postId);
    if (post.authorId === viewer.userId) throw ModerationErrors.ownPost();
    if (post.deleted) throw ModerationErrors.deletedPost();
    try {
      await this.flags.insert({
        postId: post.id,
        boardId: post.boardId,
        userId: viewer.userId,
        reason,
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw ModerationErrors.alreadyFlagged();
      throw error;
    }
    const open = await this.flags.count({ where: { postId: post.id, resolvedAt: IsNull() } });
    if (shouldAutoHide(open, this.config.autoHideFlagCount, post.hidden)) {
      // Logged under the automatic moderator: the public log never shows who flagged.
      await this.conversations.setPostHidden(post.id, true, async (manager, before) => {
        if (before.hidden) return; // a concurrent flag or a moderator hid it first
        await this.record(manager, {
          action: 'HIDE_POST',
          reason: autoHideReason(open),
          moderatorId: AUTOMATIC_MODERATOR.id,
          automatic: true,
          post: before,
        });
      });
    }
    return true;
  }

  /**
   * Hides a post, or confirms one hidden automatically (closing its flags); either is logged.
   * The post's state is read under a lock in the same transaction, so concurrent hides log once.
   */
  async hidePost(viewer: Viewer, postId: string, rawReason: string): Promise<Post> {
    const reason = cleanReason(rawReason);
    const post = await this.requireModeratedPost(viewer, postId);
    return this.conversations.setPostHidden(post.id, true, async (manager, before) => {
      const closed = await this.resolveFlags(manager, before.id, 'hidden');
      const { action } = hideOutcome(before.hidden, closed);
      if (action) {
        await this.record(manager, { action, reason, moderatorId: viewer.userId, post: before });
      }
    });
  }

  /** Shows a hidden post again, or (on a visible post) closes its open flags; either is logged. */
  async unhidePost(viewer: Viewer, postId: string, rawReason: string): Promise<Post> {
    const reason = cleanReason(rawReason);
    const post = await this.requireModeratedPost(viewer, postId);
    return this.conversations.setPostHidden(post.id, false, async (manager, before) => {
      const closed = await this.resolveFlags(manager, before.id, unhideResolution(before.hidden));
      const action = unhideAction(before.hidden, closed);
      if (action) {
        await this.record(manager, { action, reason, moderatorId: viewer.userId, post: before });
      }
    });
  }

  /** Reviews a post's open flags and keeps it as it is; returns how many flags were closed. */
  async dismissFlags(viewer: Viewer, postId: string, rawReason: string): Promise<number> {
    const reason = cleanReason(rawReason);
    const post = await this.requireModeratedPost(viewer, postId);
    return this.flags.manager.transaction(async (manager) => {
      const closed = await this.resolveFlags(manager, post.id, 'dismissed');
      if (closed > 0) {
        await this.record(manager, {
          action: 'DISMISS_FLAGS',
          reason,
          moderatorId: viewer.userId,
          post,
        });
      }
      return closed;
    });
  }

  /** Open flags of one board, or of every board the viewer moderates (all boards for admins). */
  async openFlags(
    viewer: Viewer,
    boardId: string | null,
    page: PageRequest,
  ): Promise<ConnectionShape<Flag>> {
    let boardIds: string[] | null;
    if (boardId) {
      if (!(await this.boards.findById(boardId))) throw ModerationErrors.boardNotFound();
      if (!viewer.isAdmin && !(await this.boards.isModerator(boardId, viewer.userId))) {
        throw ModerationErrors.notModerator();
      }
      boardIds = [boardId];
    } else {
      boardIds = viewer.isAdmin ? null : await this.boards.moderatedBoardIds(viewer.userId);
    }
    const query = this.flags.createQueryBuilder('flag').where('flag.resolved_at IS NULL');
    if (boardIds)
      query.andWhere('flag.board_id IN (:...boardIds)', {
        boardIds: boardIds.length ? boardIds : [null],
      });
    return keysetPage(
      query,
      page,
      byTime('flag', 'created_at', (row) => row.createdAt, 'DESC'),
      (row) =>
        Object.assign(new Flag(), {
          id: row.id,
          reason: row.reason,
          createdAt: row.createdAt,
          postId: row.postId,
          boardId: row.boardId,
          userId: row.userId,
        }),
    );
  }

  /** The public log, newest first, optionally of one board. */
  async log(page: PageRequest, boardId: string | null): Promise<ConnectionShape<ModerationEntry>> {
    const query = this.entries.createQueryBuilder('entry');
    if (boardId) {
      if (!(await this.boards.findById(boardId))) throw ModerationErrors.boardNotFound();
      query.where('entry.board_id = :boardId', { boardId });
    }
    return keysetPage(
      query,
      page,
      byTime('entry', 'created_at', (row) => row.createdAt, 'DESC'),
      toEntry,
    );
  }

  async entriesByIds(ids: readonly string[]): Promise<ModerationEntry[]> {
    return (await this.entries.findBy({ id: In([...ids]) })).map(toEntry);
  }

  /**
   * Members can see who speaks for the company: every staff change is in the public log, written
   * in the transaction that changes the status, so neither commits without the other.
   */
  @OnEvent(AccountEvents.staffStatusChanging, { suppressErrors: false })
  async onStaffStatusChanging(event: StaffStatusChangingEvent): Promise<void> {
    await this.record(event.manager, staffLogLine(event));
  }

  /** An adoption is logged in its own transaction, like every other moderation action. */
  @OnEvent(BoardEvents.adopting, { suppressErrors: false })
  async onBoardAdopting(event: BoardAdoptingEvent): Promise<void> {
    await this.record(event.manager, {
      action: 'BOARD_ADOPTED',
      reason: adoptionReason(event.inactiveModeratorIds.length),
      moderatorId: event.userId,
      boardId: event.boardId,
    });
  }

  private async requireModeratedPost(viewer: Viewer, postId: string): Promise<PostRef> {
    const post = await this.conversations.postRef(postId);
    if (!viewer.isAdmin && !(await this.boards.isModerator(post.boardId, viewer.userId))) {
      throw ModerationErrors.notModerator();
    }
    return post;
  }

  private async resolveFlags(
    manager: EntityManager,
    postId: string,
    resolution: FlagResolution,
  ): Promise<number> {
    const result = await manager
      .getRepository(PostFlagEntity)
      .update({ postId, resolvedAt: IsNull() }, { resolvedAt: new Date(), resolution });
    return result.affected ?? 0;
  }

  private async record(
    manager: EntityManager,
    entry: {
      action: ModerationActionValue;
      reason: string;
      moderatorId: string;
      automatic?: boolean;
      post?: PostRef;
      boardId?: string;
      subjectId?: string;
    },
  ): Promise<void> {
    await manager.getRepository(ModerationEntryEntity).insert({
      action: entry.action,
      reason: entry.reason.slice(0, MAX_REASON),
      moderatorId: entry.moderatorId,
      automatic: entry.automatic ?? false,
      boardId: entry.post?.boardId ?? entry.boardId ?? null,
      postId: entry.post?.id ?? null,
      subjectId: entry.post?.authorId ?? entry.subjectId ?? null,
    });
  }
}

function toEntry(row: ModerationEntryEntity): ModerationEntry {
  return Object.assign(new ModerationEntry(), {
    id: row.id,
    action: row.action as ModerationAction,
    reason: row.reason,
    createdAt: row.createdAt,
    automatic: row.automatic,
    moderatorId: row.moderatorId,
    boardId: row.boardId,
    postId: row.postId,
    subjectId: row.subjectId,
  });
}
