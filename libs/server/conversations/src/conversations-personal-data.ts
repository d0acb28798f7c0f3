import { AccountDeletedEvent, AccountEvents } from '@boardwalk/server-accounts';
import { PersonalDataExport } from '@boardwalk/server-core';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ConversationsService } from './conversations.service';
import { PostEntity } from './post.entity';
import { ThreadEntity } from './thread.entity';

/** The conversations lib's part of a member's data export and of account erasure. */
@Injectable()
export class ConversationsPersonalData implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly personalData: PersonalDataExport,
    private readonly conversations: ConversationsService,
  ) {}

  onModuleInit(): void {
    this.personalData.register('threads', async (userId) => {
      const threads = await this.dataSource
        .getRepository(ThreadEntity)
        .find({ where: { authorId: userId }, order: { createdAt: 'ASC' } });
      return threads.map((thread) => ({
        id: thread.id,
        boardId: thread.boardId,
        title: thread.title,
        createdAt: thread.createdAt,
      }));
    });
    this.personalData.register('posts', async (userId) => {
      const posts = await this.dataSource
        .getRepository(PostEntity)
        .find({ where: { authorId: userId }, order: { createdAt: 'ASC' } });
      return posts.map((post) => ({
        id: post.id,
        threadId: post.threadId,
        boardId: post.boardId,
        replyToId: post.replyToId,
        body: post.body,
        createdAt: post.createdAt,
        editedAt: post.editedAt,
        deletedAt: post.deletedAt,
        hidden: post.hidden,
      }));
    });
  }

  /**
   * A deleted account's posts stay in their threads (so conversations keep their sense) unless
   * the person asked for their bodies to be erased too: then each is emptied and shown as
   * deleted, like a post its author deletes, with a post.updated event and the board's next seq
   * per post so live watchers and catching-up clients drop the words too. Counters count posts,
   * not bodies, so they stay exact.
   */
  @OnEvent(AccountEvents.accountDeleted)
  async onAccountDeleted(event: AccountDeletedEvent): Promise<void> {
    if (!event.eraseContent) return;
    await this.conversations.eraseBodiesOf(event.userId);
  }
}
