import { Logger } from '@nestjs/common';
import { Client, ClientConfig } from 'pg';

const logger = new Logger('PostgreSQL');

/**
 * node-postgres emits 'error' on a client whose connection the server ends (a failover, an admin
 * terminating backends). TypeORM listens only while a query runner holds the client, so an error
 * arriving after release would be unhandled and crash the process. Every client gets a listener
 * for its whole life; the pool drops the broken client and the next request gets a fresh one.
 */
export class ResilientPgClient extends Client {
  constructor(config?: string | ClientConfig) {
    super(config);
    this.on('error', (error: Error) => logger.warn(`Connection lost: ${error.message}`));
  }
}
