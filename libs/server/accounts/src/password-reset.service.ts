import { AccountLimits } from '@boardwalk/contracts';
import { AppConfig, MailerService, RateLimiterService, badInput } from '@boardwalk/server-core';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccountErrors } from './accounts.errors';
import { AccountRateLimits } from './account-rate-limits';
import { normaliseEmail } from './email-address';
import { EmailTokensService } from './email-tokens.service';
import { PasswordHasher } from './password-hasher';
import { SessionsService } from './sessions.service';
import { UserEntity } from './user.entity';

const RESET_TTL_MS = 3600 * 1000;

@Injectable()
export class PasswordResetService {
  private readonly logger = new Logger(PasswordResetService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly emailTokens: EmailTokensService,
    private readonly sessions: SessionsService,
    private readonly hasher: PasswordHasher,
    private readonly mailer: MailerService,
    private readonly rateLimiter: RateLimiterService,
    private readonly config: AppConfig,
  ) {}

  /**
   * Mails a single-use link valid for one hour. Answers the same whether or not the address has
   * an account, so it cannot be used to find out who is a member.
   */
  async request(rawEmail: string, ip: string | undefined): Promise<boolean> {
    const email = normaliseEmail(rawEmail);
    if (email.length === 0 || email.length > AccountLimits.emailMaxLength) return true;
    await this.rateLimiter.consume(AccountRateLimits.passwordResetPerIp, ip ?? 'unknown');
    await this.rateLimiter.consume(AccountRateLimits.passwordResetPerEmail, email);
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ email });
    if (!user || user.deletedAt) return true;
    const token = await this.emailTokens.issue(user.id, 'reset_password', email, RESET_TTL_MS);
    const link = `${this.config.publicUrl}/reset?token=${token}`;
    try {
      await this.mailer.send({
        to: email,
        subject: 'Reset your Boardwalk password',
        text: `Hi ${user.displayName},\n\nSet a new password by opening this link:\n\n${link}\n\nThe link works once and expires in one hour. If you did not ask for this, ignore this mail; your password stays as it is.\n`,
        link,
      });
    } catch (error) {
      this.logger.error({ err: error, userId: user.id }, 'Could not send the password reset mail');
    }
    return true;
  }

  /** Sets the new password and signs the account out everywhere. */
  async reset(token: string, password: string): Promise<boolean> {
    if (
      password.length < AccountLimits.passwordMinLength ||
      password.length > AccountLimits.passwordMaxLength
    ) {
      throw badInput(
        `password must be ${AccountLimits.passwordMinLength} to ${AccountLimits.passwordMaxLength} characters long.`,
        { field: 'password' },
      );
    }
    const passwordHash = await this.hasher.hash(password);
    const userId = await this.dataSource.transaction(async (manager) => {
      const used = await this.emailTokens.consume(token, 'reset_password', manager);
      if (!used) throw AccountErrors.invalidToken();
      await manager.getRepository(UserEntity).update({ id: used.userId }, { passwordHash });
      return used.userId;
    });
    await this.sessions.revokeAll(userId);
    return true;
  }
}
