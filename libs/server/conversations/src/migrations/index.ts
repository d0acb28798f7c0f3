import { CreateConversations1795421148125 } from './1795421148125-CreateConversations';

export const CONVERSATIONS_MIGRATIONS = [CreateConversations1795421148125];
