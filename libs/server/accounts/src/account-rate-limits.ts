import type { RateLimitRule } from '@boardwalk/server-core';

export const AccountRateLimits = {
  signUpPerIp: { name: 'sign-up:ip', points: 20, durationSeconds: 3600 },
  failedSignInPerIp: { name: 'sign-in-failed:ip', points: 50, durationSeconds: 900 },
  failedSignInPerAccount: { name: 'sign-in-failed:account', points: 10, durationSeconds: 900 },
  resendVerificationPerUser: { name: 'resend-verification:user', points: 3, durationSeconds: 900 },
  /** Wrong passwords where a signed-in person confirms with theirs: a stolen token cannot guess it. */
  failedPasswordCheckPerUser: {
    name: 'password-check-failed:user',
    points: 5,
    durationSeconds: 900,
  },
  changeEmailPerUser: { name: 'change-email:user', points: 5, durationSeconds: 3600 },
  passwordResetPerEmail: { name: 'password-reset:email', points: 3, durationSeconds: 3600 },
  passwordResetPerIp: { name: 'password-reset:ip', points: 10, durationSeconds: 3600 },
} satisfies Record<string, RateLimitRule>;
