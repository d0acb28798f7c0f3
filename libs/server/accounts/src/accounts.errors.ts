import { badInput, conflict, unauthenticated } from '@boardwalk/server-core';

export const AccountErrors = {
  emailTaken: () => conflict('An account with this email already exists.', { field: 'email' }),
  handleTaken: () => conflict('This handle is taken.', { field: 'handle' }),
  wrongCredentials: () => unauthenticated('Wrong email or password.'),
  invalidToken: () => badInput('This link is invalid, expired or already used.'),
  wrongPassword: () => unauthenticated('Wrong password.'),
  sameEmail: () => badInput('This is already your email address.', { field: 'email' }),
  alreadyVerified: () => badInput('Your email is already verified.'),
  blankDisplayName: () => badInput('displayName cannot be blank.', { field: 'displayName' }),
  invalidDomain: (domain: string) =>
    badInput(`"${domain}" is not a valid domain name.`, { domain }),
  tooManyDomains: (count: number, max: number) =>
    badInput(`At most ${max} staff domains; ${count} were given.`, { field: 'domains' }),
};
