import { RateLimiterService, Viewer } from '@boardwalk/server-core';
import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { anonymisedAccount } from './account-anonymisation';
import { AccountRateLimits } from './account-rate-limits';
import { AccountErrors } from './accounts.errors';
import { AccountDeletedEvent, AccountEvents, StaffStatusChangedEvent } from './accounts.events';
import { EmailTokensService } from './email-tokens.service';
import { PasswordHasher } from './password-hasher';
import { SessionEntity } from './session.entity';
import { SessionsService } from './sessions.service';
import { announceStaffChange } from './staff-domains.service';
import { UserEntity } from './user.entity';

/**
 * Removes the person: email, password, sessions and profile. The row stays, renamed, so their
 * posts keep their place in conversations (and every counter stays exact); the posts' bodies are
 * erased too when asked, by the libs that own them, on the AccountDeleted event.
 */
@Injectable()
export class AccountDeletionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly emailTokens: EmailTokensService,
    private readonly hasher: PasswordHasher,
    private readonly events: EventEmitter2,
    private readonly sessions: SessionsService,
    private readonly rateLimiter: RateLimiterService,
  ) {}

  async delete(viewer: Viewer, password: string, eraseContent: boolean): Promise<boolean> {
    const user = await this.dataSource
      .getRepository(UserEntity)
      .findOneByOrFail({ id: viewer.userId });
    const limit = AccountRateLimits.failedPasswordCheckPerUser;
    await this.rateLimiter.assertNotExhausted(limit, user.id);
    if (!(await this.hasher.verify(user.passwordHash, password))) {
      await this.rateLimiter.consume(limit, user.id);
      throw AccountErrors.wrongPassword();
    }
    const change: StaffStatusChangedEvent | null = user.isStaff
      ? { userId: user.id, isStaff: false, reason: 'account-deleted', actorId: null }
      : null;
    await this.dataSource.transaction(async (manager) => {
      await manager
        .getRepository(UserEntity)
        .update({ id: user.id }, anonymisedAccount(user.id, new Date()));
      await manager.getRepository(SessionEntity).delete({ userId: user.id });
      await this.emailTokens.revokeAll(user.id, manager);
      if (change) await announceStaffChange(this.events, manager, change);
    });
    if (change) this.events.emit(AccountEvents.staffStatusChanged, change);
    this.sessions.revoked({ userId: user.id, sessionIds: 'all' });
    const deleted: AccountDeletedEvent = { userId: user.id, eraseContent };
    await this.events.emitAsync(AccountEvents.accountDeleted, deleted);
    return true;
  }
}
