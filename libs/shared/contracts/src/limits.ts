/** Input limits shared by the server (validation) and clients (form hints). */
export const AccountLimits = {
  passwordMinLength: 10,
  passwordMaxLength: 256,
  handlePattern: /^[a-z0-9_]{3,30}$/,
  displayNameMaxLength: 60,
  bioMaxLength: 1000,
  staffTitleMaxLength: 60,
  emailMaxLength: 254,
} as const;

export const PageLimits = {
  defaultFirst: 20,
  maxFirst: 100,
} as const;
