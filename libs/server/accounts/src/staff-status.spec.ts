import { staffChangeOnConfirm } from './staff-status';

describe('staff status on a confirmed link', () => {
  const member = { id: 'u1', isStaff: false };
  const staff = { id: 'u2', isStaff: true };

  it('records nothing when the confirmed address keeps the status as it was', () => {
    expect(staffChangeOnConfirm(member, false, 'verify_email')).toBeNull();
    expect(staffChangeOnConfirm(staff, true, 'change_email')).toBeNull();
    expect(staffChangeOnConfirm(staff, true, 'staff_reverify')).toBeNull();
  });

  it('grants staff status for a verified address at a staff domain, with no admin involved', () => {
    expect(staffChangeOnConfirm(member, true, 'verify_email')).toEqual({
      userId: 'u1',
      isStaff: true,
      reason: 'email-verified',
      actorId: null,
    });
  });

  it('ends it at once when a staff member changes to an address outside the staff domains', () => {
    expect(staffChangeOnConfirm(staff, false, 'change_email')).toEqual({
      userId: 'u2',
      isStaff: false,
      reason: 'email-changed',
      actorId: null,
    });
  });

  it('grants it when a member changes to a company address', () => {
    expect(staffChangeOnConfirm(member, true, 'change_email')?.reason).toBe('email-changed');
  });
});
