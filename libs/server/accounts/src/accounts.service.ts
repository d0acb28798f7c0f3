import {
  AppConfig,
  MailerService,
  RateLimiterService,
  RateLimitRule,
  RequestLoaders,
  SessionRequestMeta,
  Viewer,
  byKeys,
  forbidden,
  isUniqueViolation,
  notFound,
  violationDetail,
} from '@boardwalk/server-core';
import { Injectable, Logger } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, In, Repository } from 'typeorm';
import { AccountErrors } from './accounts.errors';
import { AccountEvents, StaffStatusChangedEvent } from './accounts.events';
import { domainOf, normaliseEmail } from './email-address';
import { EmailTokensService } from './email-tokens.service';
import { PasswordHasher } from './password-hasher';
import { SessionsService, viewerOf } from './sessions.service';
import type { SignInInput } from './sign-in.input';
import type { SignUpInput } from './sign-up.input';
import { StaffDomainsService } from './staff-domains.service';
import type { UpdateProfileInput } from './update-profile.input';
import { UserEntity } from './user.entity';
import { toUser } from './user.mapper';
import type { User } from './user.model';

const VERIFY_TTL_MS = 24 * 3600 * 1000;

export const AccountRateLimits = {
  signUpPerIp: { name: 'sign-up:ip', points: 20, durationSeconds: 3600 },
  failedSignInPerIp: { name: 'sign-in-failed:ip', points: 50, durationSeconds: 900 },
  failedSignInPerAccount: { name: 'sign-in-failed:account', points: 10, durationSeconds: 900 },
  resendVerificationPerUser: { name: 'resend-verification:user', points: 3, durationSeconds: 900 },
} satisfies Record<string, RateLimitRule>;

const USERS_BY_ID = Symbol('usersById');

export interface AuthResult {
  token: string;
  user: User;
  /** The new session as a viewer, so the rest of this request acts as the signed-in user. */
  viewer: Viewer;
}

@Injectable()
export class AccountsService {
  private readonly logger = new Logger(AccountsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly sessions: SessionsService,
    private readonly emailTokens: EmailTokensService,
    private readonly staffDomains: StaffDomainsService,
    private readonly hasher: PasswordHasher,
    private readonly mailer: MailerService,
    private readonly rateLimiter: RateLimiterService,
    private readonly config: AppConfig,
    private readonly events: EventEmitter2,
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
    await this.sendVerification(user, email);
    return this.startSession(user, meta);
  }

  async signIn(input: SignInInput, meta: SessionRequestMeta): Promise<AuthResult> {
    const email = normaliseEmail(input.email);
    const ipKey = meta.ip ?? 'unknown';
    await this.rateLimiter.assertNotExhausted(AccountRateLimits.failedSignInPerIp, ipKey);
    await this.rateLimiter.assertNotExhausted(AccountRateLimits.failedSignInPerAccount, email);
    const user = await this.users.findOne({ where: { email } });
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

  /** Verifies the address the link was sent to; staff status follows its domain at once. */
  async verifyEmail(token: string): Promise<User> {
    const { user, change } = await this.dataSource.transaction(async (manager) => {
      const used = await this.emailTokens.consume(token, 'verify_email', manager);
      if (!used) throw AccountErrors.invalidToken();
      const repository = manager.getRepository(UserEntity);
      const current = await repository.findOneOrFail({ where: { id: used.userId } });
      const isStaff = await this.staffDomains.isStaffDomain(domainOf(used.email), manager);
      await repository.update(
        { id: current.id },
        { email: used.email, emailVerifiedAt: current.emailVerifiedAt ?? new Date(), isStaff },
      );
      const updated = await repository.findOneOrFail({ where: { id: current.id } });
      const staffChange: StaffStatusChangedEvent | null =
        current.isStaff !== isStaff
          ? { userId: current.id, isStaff, reason: 'email-verified', actorId: null }
          : null;
      return { user: updated, change: staffChange };
    });
    if (change) this.events.emit(AccountEvents.staffStatusChanged, change);
    return this.toModel(user);
  }

  async resendVerification(viewer: Viewer): Promise<boolean> {
    if (viewer.emailVerified) throw AccountErrors.alreadyVerified();
    await this.rateLimiter.consume(AccountRateLimits.resendVerificationPerUser, viewer.userId);
    const user = await this.users.findOneOrFail({ where: { id: viewer.userId } });
    await this.sendVerification(user, user.email);
    return true;
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
    return loaders
      .get(USERS_BY_ID, () => new DataLoader<string, User | null>((ids) => this.findManyByIds(ids)))
      .load(id);
  }

  async findManyByIds(ids: readonly string[]): Promise<(User | null)[]> {
    const rows = await this.users.find({ where: { id: In([...ids]) } });
    return byKeys(
      ids,
      rows.map((row) => this.toModel(row)),
      (user) => user.id,
    );
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

  private async sendVerification(user: UserEntity, email: string): Promise<void> {
    const token = await this.emailTokens.issue(user.id, 'verify_email', email, VERIFY_TTL_MS);
    const link = `${this.config.publicUrl}/verify?token=${token}`;
    try {
      await this.mailer.send({
        to: email,
        subject: 'Confirm your email for Boardwalk',
        text: `Hi ${user.displayName},\n\nConfirm your email address by opening this link:\n\n${link}\n\nThe link works once and expires in 24 hours. If you did not sign up, ignore this mail.\n`,
        link,
      });
    } catch (error) {
      // The account exists; the member can ask for a new link with resendVerification.
      this.logger.error({ err: error, userId: user.id }, 'Could not send the verification mail');
    }
  }
}
