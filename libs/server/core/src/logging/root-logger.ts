import pino, { type DestinationStream, type Logger } from 'pino';

/** The process's one pino logger: JSON lines on stdout (or a given stream) at the configured level. */
export function createRootLogger(level: string, destination?: DestinationStream): Logger {
  return destination ? pino({ level }, destination) : pino({ level });
}
