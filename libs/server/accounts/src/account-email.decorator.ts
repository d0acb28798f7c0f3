import { AccountLimits } from '@boardwalk/contracts';
import { applyDecorators } from '@nestjs/common';
import { IsEmail, IsString, MaxLength } from 'class-validator';

/**
 * The rules every address an account may use must pass, wherever it comes in (sign-up, email
 * change): a well-formed address of at most 254 characters, the column's size.
 */
export function IsAccountEmail(): PropertyDecorator {
  return applyDecorators(
    IsString({ message: 'email must be a string.' }),
    MaxLength(AccountLimits.emailMaxLength, { message: 'email is too long.' }),
    IsEmail({}, { message: 'email is not a valid email address.' }),
  );
}
