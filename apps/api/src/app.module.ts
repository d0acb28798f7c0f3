import { AccountsModule } from '@boardwalk/server-accounts';
import { BoardsModule } from '@boardwalk/server-boards';
import { ConversationsModule } from '@boardwalk/server-conversations';
import { ModerationModule } from '@boardwalk/server-moderation';
import { GrowthModule } from '@boardwalk/server-growth';
import { NotificationsModule } from '@boardwalk/server-notifications';
import { AppConfig, CoreModule } from '@boardwalk/server-core';
import { RealtimeModule } from '@boardwalk/server-realtime';
import { DynamicModule, Module } from '@nestjs/common';
import { DATABASE_PARTS } from './database-parts';

/** The composition root: core plus every domain lib. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(config, DATABASE_PARTS),
        AccountsModule,
        BoardsModule,
        ConversationsModule,
        NotificationsModule,
        ModerationModule,
        RealtimeModule,
        GrowthModule,
      ],
    };
  }
}
