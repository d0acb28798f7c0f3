import { BoardsModule } from '@boardwalk/server-boards';
import { ConversationsModule } from '@boardwalk/server-conversations';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationDigestService } from './notification-digest.service';
import { NotificationMailComposer } from './notification-mail-composer';
import { NotificationMailService } from './notification-mail.service';
import { NotificationSettingsResolver } from './notification-settings.resolver';
import { NotificationSettingsService } from './notification-settings.service';
import { NOTIFICATIONS_ENTITIES } from './notifications.entities';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';
import { NotificationsPersonalData } from './notifications-personal-data';
import { UnsubscribeTokensService } from './unsubscribe-tokens.service';

@Module({
  imports: [TypeOrmModule.forFeature(NOTIFICATIONS_ENTITIES), ConversationsModule, BoardsModule],
  providers: [
    NotificationsService,
    NotificationsResolver,
    NotificationSettingsService,
    NotificationSettingsResolver,
    UnsubscribeTokensService,
    NotificationMailComposer,
    NotificationMailService,
    NotificationDigestService,
    NotificationsPersonalData,
  ],
  exports: [NotificationsService, NotificationSettingsService, NotificationDigestService],
})
export class NotificationsModule {}
