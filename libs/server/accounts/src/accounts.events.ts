import type { EntityManager } from 'typeorm';

/** Domain events of the accounts lib, emitted after the change commits (unless said otherwise). */
export const AccountEvents = {
  staffStatusChanged: 'accounts.staff-status-changed',
  /**
   * Emitted (emitAsync) inside the transaction that changes staff status, with its manager:
   * listeners write what must commit with the change (the public log entry); a listener's failure
   * rolls the change back.
   */
  staffStatusChanging: 'accounts.staff-status-changing',
  /** Sessions stopped working (sign-out, revocation, password reset, deletion). */
  sessionsRevoked: 'accounts.sessions-revoked',
  /** After an account is deleted; other libs erase the person's content if they asked for it. */
  accountDeleted: 'accounts.account-deleted',
} as const;

export interface StaffStatusChangedEvent {
  userId: string;
  isStaff: boolean;
  /** What changed it: an email verification, or an admin's change of the staff domains. */
  reason:
    | 'email-verified'
    | 'email-changed'
    | 'staff-domains-changed'
    | 'staff-reverification-lapsed'
    | 'account-deleted';
  /** The admin who changed the domains, when that was the reason. */
  actorId: string | null;
}

/** A staff status change, inside its transaction: write with `manager` to commit with it. */
export interface StaffStatusChangingEvent extends StaffStatusChangedEvent {
  manager: EntityManager;
}

export interface AccountDeletedEvent {
  userId: string;
  /** The person asked for the bodies of their posts to be erased too. */
  eraseContent: boolean;
}

export interface SessionsRevokedEvent {
  userId: string;
  /** The revoked sessions, or 'all' for every session of the account. */
  sessionIds: string[] | 'all';
}
