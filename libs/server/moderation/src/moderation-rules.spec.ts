import { DomainError } from '@boardwalk/server-core';
import {
  AUTOMATIC_MODERATOR,
  MAX_REASON,
  autoHideReason,
  cleanReason,
  hideOutcome,
  shouldAutoHide,
  staffLogLine,
  unhideAction,
  unhideResolution,
} from './moderation-rules';

const codeOf = (work: () => unknown) => {
  try {
    work();
    return 'OK';
  } catch (error) {
    return (error as DomainError).code;
  }
};

describe('moderation rules', () => {
  it('requires a trimmed reason of at most 500 characters', () => {
    expect(cleanReason('  Spam link \n')).toBe('Spam link');
    expect(codeOf(() => cleanReason(' \t '))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => cleanReason('x'.repeat(MAX_REASON)))).toBe('OK');
    expect(codeOf(() => cleanReason('x'.repeat(MAX_REASON + 1)))).toBe('BAD_USER_INPUT');
  });

  it('hides a visible post once the open flags reach the limit', () => {
    expect(shouldAutoHide(2, 3, false)).toBe(false);
    expect(shouldAutoHide(3, 3, false)).toBe(true);
    expect(shouldAutoHide(4, 3, false)).toBe(true);
    expect(shouldAutoHide(3, 3, true)).toBe(false);
    expect(autoHideReason(3)).toMatch(/after 3 members flagged it/);
  });

  it('logs a hide, and a confirmation of an automatic hide, but not a repeat', () => {
    expect(hideOutcome(false, 0)).toEqual({ resolution: 'hidden', action: 'HIDE_POST' });
    expect(hideOutcome(false, 2)).toEqual({ resolution: 'hidden', action: 'HIDE_POST' });
    expect(hideOutcome(true, 3)).toEqual({ resolution: 'hidden', action: 'HIDE_POST' });
    expect(hideOutcome(true, 0)).toEqual({ resolution: 'hidden', action: null });
  });

  it('logs showing a post again, and closing the flags of a visible post as a dismissal', () => {
    expect([unhideResolution(true), unhideAction(true, 0)]).toEqual(['restored', 'UNHIDE_POST']);
    expect([unhideResolution(true), unhideAction(true, 2)]).toEqual(['restored', 'UNHIDE_POST']);
    expect([unhideResolution(false), unhideAction(false, 2)]).toEqual([
      'dismissed',
      'DISMISS_FLAGS',
    ]);
    expect(unhideAction(false, 0)).toBeNull();
  });

  it('names who changed staff status, and the automatic moderator when it lapsed', () => {
    const userId = 'user-1';
    expect(
      staffLogLine({ userId, isStaff: true, reason: 'email-verified', actorId: null }),
    ).toEqual({
      action: 'STAFF_GRANTED',
      reason: 'Verified an email at a staff domain.',
      moderatorId: userId,
      automatic: false,
      subjectId: userId,
    });
    expect(
      staffLogLine({ userId, isStaff: false, reason: 'staff-domains-changed', actorId: 'admin-1' }),
    ).toMatchObject({ action: 'STAFF_ENDED', moderatorId: 'admin-1', automatic: false });
    expect(
      staffLogLine({
        userId,
        isStaff: false,
        reason: 'staff-reverification-lapsed',
        actorId: null,
      }),
    ).toMatchObject({
      action: 'STAFF_ENDED',
      moderatorId: AUTOMATIC_MODERATOR.id,
      automatic: true,
      subjectId: userId,
    });
  });
});
