import { CreateAccounts1795420482686 } from './1795420482686-CreateAccounts';

export const ACCOUNTS_MIGRATIONS = [CreateAccounts1795420482686];
