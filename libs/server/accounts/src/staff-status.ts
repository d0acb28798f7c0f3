import type { StaffStatusChangedEvent } from './accounts.events';
import type { EmailTokenPurpose } from './email-token.entity';

/**
 * What a confirmed link changes in staff status: staff status is whether the address just
 * confirmed is at a staff domain, so confirming can grant it, end it, or leave it as it was
 * (null: nothing to record).
 */
export function staffChangeOnConfirm(
  user: { id: string; isStaff: boolean },
  confirmedAtStaffDomain: boolean,
  purpose: EmailTokenPurpose,
): StaffStatusChangedEvent | null {
  if (user.isStaff === confirmedAtStaffDomain) return null;
  return {
    userId: user.id,
    isStaff: confirmedAtStaffDomain,
    reason: purpose === 'change_email' ? 'email-changed' : 'email-verified',
    actorId: null,
  };
}
