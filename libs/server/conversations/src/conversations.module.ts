import { BoardsModule } from '@boardwalk/server-boards';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BoardThreadsCompanion } from './board-threads.companion';
import { BoardThreadsResolver } from './board-threads.resolver';
import { CONVERSATIONS_ENTITIES } from './conversations.entities';
import { ConversationsPersonalData } from './conversations-personal-data';
import { ConversationsService } from './conversations.service';
import { PostsResolver } from './posts.resolver';
import { ThreadsResolver } from './threads.resolver';

@Module({
  imports: [TypeOrmModule.forFeature(CONVERSATIONS_ENTITIES), BoardsModule],
  providers: [
    ConversationsService,
    ConversationsPersonalData,
    ThreadsResolver,
    PostsResolver,
    BoardThreadsResolver,
    BoardThreadsCompanion,
  ],
  exports: [ConversationsService],
})
export class ConversationsModule {}
