import { CurrentViewer, Public, Viewer } from '@boardwalk/server-core';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { NotificationSettings } from './notification-settings.model';
import { NotificationSettingsService } from './notification-settings.service';
import { UpdateNotificationSettingsInput } from './update-notification-settings.input';

@Resolver(() => NotificationSettings)
export class NotificationSettingsResolver {
  constructor(private readonly settings: NotificationSettingsService) {}

  @Query(() => NotificationSettings, { description: 'How notifications reach the viewer by mail.' })
  notificationSettings(@CurrentViewer() viewer: Viewer): Promise<NotificationSettings> {
    return this.settings.get(viewer);
  }

  @Mutation(() => NotificationSettings)
  updateNotificationSettings(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: UpdateNotificationSettingsInput,
  ): Promise<NotificationSettings> {
    return this.settings.update(viewer, input);
  }

  @Public()
  @Mutation(() => Boolean, {
    description:
      'Turns notification mail off (NONE) with the token of an unsubscribe link; no sign-in needed.',
  })
  unsubscribe(@Args('token') token: string): Promise<boolean> {
    return this.settings.unsubscribe(token);
  }
}
