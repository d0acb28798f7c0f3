export * from './accounts.events';
export * from './accounts.module';
export * from './accounts.service';
export * from './sessions.service';
export * from './staff-domains.service';
export * from './user.model';
export { ACCOUNTS_ENTITIES } from './accounts.entities';
export { ACCOUNTS_MIGRATIONS } from './migrations';
