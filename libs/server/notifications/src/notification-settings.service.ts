import { Viewer } from '@boardwalk/server-core';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import {
  NotificationEmailChoice,
  NotificationSettingsEntity,
} from './notification-settings.entity';
import { NotificationEmail, NotificationSettings } from './notification-settings.model';
import { NotificationErrors } from './notifications.errors';
import type { UpdateNotificationSettingsInput } from './update-notification-settings.input';
import { UnsubscribeTokensService } from './unsubscribe-tokens.service';

/** Single-notification mails a person choosing EACH gets a day; the rest go to the digest. */
export const DAILY_EMAIL_LIMIT = 5;

/** Attention is precious: without a choice, mail comes at most once a day. */
export const DEFAULT_EMAIL_CHOICE: NotificationEmailChoice = 'DAILY_DIGEST';

function toSettings(email: NotificationEmailChoice): NotificationSettings {
  return Object.assign(new NotificationSettings(), {
    email: email as NotificationEmail,
    dailyEmailLimit: DAILY_EMAIL_LIMIT,
  });
}

@Injectable()
export class NotificationSettingsService {
  constructor(
    @InjectRepository(NotificationSettingsEntity)
    private readonly settings: Repository<NotificationSettingsEntity>,
    private readonly unsubscribeTokens: UnsubscribeTokensService,
  ) {}

  async get(viewer: Viewer): Promise<NotificationSettings> {
    const row = await this.settings.findOneBy({ userId: viewer.userId });
    return toSettings(row?.email ?? DEFAULT_EMAIL_CHOICE);
  }

  async update(
    viewer: Viewer,
    input: UpdateNotificationSettingsInput,
  ): Promise<NotificationSettings> {
    await this.setEmail(viewer.userId, input.email);
    return toSettings(input.email);
  }

  /** Open to anyone holding a link from a notification mail: the signed token is the access. */
  async unsubscribe(token: string): Promise<boolean> {
    const userId = await this.unsubscribeTokens.userIdOf(token);
    if (!userId) throw NotificationErrors.badUnsubscribeToken();
    await this.setEmail(userId, 'NONE');
    return true;
  }

  private async setEmail(userId: string, email: NotificationEmailChoice): Promise<void> {
    await this.settings.upsert({ userId, email }, ['userId']);
  }
}
