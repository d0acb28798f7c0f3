import {
  AppConfig,
  SessionRequestMeta,
  Viewer,
  ViewerAuthenticator,
  isUuid,
  notFound,
  rowsOf,
} from '@boardwalk/server-core';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { AccountEvents, SessionsRevokedEvent } from './accounts.events';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository } from 'typeorm';
import { SessionEntity } from './session.entity';
import { Session } from './session.model';
import { hashSecretToken, newSecretToken } from './secret-token';
import { isIdleExpired, isLastSeenStale } from './session-lifetime';
import { isAdminAccount } from './user.mapper';
import { UserEntity } from './user.entity';

@Injectable()
export class SessionsService extends ViewerAuthenticator {
  constructor(
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    private readonly config: AppConfig,
    private readonly events: EventEmitter2,
  ) {
    super();
  }

  async create(
    userId: string,
    meta: SessionRequestMeta,
  ): Promise<{ token: string; sessionId: string }> {
    const { token, hash } = newSecretToken();
    const inserted = await this.sessions.insert({
      userId,
      tokenHash: hash,
      userAgent: meta.userAgent?.slice(0, 400) ?? null,
      ip: meta.ip?.slice(0, 64) ?? null,
    });
    return { token, sessionId: (inserted.identifiers[0] as { id: string }).id };
  }

  async authenticate(token: string, _meta: SessionRequestMeta): Promise<Viewer | null> {
    const session = await this.sessions
      .createQueryBuilder('session')
      .innerJoinAndSelect('session.user', 'user')
      .where('session.token_hash = :hash AND session.revoked_at IS NULL', {
        hash: hashSecretToken(token),
      })
      .getOne();
    if (!session?.user) return null;
    const now = Date.now();
    if (isIdleExpired(session.lastSeenAt, now)) return null;
    if (isLastSeenStale(session.lastSeenAt, now)) {
      await this.sessions.update({ id: session.id }, { lastSeenAt: new Date() });
    }
    return viewerOf(session.user, session.id, this.config.adminEmails);
  }

  async list(viewer: Viewer): Promise<Session[]> {
    const rows = await this.sessions.find({
      where: { userId: viewer.userId, revokedAt: IsNull() },
      order: { lastSeenAt: 'DESC' },
    });
    const now = Date.now();
    return rows
      .filter((row) => !isIdleExpired(row.lastSeenAt, now))
      .map((row) => ({
        id: row.id,
        userAgent: row.userAgent,
        createdAt: row.createdAt,
        lastSeenAt: row.lastSeenAt,
        current: row.id === viewer.sessionId,
      }));
  }

  /** Revokes one of the viewer's own sessions; any other id, well formed or not, is not found. */
  async revoke(viewer: Viewer, sessionId: string): Promise<void> {
    if (!isUuid(sessionId)) throw notFound('Session');
    const result = await this.sessions.update(
      { id: sessionId, userId: viewer.userId, revokedAt: IsNull() },
      { revokedAt: new Date() },
    );
    if (!result.affected) throw notFound('Session');
    this.revoked({ userId: viewer.userId, sessionIds: [sessionId] });
  }

  async revokeCurrent(viewer: Viewer): Promise<void> {
    await this.sessions.update({ id: viewer.sessionId }, { revokedAt: new Date() });
    this.revoked({ userId: viewer.userId, sessionIds: [viewer.sessionId] });
  }

  /** Revokes every session of the user, except `keepSessionId` when given. */
  async revokeAll(userId: string, keepSessionId?: string): Promise<void> {
    const query = this.sessions
      .createQueryBuilder()
      .update()
      .set({ revokedAt: () => 'now()' })
      .where('user_id = :userId AND revoked_at IS NULL', { userId });
    if (keepSessionId) query.andWhere('id <> :keepSessionId', { keepSessionId });
    const revoked = rowsOf<{ id: string }>(
      (await query.returning(['id']).execute()).raw as { id: string }[],
    );
    this.revoked({ userId, sessionIds: revoked.map((row) => row.id) });
  }

  /** Tells other libs (realtime drops the sessions' sockets) once the revocation is stored. */
  revoked(event: SessionsRevokedEvent): void {
    if (event.sessionIds !== 'all' && event.sessionIds.length === 0) return;
    this.events.emit(AccountEvents.sessionsRevoked, event);
  }
}

export function viewerOf(
  user: UserEntity,
  sessionId: string,
  adminEmails: ReadonlySet<string>,
): Viewer {
  return {
    userId: user.id,
    sessionId,
    handle: user.handle,
    emailVerified: user.emailVerifiedAt !== null,
    isStaff: user.isStaff,
    isAdmin: isAdminAccount(user, adminEmails),
    createdAt: user.createdAt,
  };
}
