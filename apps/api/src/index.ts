export * from './create-app';
export * from './database-parts';
