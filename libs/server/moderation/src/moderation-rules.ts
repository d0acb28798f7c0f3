import type { StaffStatusChangedEvent } from '@boardwalk/server-accounts';
import type { ModerationActionValue } from './moderation-entry.entity';
import { ModerationErrors } from './moderation.errors';
import type { FlagResolution } from './post-flag.entity';

/** Longest reason a moderator may give (and the log column's size). */
export const MAX_REASON = 500;

/**
 * The built-in account named as moderator of automatic actions (flags reaching the limit, a
 * staff confirmation lapsing), so the public log never shows who flagged. Created by a migration;
 * it has no email or password and cannot sign in.
 */
export const AUTOMATIC_MODERATOR = {
  id: '00000000-0000-4000-a000-00000000a070',
  handle: 'automod',
  displayName: 'Automatic moderation',
} as const;

/** A reason as stored: trimmed, required, at most MAX_REASON characters. */
export function cleanReason(reason: string): string {
  const trimmed = reason.trim();
  if (trimmed === '') throw ModerationErrors.blankReason();
  if (trimmed.length > MAX_REASON) throw ModerationErrors.longReason(MAX_REASON);
  return trimmed;
}

/** A visible post is hidden pending review once `threshold` members have open flags on it. */
export function shouldAutoHide(openFlags: number, threshold: number, hidden: boolean): boolean {
  return !hidden && threshold > 0 && openFlags >= threshold;
}

export function autoHideReason(openFlags: number): string {
  return `Hidden automatically after ${openFlags} members flagged it; waiting for a moderator's review.`;
}

/** What a moderator's review changes, and so what the public log records (null: nothing). */
export interface ReviewOutcome {
  resolution: FlagResolution;
  action: ModerationActionValue | null;
}

/**
 * hidePost: hiding a visible post is logged; so is confirming a post that is hidden already
 * (automatically) when that closes its open flags. Hiding a post hidden and reviewed before
 * changes nothing and is not logged again.
 */
export function hideOutcome(wasHidden: boolean, closedFlags: number): ReviewOutcome {
  return {
    resolution: 'hidden',
    action: !wasHidden || closedFlags > 0 ? 'HIDE_POST' : null,
  };
}

/**
 * unhidePost: showing a hidden post again is logged as such; on a visible post, closing its open
 * flags is what happened, so it is logged as a dismissal of them.
 */
export function unhideResolution(wasHidden: boolean): FlagResolution {
  return wasHidden ? 'restored' : 'dismissed';
}

export function unhideAction(
  wasHidden: boolean,
  closedFlags: number,
): ModerationActionValue | null {
  if (wasHidden) return 'UNHIDE_POST';
  return closedFlags > 0 ? 'DISMISS_FLAGS' : null;
}

const STAFF_REASONS: Record<StaffStatusChangedEvent['reason'], [granted: string, ended: string]> = {
  'email-verified': [
    'Verified an email at a staff domain.',
    'Verified an email outside the staff domains.',
  ],
  'email-changed': [
    'Changed to an email at a staff domain.',
    'Changed to an email outside the staff domains.',
  ],
  'staff-domains-changed': [
    'An admin added their email domain to the staff domains.',
    'An admin removed their email domain from the staff domains.',
  ],
  'staff-reverification-lapsed': [
    'Re-confirmed their staff email.',
    'Did not re-confirm their staff email in time.',
  ],
  'account-deleted': ['', 'Deleted their account.'],
};

export interface StaffLogLine {
  action: ModerationActionValue;
  reason: string;
  moderatorId: string;
  automatic: boolean;
  subjectId: string;
}

/**
 * The public log line of a staff status change: the admin who changed the domains, the person
 * themself (verifying, changing email, deleting), or the automatic moderator when it lapsed.
 */
export function staffLogLine(change: StaffStatusChangedEvent): StaffLogLine {
  const [granted, ended] = STAFF_REASONS[change.reason];
  const automatic = change.reason === 'staff-reverification-lapsed';
  return {
    action: change.isStaff ? 'STAFF_GRANTED' : 'STAFF_ENDED',
    reason: change.isStaff ? granted : ended,
    moderatorId: automatic ? AUTOMATIC_MODERATOR.id : (change.actorId ?? change.userId),
    automatic,
    subjectId: change.userId,
  };
}

export function adoptionReason(inactiveModerators: number): string {
  return `Adopted: none of its ${inactiveModerators} moderators had been active for 90 days.`;
}
