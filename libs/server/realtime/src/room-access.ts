import { BoardsService } from '@boardwalk/server-boards';
import { ConversationsService } from '@boardwalk/server-conversations';
import { notFound, Viewer } from '@boardwalk/server-core';
import { Injectable } from '@nestjs/common';

/**
 * Who may watch which room. Boards are public today, so anyone, signed in or not, may watch a
 * board or thread that exists; private boards will add their check here, the one place every
 * watch goes through.
 */
@Injectable()
export class RoomAccess {
  constructor(
    private readonly boards: BoardsService,
    private readonly conversations: ConversationsService,
  ) {}

  /** Checks the viewer may watch the board; returns its current seq. NOT_FOUND otherwise. */
  async board(_viewer: Viewer | null, boardId: string): Promise<{ seq: number }> {
    const seq = await this.boards.findSeq(boardId);
    if (seq === null) throw notFound('Board');
    return { seq };
  }

  /** Checks the viewer may watch the thread; returns its board. NOT_FOUND otherwise. */
  async thread(viewer: Viewer | null, threadId: string): Promise<{ boardId: string }> {
    const thread = await this.conversations.thread(threadId);
    if (!thread) throw notFound('Thread');
    await this.board(viewer, thread.boardId);
    return { boardId: thread.boardId };
  }

  /** The board's current seq, read after a watch joined its room (see the gateway). */
  async seq(boardId: string): Promise<number> {
    return (await this.boards.findSeq(boardId)) ?? 0;
  }
}
