import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, IsNull, MoreThan, Repository } from 'typeorm';
import { EmailTokenEntity, EmailTokenPurpose } from './email-token.entity';
import { hashSecretToken, newSecretToken } from './secret-token';

/** Single-use, expiring tokens for links sent by mail. */
@Injectable()
export class EmailTokensService {
  constructor(
    @InjectRepository(EmailTokenEntity) private readonly tokens: Repository<EmailTokenEntity>,
  ) {}

  /** Makes every unused token of the user unusable, e.g. when the account is deleted. */
  async revokeAll(userId: string, manager: EntityManager = this.tokens.manager): Promise<void> {
    await manager
      .getRepository(EmailTokenEntity)
      .update({ userId, usedAt: IsNull() }, { usedAt: new Date() });
  }

  /** The address of the user's newest unused, unexpired token of a purpose, or null. */
  async pendingAddress(userId: string, purpose: EmailTokenPurpose): Promise<string | null> {
    const token = await this.tokens.findOne({
      where: { userId, purpose, usedAt: IsNull(), expiresAt: MoreThan(new Date()) },
      order: { createdAt: 'DESC' },
    });
    return token?.email ?? null;
  }

  /** Issues a new token; earlier unused tokens of the same purpose stop working. */
  async issue(
    userId: string,
    purpose: EmailTokenPurpose,
    email: string,
    ttlMs: number,
    manager: EntityManager = this.tokens.manager,
  ): Promise<string> {
    const { token, hash } = newSecretToken();
    const repository = manager.getRepository(EmailTokenEntity);
    await repository.update({ userId, purpose, usedAt: IsNull() }, { usedAt: new Date() });
    await repository.insert({
      userId,
      purpose,
      email,
      tokenHash: hash,
      expiresAt: new Date(Date.now() + ttlMs),
    });
    return token;
  }

  /**
   * Marks the token used and returns it, or null when unknown, expired or used. One UPDATE, so
   * two requests racing on the same link cannot both succeed.
   */
  async consume(
    token: string,
    purposes: EmailTokenPurpose | EmailTokenPurpose[],
    manager: EntityManager = this.tokens.manager,
  ): Promise<EmailTokenEntity | null> {
    const result = await manager
      .createQueryBuilder()
      .update(EmailTokenEntity)
      .set({ usedAt: () => 'now()' })
      .where(
        'token_hash = :hash AND purpose IN (:...purposes) AND used_at IS NULL AND expires_at > now()',
        {
          hash: hashSecretToken(token),
          purposes: Array.isArray(purposes) ? purposes : [purposes],
        },
      )
      .returning(['id', 'userId', 'email', 'purpose'])
      .execute();
    const row = (
      result.raw as Array<{
        id: string;
        user_id: string;
        email: string;
        purpose: EmailTokenPurpose;
      }>
    )[0];
    if (!row) return null;
    return Object.assign(new EmailTokenEntity(), {
      id: row.id,
      userId: row.user_id,
      email: row.email,
      purpose: row.purpose,
    });
  }
}
