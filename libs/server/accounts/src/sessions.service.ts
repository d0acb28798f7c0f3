import {
  AppConfig,
  PreparedReads,
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

interface SessionUserRow {
  session_id: string;
  last_seen_at: Date;
  id: string;
  handle: string;
  display_name: string;
  email: string;
  email_verified_at: Date | null;
  is_staff: boolean;
  created_at: Date;
}

@Injectable()
export class SessionsService extends ViewerAuthenticator {
  constructor(
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    private readonly config: AppConfig,
    private readonly events: EventEmitter2,
    private readonly reads: PreparedReads,
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

  /** Every signed-in request starts here: a plain row through a prepared statement. */
  async authenticate(token: string, _meta: SessionRequestMeta): Promise<Viewer | null> {
    const [row] = await this.reads.rows<SessionUserRow>(
      'session_by_token',
      `SELECT s.id AS session_id, s.last_seen_at, u.id, u.handle, u.display_name, u.email,
              u.email_verified_at, u.is_staff, u.created_at
         FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.token_hash = $1 AND s.revoked_at IS NULL`,
      [hashSecretToken(token)],
    );
    if (!row) return null;
    const now = Date.now();
    const lastSeenAt = new Date(row.last_seen_at);
    if (isIdleExpired(lastSeenAt, now)) return null;
    if (isLastSeenStale(lastSeenAt, now)) {
      await this.sessions.update({ id: row.session_id }, { lastSeenAt: new Date() });
    }
    return viewerOf(
      {
        id: row.id,
        handle: row.handle,
        displayName: row.display_name,
        email: row.email,
        emailVerifiedAt: row.email_verified_at === null ? null : new Date(row.email_verified_at),
        isStaff: row.is_staff,
        createdAt: new Date(row.created_at),
      },
      row.session_id,
      this.config.adminEmails,
    );
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
  user: Pick<
    UserEntity,
    'id' | 'handle' | 'displayName' | 'email' | 'emailVerifiedAt' | 'isStaff' | 'createdAt'
  >,
  sessionId: string,
  adminEmails: ReadonlySet<string>,
): Viewer {
  return {
    userId: user.id,
    sessionId,
    handle: user.handle,
    displayName: user.displayName,
    emailVerified: user.emailVerifiedAt !== null,
    isStaff: user.isStaff,
    isAdmin: isAdminAccount(user, adminEmails),
    createdAt: user.createdAt,
  };
}
