import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../config/app-config';
import { dataSourceOptions, DatabaseParts } from './data-source-options';

@Module({})
export class DatabaseModule {
  /** The app passes the migrations of every domain lib; entities are registered by each lib. */
  static forRoot(parts: Pick<DatabaseParts, 'migrations'>): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (config: AppConfig) => ({
            ...dataSourceOptions(config, { entities: [], migrations: parts.migrations }),
            autoLoadEntities: true,
            retryAttempts: 2,
            retryDelay: 500,
          }),
        }),
      ],
    };
  }
}
