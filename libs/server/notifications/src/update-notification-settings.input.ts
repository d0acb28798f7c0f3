import { Field, InputType } from '@nestjs/graphql';
import { IsEnum } from 'class-validator';
import { NotificationEmail } from './notification-settings.model';

@InputType()
export class UpdateNotificationSettingsInput {
  @Field(() => NotificationEmail)
  @IsEnum(NotificationEmail, { message: 'email must be EACH, DAILY_DIGEST or NONE.' })
  email!: NotificationEmail;
}
