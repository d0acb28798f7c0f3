import { DynamicModule, Global, Module } from '@nestjs/common';
import pino from 'pino';
import { AppLogger } from './app-logger';

/** Injection token of the process's root pino logger. */
export const ROOT_LOGGER = Symbol('ROOT_LOGGER');

/** The process's one pino logger (JSON lines on stdout) and Nest's logger on top of it. */
@Global()
@Module({})
export class LoggingModule {
  static forRoot(level: string): DynamicModule {
    const root = pino({ level });
    return {
      module: LoggingModule,
      providers: [
        { provide: ROOT_LOGGER, useValue: root },
        { provide: AppLogger, useValue: new AppLogger(root) },
      ],
      exports: [ROOT_LOGGER, AppLogger],
    };
  }
}
