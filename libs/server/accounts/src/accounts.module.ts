import { ViewerAuthenticator } from '@boardwalk/server-core';
import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ACCOUNTS_ENTITIES } from './accounts.entities';
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
  providers: [
    AccountsService,
    SessionsService,
    EmailTokensService,
    StaffDomainsService,
    PasswordHasher,
    AccountsResolver,
    StaffDomainsResolver,
    { provide: ViewerAuthenticator, useExisting: SessionsService },
  ],
  exports: [AccountsService, SessionsService, StaffDomainsService, ViewerAuthenticator],
})
export class AccountsModule {}
