import { CreateConversations1795421148125 } from './1795421148125-CreateConversations';
import { IndexPostsByTime1795422195272 } from './1795422195272-IndexPostsByTime';
import { HideThreadTitles1795424517310 } from './1795424517310-HideThreadTitles';

export const CONVERSATIONS_MIGRATIONS = [
  CreateConversations1795421148125,
  IndexPostsByTime1795422195272,
  HideThreadTitles1795424517310,
];
