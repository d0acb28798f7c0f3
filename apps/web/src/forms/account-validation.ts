import { AccountLimits } from '@boardwalk/contracts';

export interface SignUpValues {
  email: string;
  password: string;
  handle: string;
  displayName: string;
}

export type FieldErrors<T> = Partial<Record<keyof T, string>>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function passwordError(password: string): string | undefined {
  if (password.length < AccountLimits.passwordMinLength) {
    return `Use at least ${AccountLimits.passwordMinLength} characters.`;
  }
  if (password.length > AccountLimits.passwordMaxLength) {
    return `Use at most ${AccountLimits.passwordMaxLength} characters.`;
  }
  return undefined;
}

export function emailError(email: string): string | undefined {
  if (!EMAIL.test(email.trim())) return 'Enter an email address such as ana@example.com.';
  if (email.length > AccountLimits.emailMaxLength) return 'This address is too long.';
  return undefined;
}

/** The same rules the server applies, checked before sending so mistakes show beside the field. */
export function validateSignUp(values: SignUpValues): FieldErrors<SignUpValues> {
  const errors: FieldErrors<SignUpValues> = {};
  const email = emailError(values.email);
  if (email) errors.email = email;
  const password = passwordError(values.password);
  if (password) errors.password = password;
  if (!AccountLimits.handlePattern.test(values.handle)) {
    errors.handle = '3 to 30 characters: lower-case letters, digits and underscores.';
  }
  const displayName = values.displayName.trim();
  if (displayName === '') errors.displayName = 'Tell people what to call you.';
  else if (displayName.length > AccountLimits.displayNameMaxLength) {
    errors.displayName = `Use at most ${AccountLimits.displayNameMaxLength} characters.`;
  }
  return errors;
}

/** A handle suggestion from a display name: "Ana Lima" becomes "ana_lima". */
export function suggestHandle(displayName: string): string {
  return displayName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 30);
}
