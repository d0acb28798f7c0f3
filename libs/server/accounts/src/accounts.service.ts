import {
  AppConfig,
  PreparedReads,
  RateLimiterService,
  RequestLoaders,
  SessionRequestMeta,
  Viewer,
  byKeys,
  forbidden,
  isUniqueViolation,
  notFound,
  violationDetail,
} from '@boardwalk/server-core';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { Repository } from 'typeorm';
import { AccountErrors } from './accounts.errors';
import { AccountRateLimits } from './account-rate-limits';
import {
  AUTHOR_COLUMNS,
  AUTHOR_TIMESTAMP_COLUMNS,
  AuthorJoin,
  authorJoinClause,
  authorRowOf,
} from './author-join';
import { normaliseEmail } from './email-address';
import { EmailVerificationService } from './email-verification.service';
import { PasswordHasher } from './password-hasher';
import { SessionsService, viewerOf } from './sessions.service';
import type { SignInInput } from './sign-in.input';
import type { SignUpInput } from './sign-up.input';
import type { UpdateProfileInput } from './update-profile.input';
import { UserEntity } from './user.entity';
import { toUser, USER_COLUMNS, userFromRow, UserRow } from './user.mapper';
import type { User } from './user.model';

const USERS_BY_ID = Symbol('usersById');

/** Where and how to address a person by mail. */
export interface MailContact {
  id: string;
  email: string;
  displayName: string;
}

export interface AuthResult {
  token: string;
  user: User;
  /** The new session as a viewer, so the rest of this request acts as the signed-in user. */
  viewer: Viewer;
}

@Injectable()
export class AccountsService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly sessions: SessionsService,
    private readonly emailVerification: EmailVerificationService,
    private readonly hasher: PasswordHasher,
    private readonly rateLimiter: RateLimiterService,
    private readonly config: AppConfig,
    private readonly reads: PreparedReads,
  ) {}

  async signUp(input: SignUpInput, meta: SessionRequestMeta): Promise<AuthResult> {
    await this.rateLimiter.consume(AccountRateLimits.signUpPerIp, meta.ip ?? 'unknown');
    const email = normaliseEmail(input.email);
    if (await this.users.exist({ where: { email } })) throw AccountErrors.emailTaken();
    if (await this.users.exist({ where: { handle: input.handle } }))
      throw AccountErrors.handleTaken();
    const passwordHash = await this.hasher.hash(input.password);
    let user: UserEntity;
    try {
      user = await this.users.save(
        this.users.create({
          email,
          handle: input.handle,
          displayName: input.displayName.trim(),
          passwordHash,
        }),
      );
    } catch (error) {
      // Two sign-ups raced past the checks above; the unique indexes decide.
      if (isUniqueViolation(error)) {
        throw violationDetail(error).includes('(email)')
          ? AccountErrors.emailTaken()
          : AccountErrors.handleTaken();
      }
      throw error;
    }
    await this.emailVerification.sendVerification(user, email);
    return this.startSession(user, meta);
  }

  async signIn(input: SignInInput, meta: SessionRequestMeta): Promise<AuthResult> {
    const email = normaliseEmail(input.email);
    const ipKey = meta.ip ?? 'unknown';
    await this.rateLimiter.assertNotExhausted(AccountRateLimits.failedSignInPerIp, ipKey);
    await this.rateLimiter.assertNotExhausted(AccountRateLimits.failedSignInPerAccount, email);
    const found = await this.users.findOne({ where: { email } });
    const user = found?.deletedAt ? null : found;
    const valid = user
      ? await this.hasher.verify(user.passwordHash, input.password)
      : await this.hasher.verifyNothing(input.password);
    if (!user || !valid) {
      await this.rateLimiter.consume(AccountRateLimits.failedSignInPerIp, ipKey);
      await this.rateLimiter.consume(AccountRateLimits.failedSignInPerAccount, email);
      throw AccountErrors.wrongCredentials();
    }
    await this.rateLimiter.reset(AccountRateLimits.failedSignInPerAccount, email);
    return this.startSession(user, meta);
  }

  async verifyEmail(token: string): Promise<User> {
    return this.toModel(await this.emailVerification.verify(token));
  }

  async updateProfile(viewer: Viewer, input: UpdateProfileInput): Promise<User> {
    const user = await this.users.findOneOrFail({ where: { id: viewer.userId } });
    if (input.staffTitle !== undefined && input.staffTitle !== null && !user.isStaff) {
      throw forbidden('Only staff can set a staff title.');
    }
    if (input.displayName !== undefined && input.displayName !== null) {
      const displayName = input.displayName.trim();
      if (displayName === '') throw AccountErrors.blankDisplayName();
      user.displayName = displayName;
    }
    if (input.bio !== undefined && input.bio !== null) user.bio = input.bio.trim();
    if (input.staffTitle !== undefined && input.staffTitle !== null) {
      user.staffTitle = input.staffTitle.trim() === '' ? null : input.staffTitle.trim();
    }
    return this.toModel(await this.users.save(user));
  }

  async me(viewer: Viewer): Promise<User> {
    const user = await this.users.findOne({ where: { id: viewer.userId } });
    if (!user) throw notFound('Account');
    return this.toModel(user);
  }

  async findByHandle(handle: string): Promise<User | null> {
    const user = await this.users.findOne({ where: { handle: handle.toLowerCase() } });
    return user ? this.toModel(user) : null;
  }

  /** Loads users by id through the request's DataLoader: one statement per batch. */
  loadById(loaders: RequestLoaders, id: string): Promise<User | null> {
    return this.usersLoader(loaders).load(id);
  }

  /** The user at once when this request has loaded them already, else as loadById does. */
  byIdNowOrLater(loaders: RequestLoaders, id: string): User | null | Promise<User | null> {
    const settled = loaders.settled<string, User | null>(USERS_BY_ID);
    const user = settled.get(id);
    return user !== undefined ? user : this.loadById(loaders, id);
  }

  /**
   * SQL fragments for another lib's statement to read its rows' authors along (see AuthorJoin),
   * whose `prime` hands those authors to this request's loader as if it had read them itself.
   */
  authorJoin(loaders: RequestLoaders, authorIdColumn: string): AuthorJoin {
    return {
      columns: AUTHOR_COLUMNS,
      join: authorJoinClause(authorIdColumn),
      timestampColumns: AUTHOR_TIMESTAMP_COLUMNS,
      prime: (rows) => {
        const loader = this.usersLoader(loaders);
        const settled = loaders.settled<string, User | null>(USERS_BY_ID);
        for (const row of rows) {
          const author = authorRowOf(row);
          // A row without a user keeps to the loader: it answers a missing user as it always has.
          if (!author || settled.has(author.id)) continue;
          const user = userFromRow(author, this.config.adminEmails);
          loader.prime(user.id, user);
          settled.set(user.id, user);
        }
      },
    };
  }

  private usersLoader(loaders: RequestLoaders): DataLoader<string, User | null> {
    return loaders.get(
      USERS_BY_ID,
      () =>
        new DataLoader<string, User | null>(async (ids) => {
          const users = await this.findManyByIds(ids);
          const settled = loaders.settled<string, User | null>(USERS_BY_ID);
          ids.forEach((id, index) => settled.set(id, users[index]));
          return users;
        }),
    );
  }

  /** Every page's authors: plain rows through a prepared statement, one per batch. */
  async findManyByIds(ids: readonly string[]): Promise<(User | null)[]> {
    const rows = await this.reads.rows<UserRow>(
      'users_by_ids',
      `SELECT ${USER_COLUMNS} FROM users WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return byKeys(
      ids,
      rows.map((row) => userFromRow(row, this.config.adminEmails)),
      (user) => user.id,
    );
  }

  /**
   * Mail addresses of the given accounts, for mail other libs send; deleted accounts and
   * unconfirmed addresses are left out, so nobody is mailed at an address they never proved.
   */
  async mailContacts(ids: readonly string[]): Promise<MailContact[]> {
    if (ids.length === 0) return [];
    // A prepared statement, not a repository find: every reply mails (or queues mail for) the
    // people it notifies, and building the find's query was a twentieth of a reply's CPU.
    const rows = await this.reads.rows<{ id: string; email: string; display_name: string }>(
      'mail_contacts',
      `SELECT id, email, display_name FROM users
        WHERE id = ANY($1::uuid[]) AND deleted_at IS NULL AND email_verified_at IS NOT NULL`,
      [ids],
    );
    return rows.map((row) => ({ id: row.id, email: row.email, displayName: row.display_name }));
  }

  private async startSession(user: UserEntity, meta: SessionRequestMeta): Promise<AuthResult> {
    const { token, sessionId } = await this.sessions.create(user.id, meta);
    return {
      token,
      user: this.toModel(user),
      viewer: viewerOf(user, sessionId, this.config.adminEmails),
    };
  }

  private toModel(user: UserEntity): User {
    return toUser(user, this.config.adminEmails);
  }
}
