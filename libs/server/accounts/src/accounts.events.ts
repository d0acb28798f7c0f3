/** Domain events of the accounts lib, emitted after the change commits. */
export const AccountEvents = {
  staffStatusChanged: 'accounts.staff-status-changed',
} as const;

export interface StaffStatusChangedEvent {
  userId: string;
  isStaff: boolean;
  /** What changed it: an email verification, or an admin's change of the staff domains. */
  reason: 'email-verified' | 'staff-domains-changed';
  /** The admin who changed the domains, when that was the reason. */
  actorId: string | null;
}
