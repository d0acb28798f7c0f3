import { ViewerAuthenticator } from '@boardwalk/server-core';
import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountDeletionService } from './account-deletion.service';
import { AccountLifecycleResolver } from './account-lifecycle.resolver';
import { ACCOUNTS_ENTITIES } from './accounts.entities';
import { EmailVerificationService } from './email-verification.service';
import { PasswordResetService } from './password-reset.service';
import { PersonalDataController } from './personal-data.controller';
import { StaffReverificationService } from './staff-reverification.service';
import { AccountsResolver } from './accounts.resolver';
import { AccountsService } from './accounts.service';
import { EmailTokensService } from './email-tokens.service';
import { PasswordHasher } from './password-hasher';
import { SessionsService } from './sessions.service';
import { StaffDomainsResolver } from './staff-domains.resolver';
import { StaffDomainsService } from './staff-domains.service';

/** Global because core's authentication middleware needs the ViewerAuthenticator it provides. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature(ACCOUNTS_ENTITIES)],
  controllers: [PersonalDataController],
  providers: [
    AccountsService,
    SessionsService,
    EmailTokensService,
    StaffDomainsService,
    PasswordHasher,
    EmailVerificationService,
    PasswordResetService,
    AccountDeletionService,
    StaffReverificationService,
    AccountsResolver,
    AccountLifecycleResolver,
    StaffDomainsResolver,
    { provide: ViewerAuthenticator, useExisting: SessionsService },
  ],
  exports: [
    AccountsService,
    SessionsService,
    StaffDomainsService,
    StaffReverificationService,
    ViewerAuthenticator,
  ],
})
export class AccountsModule {}
