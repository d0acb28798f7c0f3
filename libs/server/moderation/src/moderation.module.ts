import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BoardsModule } from '@boardwalk/server-boards';
import { ConversationsModule } from '@boardwalk/server-conversations';
import { MODERATION_ENTITIES } from './moderation.entities';
import { FlagResolver, ModerationResolver } from './moderation.resolver';
import { ModerationService } from './moderation.service';

@Module({
  imports: [TypeOrmModule.forFeature(MODERATION_ENTITIES), BoardsModule, ConversationsModule],
  providers: [ModerationService, ModerationResolver, FlagResolver],
  exports: [ModerationService],
})
export class ModerationModule {}
