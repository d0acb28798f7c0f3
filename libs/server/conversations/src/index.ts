export * from './conversations.events';
export * from './conversations.module';
export {
  BOARD_THREADS_CURSOR,
  ConversationsService,
  PostingRateLimits,
} from './conversations.service';
export type { PostRef } from './conversations.service';
export * from './post.model';
export * from './thread.model';
export { renderMarkdown, mentionedHandles } from './markdown';
export { CONVERSATIONS_ENTITIES } from './conversations.entities';
export { CONVERSATIONS_MIGRATIONS } from './migrations';
