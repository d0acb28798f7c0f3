import {
  AppConfig,
  MailerService,
  RateLimiterService,
  Viewer,
  isUniqueViolation,
} from '@boardwalk/server-core';
import { Injectable, Logger } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, Not } from 'typeorm';
import { AccountErrors } from './accounts.errors';
import { AccountEvents } from './accounts.events';
import { AccountRateLimits } from './account-rate-limits';
import { domainOf, normaliseEmail } from './email-address';
import { EmailTokensService } from './email-tokens.service';
import { PasswordHasher } from './password-hasher';
import { StaffDomainsService, announceStaffChange } from './staff-domains.service';
import { staffChangeOnConfirm } from './staff-status';
import { UserEntity } from './user.entity';

const VERIFY_TTL_MS = 24 * 3600 * 1000;

/**
 * Every link to `PUBLIC_URL/verify`: confirming the sign-up address, confirming a new address
 * after `changeEmail`, and staff re-confirmation. Staff status is recomputed from the verified
 * address's domain each time, so it always follows a verified company email.
 */
@Injectable()
export class EmailVerificationService {
  private readonly logger = new Logger(EmailVerificationService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly emailTokens: EmailTokensService,
    private readonly staffDomains: StaffDomainsService,
    private readonly hasher: PasswordHasher,
    private readonly mailer: MailerService,
    private readonly rateLimiter: RateLimiterService,
    private readonly config: AppConfig,
    private readonly events: EventEmitter2,
  ) {}

  async sendVerification(
    user: Pick<UserEntity, 'id' | 'displayName'>,
    email: string,
  ): Promise<void> {
    const token = await this.emailTokens.issue(user.id, 'verify_email', email, VERIFY_TTL_MS);
    await this.mailLink(email, 'Confirm your email for Boardwalk', token, [
      `Hi ${user.displayName},`,
      'Confirm your email address by opening this link:',
    ]);
  }

  async resend(viewer: Viewer): Promise<boolean> {
    if (viewer.emailVerified) throw AccountErrors.alreadyVerified();
    await this.rateLimiter.consume(AccountRateLimits.resendVerificationPerUser, viewer.userId);
    const user = await this.dataSource
      .getRepository(UserEntity)
      .findOneByOrFail({ id: viewer.userId });
    await this.sendVerification(user, user.email);
    return true;
  }

  /** Mails a link to the new address; the old one stays in use until the link is opened. */
  async requestEmailChange(viewer: Viewer, newEmail: string, password: string): Promise<boolean> {
    await this.rateLimiter.consume(AccountRateLimits.changeEmailPerUser, viewer.userId);
    const users = this.dataSource.getRepository(UserEntity);
    const user = await users.findOneByOrFail({ id: viewer.userId });
    if (!(await this.hasher.verify(user.passwordHash, password)))
      throw AccountErrors.wrongPassword();
    const email = normaliseEmail(newEmail);
    if (email === user.email) throw AccountErrors.sameEmail();
    if (await users.exist({ where: { email, id: Not(user.id) } })) throw AccountErrors.emailTaken();
    const token = await this.emailTokens.issue(user.id, 'change_email', email, VERIFY_TTL_MS);
    await this.mailLink(email, 'Confirm your new email for Boardwalk', token, [
      `Hi ${user.displayName},`,
      'You asked to use this address for your Boardwalk account. Confirm it by opening this link:',
    ]);
    return true;
  }

  /** The new address of an email change whose link has not been opened yet, or null. */
  pendingEmailChange(userId: string): Promise<string | null> {
    return this.emailTokens.pendingAddress(userId, 'change_email');
  }

  async verify(token: string): Promise<UserEntity> {
    const { user, previousEmail, change } = await this.dataSource.transaction(async (manager) => {
      const used = await this.emailTokens.consume(
        token,
        ['verify_email', 'change_email', 'staff_reverify'],
        manager,
      );
      if (!used) throw AccountErrors.invalidToken();
      const users = manager.getRepository(UserEntity);
      const current = await users.findOneByOrFail({ id: used.userId });
      if (current.deletedAt) throw AccountErrors.invalidToken();
      if (used.purpose === 'staff_reverify' && used.email !== current.email)
        throw AccountErrors.invalidToken();
      const isStaff = await this.staffDomains.isStaffDomain(domainOf(used.email), manager);
      const now = new Date();
      try {
        await users.update(
          { id: current.id },
          {
            email: used.email,
            emailVerifiedAt: current.emailVerifiedAt ?? now,
            isStaff,
            staffVerifiedAt: isStaff ? now : null,
            staffReverifySentAt: null,
          },
        );
      } catch (error) {
        // Someone else verified this address between the request and the click.
        if (isUniqueViolation(error)) throw AccountErrors.emailTaken();
        throw error;
      }
      const staffChange = staffChangeOnConfirm(current, isStaff, used.purpose);
      // The public log's entry is written in this transaction: no change without its entry.
      if (staffChange) await announceStaffChange(this.events, manager, staffChange);
      return {
        user: await users.findOneByOrFail({ id: current.id }),
        previousEmail: used.purpose === 'change_email' ? current.email : null,
        change: staffChange,
      };
    });
    if (change) this.events.emit(AccountEvents.staffStatusChanged, change);
    if (previousEmail) await this.noticeEmailChanged(previousEmail, user);
    return user;
  }

  /** The link of a staff re-confirmation mail; the same /verify page confirms it. */
  async sendStaffReverification(
    user: Pick<UserEntity, 'id' | 'email' | 'displayName'>,
    ttlMs: number,
  ): Promise<void> {
    const token = await this.emailTokens.issue(user.id, 'staff_reverify', user.email, ttlMs);
    const days = Math.round(ttlMs / (24 * 3600 * 1000));
    await this.mailLink(
      user.email,
      'Confirm you still speak for your company on Boardwalk',
      token,
      [
        `Hi ${user.displayName},`,
        `Your staff badge comes from this company address. Confirm you still use it within ${days} days, or the badge ends (your account stays):`,
      ],
    );
  }

  private async noticeEmailChanged(previousEmail: string, user: UserEntity): Promise<void> {
    await this.safeSend({
      to: previousEmail,
      subject: 'Your Boardwalk email was changed',
      text: `Hi ${user.displayName},\n\nYour Boardwalk account now uses ${user.email}. If you did not do this, reset your password at ${this.config.publicUrl}/forgot-password.\n`,
    });
  }

  private async mailLink(
    email: string,
    subject: string,
    token: string,
    lines: string[],
  ): Promise<void> {
    const link = `${this.config.publicUrl}/verify?token=${token}`;
    await this.safeSend({
      to: email,
      subject,
      text: `${lines.join('\n\n')}\n\n${link}\n\nThe link works once. If you did not ask for this, ignore this mail.\n`,
      link,
    });
  }

  /** A mail that cannot be sent is logged, never fatal: the person can ask for a new link. */
  private async safeSend(message: Parameters<MailerService['send']>[0]): Promise<void> {
    try {
      await this.mailer.send(message);
    } catch (error) {
      this.logger.error({ err: error, to: message.to }, 'Could not send mail');
    }
  }
}
