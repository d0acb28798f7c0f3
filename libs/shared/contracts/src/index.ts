export * from './error-codes';
export * from './limits';
export * from './conversation-limits';
export * from './realtime';
export * from './markdown-policy';
