import { CreateAccounts1795420482686 } from './1795420482686-CreateAccounts';
import { AccountLifecycle1795421202408 } from './1795421202408-AccountLifecycle';

export const ACCOUNTS_MIGRATIONS = [CreateAccounts1795420482686, AccountLifecycle1795421202408];
