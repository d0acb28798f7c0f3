import {
  CurrentViewer,
  GraphqlContext,
  Public,
  RequestContext,
  RequestMeta,
  SessionRequestMeta,
  Viewer,
  AppConfig,
  clearSessionCookie,
} from '@boardwalk/server-core';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { AccountDeletionService } from './account-deletion.service';
import { ChangeEmailArgs } from './change-email.args';
import { EmailVerificationService } from './email-verification.service';
import { PasswordResetService } from './password-reset.service';

/** Password reset, email change and account deletion. */
@Resolver()
export class AccountLifecycleResolver {
  constructor(
    private readonly passwordReset: PasswordResetService,
    private readonly emailVerification: EmailVerificationService,
    private readonly deletion: AccountDeletionService,
    private readonly config: AppConfig,
  ) {}

  @Public()
  @Mutation(() => Boolean, {
    description:
      'Mails a one-hour, single-use reset link if the address has an account. Always answers true.',
  })
  requestPasswordReset(
    @Args('email') email: string,
    @RequestMeta() meta: SessionRequestMeta,
  ): Promise<boolean> {
    return this.passwordReset.request(email, meta.ip);
  }

  @Public()
  @Mutation(() => Boolean, {
    description: 'Sets a new password with the mailed token and signs out every session.',
  })
  resetPassword(
    @Args('token') token: string,
    @Args('password') password: string,
  ): Promise<boolean> {
    return this.passwordReset.reset(token, password);
  }

  @Mutation(() => Boolean, {
    description:
      'Mails a verification link to the new address; the old address stays until the link is opened. Staff status then follows the new domain. A malformed or over-long address is BAD_USER_INPUT; a wrong password UNAUTHENTICATED; an address another account uses CONFLICT (as signUp would answer, and only after the password is checked, at most 5 times an hour, so it reveals nothing signUp does not).',
  })
  changeEmail(
    @CurrentViewer() viewer: Viewer,
    @Args() { email, password }: ChangeEmailArgs,
  ): Promise<boolean> {
    return this.emailVerification.requestEmailChange(viewer, email, password);
  }

  @Mutation(() => Boolean, {
    description:
      'Deletes the account\'s email, password, sessions and profile. Posts stay under "Deleted member" unless eraseContent is true.',
  })
  async deleteAccount(
    @CurrentViewer() viewer: Viewer,
    @GraphqlContext() context: RequestContext,
    @Args('password') password: string,
    @Args('eraseContent', { type: () => Boolean, nullable: true, defaultValue: false })
    eraseContent: boolean | null,
  ): Promise<boolean> {
    await this.deletion.delete(viewer, password, eraseContent === true);
    clearSessionCookie(context.res, this.config.publicUrl);
    return true;
  }
}
