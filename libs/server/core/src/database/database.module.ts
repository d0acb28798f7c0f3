import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource, DataSourceOptions } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { dataSourceOptions, DatabaseParts } from './data-source-options';
import { runMigrationsLocked } from './run-migrations';

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
          dataSourceFactory: async (options) => {
            if (!options) throw new Error('Database options are missing');
            const dataSource = await new DataSource(options).initialize();
            await runMigrationsLocked(dataSource, usesEmbeddedDriver(options));
            return dataSource;
          },
        }),
      ],
    };
  }
}

/** PGlite is plugged in as a custom driver; PostgreSQL uses node-postgres. */
function usesEmbeddedDriver(options: DataSourceOptions): boolean {
  return 'driver' in options && options.driver !== undefined;
}
