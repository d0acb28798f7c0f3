import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { NotificationSecretEntity } from './notification-secret.entity';

const KEY_NAME = 'unsubscribe-link-key';
const UUID_HEX = /^[0-9a-f]{32}$/;

/**
 * Unsubscribe links must work from any mail, without signing in, for as long as the mail exists:
 * the token is the user id with an HMAC under a key stored in the database (made once, shared by
 * every instance), so nothing per mail is stored and a token cannot be forged for someone else.
 */
@Injectable()
export class UnsubscribeTokensService {
  private key: Promise<Buffer> | null = null;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async tokenFor(userId: string): Promise<string> {
    const hex = userId.replace(/-/g, '').toLowerCase();
    return hex + this.mac(await this.signingKey(), hex).toString('base64url');
  }

  /** The user the token was made for, or null when it is not a token this server signed. */
  async userIdOf(token: string): Promise<string | null> {
    const hex = token.slice(0, 32);
    if (!UUID_HEX.test(hex)) return null;
    const given = Buffer.from(token.slice(32), 'base64url');
    const expected = this.mac(await this.signingKey(), hex);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }

  private mac(key: Buffer, userHex: string): Buffer {
    return createHmac('sha256', key).update(`unsubscribe:${userHex}`).digest();
  }

  private signingKey(): Promise<Buffer> {
    this.key ??= this.loadKey().catch((error: unknown) => {
      this.key = null;
      throw error;
    });
    return this.key;
  }

  /** Instances starting together may both propose a key; the first insert wins for all. */
  private async loadKey(): Promise<Buffer> {
    const secrets = this.dataSource.getRepository(NotificationSecretEntity);
    await secrets
      .createQueryBuilder()
      .insert()
      .values({ name: KEY_NAME, value: randomBytes(32).toString('base64url') })
      .orIgnore()
      .execute();
    const secret = await secrets.findOneByOrFail({ name: KEY_NAME });
    return Buffer.from(secret.value, 'base64url');
  }
}
