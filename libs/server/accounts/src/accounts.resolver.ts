import {
  AppConfig,
  CurrentViewer,
  GraphqlContext,
  Public,
  RequestContext,
  RequestMeta,
  SessionRequestMeta,
  Viewer,
  clearSessionCookie,
  setSessionCookie,
} from '@boardwalk/server-core';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AccountsService, AuthResult } from './accounts.service';
import { AuthPayload } from './auth-payload.model';
import { EmailVerificationService } from './email-verification.service';
import { SessionsService } from './sessions.service';
import { Session } from './session.model';
import { SignInInput } from './sign-in.input';
import { SignUpInput } from './sign-up.input';
import { UpdateProfileInput } from './update-profile.input';
import { User } from './user.model';

@Resolver(() => User)
export class AccountsResolver {
  constructor(
    private readonly accounts: AccountsService,
    private readonly sessions: SessionsService,
    private readonly emailVerification: EmailVerificationService,
    private readonly config: AppConfig,
  ) {}

  @Public()
  @Query(() => User, { nullable: true, description: 'The signed-in user, or null.' })
  async me(@CurrentViewer() viewer: Viewer | null): Promise<User | null> {
    return viewer ? this.accounts.me(viewer) : null;
  }

  @Public()
  @Query(() => User, { nullable: true })
  user(@Args('handle') handle: string): Promise<User | null> {
    return this.accounts.findByHandle(handle);
  }

  @Query(() => [Session], { description: "The viewer's signed-in devices." })
  mySessions(@CurrentViewer() viewer: Viewer): Promise<Session[]> {
    return this.sessions.list(viewer);
  }

  @Public()
  @Mutation(() => AuthPayload, {
    description: 'Creates an account, signs it in and mails a verification link.',
  })
  async signUp(
    @Args('input') input: SignUpInput,
    @RequestMeta() meta: SessionRequestMeta,
    @GraphqlContext() context: RequestContext,
  ): Promise<AuthResult> {
    return this.withCookie(context, await this.accounts.signUp(input, meta));
  }

  @Public()
  @Mutation(() => AuthPayload)
  async signIn(
    @Args('input') input: SignInInput,
    @RequestMeta() meta: SessionRequestMeta,
    @GraphqlContext() context: RequestContext,
  ): Promise<AuthResult> {
    return this.withCookie(context, await this.accounts.signIn(input, meta));
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Ends this session, or every session of the account.' })
  async signOut(
    @CurrentViewer() viewer: Viewer | null,
    @GraphqlContext() context: RequestContext,
    @Args('everywhere', { type: () => Boolean, nullable: true, defaultValue: false })
    everywhere: boolean | null,
  ): Promise<boolean> {
    if (viewer) {
      if (everywhere) await this.sessions.revokeAll(viewer.userId);
      else await this.sessions.revokeCurrent(viewer);
    }
    clearSessionCookie(context.res, this.config.publicUrl);
    return true;
  }

  @Public()
  @Mutation(() => User, {
    description: 'Confirms an email address with the token from the mailed link.',
  })
  async verifyEmail(@Args('token') token: string): Promise<User> {
    const user = await this.accounts.verifyEmail(token);
    // The link was mailed to the address: whoever opened it may read that account's email and
    // its verified state in this answer, signed in or not (often on another device).
    provenOwners.add(user);
    return user;
  }

  @Mutation(() => Boolean, {
    description: 'Mails a new verification link to the unverified address.',
  })
  resendVerification(@CurrentViewer() viewer: Viewer): Promise<boolean> {
    return this.emailVerification.resend(viewer);
  }

  @Mutation(() => User)
  updateProfile(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: UpdateProfileInput,
  ): Promise<User> {
    return this.accounts.updateProfile(viewer, input);
  }

  @Mutation(() => Boolean, { description: "Signs out one of the viewer's devices." })
  async revokeSession(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<boolean> {
    await this.sessions.revoke(viewer, id);
    return true;
  }

  @ResolveField(() => Boolean, {
    nullable: true,
    description:
      'Whether the email is verified; visible to the user themself and to admins, null to others.',
  })
  emailVerified(@Parent() user: User, @CurrentViewer() viewer: Viewer | null): boolean | null {
    if (!mayReadAccount(viewer, user)) return null;
    return user.emailVerifiedAt !== null;
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      'The email address in use (the sign-in address); visible to the user themself and to admins, null to others.',
  })
  email(@Parent() user: User, @CurrentViewer() viewer: Viewer | null): string | null {
    return mayReadAccount(viewer, user) ? user.emailAddress : null;
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      'The new address of an email change waiting for its confirmation link to be opened; the old address stays in use until then. Visible to the user themself and to admins, null to others.',
  })
  async pendingEmail(
    @Parent() user: User,
    @CurrentViewer() viewer: Viewer | null,
  ): Promise<string | null> {
    if (!mayReadAccount(viewer, user) || user.emailAddress === null) return null;
    return this.emailVerification.pendingEmailChange(user.id);
  }

  private withCookie(context: RequestContext, result: AuthResult): AuthResult {
    setSessionCookie(context.res, result.token, this.config.publicUrl);
    context.req.viewer = result.viewer;
    return result;
  }
}

/** Account details (email, its state) are for the person themself and for admins. */
/** Users answered to someone who proved they own the account's address (a verification link). */
const provenOwners = new WeakSet<User>();

function mayReadAccount(viewer: Viewer | null, user: User): boolean {
  return provenOwners.has(user) || (!!viewer && (viewer.userId === user.id || viewer.isAdmin));
}
