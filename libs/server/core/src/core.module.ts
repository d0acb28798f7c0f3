import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { EventEmitterModule } from '@nestjs/event-emitter';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLModule } from '@nestjs/graphql';
import { AuthGuard } from './auth/auth.guard';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import type { DatabaseParts } from './database/data-source-options';
import { badInput } from './errors/domain-error';
import { DomainErrorHttpFilter } from './errors/domain-error-http.filter';
import { PageArgs } from './pagination/page.args';
import { PersonalDataExport } from './personal-data/personal-data-export';
import { ReadReplicas } from './database/read-replicas';
import { PreparedReads } from './database/prepared-reads';
import { GraphqlHttpErrorFilter } from './errors/graphql-http-error.filter';
import { AppValidationPipe } from './graphql/app-validation.pipe';
import { graphqlOptions } from './graphql/graphql-options';
import { HealthController } from './http/health.controller';
import { GracefulShutdownService } from './http/graceful-shutdown.service';
import { LoggingModule } from './logging/logging.module';
import { MetricsService } from './http/metrics.service';
import { MailerService } from './mail/mailer.service';
import { RateLimiterService } from './rate-limit/rate-limiter.service';
import { RedisService } from './redis/redis.service';

@Global()
@Module({
  providers: [
    MetricsService,
    RedisService,
    RateLimiterService,
    MailerService,
    PersonalDataExport,
    ReadReplicas,
    PreparedReads,
  ],
  exports: [
    MetricsService,
    RedisService,
    RateLimiterService,
    MailerService,
    PersonalDataExport,
    ReadReplicas,
    PreparedReads,
  ],
})
class CoreServicesModule {}

/**
 * Everything a domain lib stands on: configuration, logging, database, GraphQL, auth guard,
 * validation, rate limits, mail, metrics and health.
 */
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig, database: Pick<DatabaseParts, 'migrations'>): DynamicModule {
    return {
      module: CoreModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot(config.logLevel),
        CoreServicesModule,
        DatabaseModule.forRoot(database),
        EventEmitterModule.forRoot({ wildcard: false, ignoreErrors: false }),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [MetricsService],
          useFactory: (metrics: MetricsService) => graphqlOptions(metrics),
        }),
      ],
      controllers: [HealthController],
      providers: [
        GracefulShutdownService,
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: GraphqlHttpErrorFilter },
        { provide: APP_FILTER, useClass: DomainErrorHttpFilter },
        {
          provide: APP_PIPE,
          useValue: new AppValidationPipe(
            {
              transform: true,
              whitelist: true,
              exceptionFactory: (errors) => {
                const first = errors[0];
                const message = first?.constraints
                  ? Object.values(first.constraints)[0]
                  : 'Invalid input.';
                return badInput(message, { field: first?.property });
              },
            },
            [PageArgs],
          ),
        },
      ],
    };
  }
}
