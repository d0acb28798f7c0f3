import { badInput } from '@boardwalk/server-core';

export const NotificationErrors = {
  badUnsubscribeToken: () => badInput('This unsubscribe link is not valid.', { argument: 'token' }),
};
