export * from './generated/graphql';
export * from './graphql-client';
