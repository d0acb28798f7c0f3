export * from './graphql';
export * from './realtime-client';
export { BoundedSet } from './bounded-set';
