import { AccountSettingEntity } from './account-setting.entity';
import { EmailTokenEntity } from './email-token.entity';
import { SessionEntity } from './session.entity';
import { StaffDomainEntity } from './staff-domain.entity';
import { UserEntity } from './user.entity';

export const ACCOUNTS_ENTITIES = [
  UserEntity,
  SessionEntity,
  EmailTokenEntity,
  StaffDomainEntity,
  AccountSettingEntity,
];
