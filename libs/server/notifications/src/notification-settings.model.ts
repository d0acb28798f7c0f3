import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum NotificationEmail {
  EACH = 'EACH',
  DAILY_DIGEST = 'DAILY_DIGEST',
  NONE = 'NONE',
}

registerEnumType(NotificationEmail, {
  name: 'NotificationEmail',
  description: 'Which notifications reach the viewer by mail.',
  valuesMap: {
    EACH: {
      description:
        'A mail per notification, up to dailyEmailLimit a day; the rest wait for the daily digest.',
    },
    DAILY_DIGEST: { description: 'At most one mail a day listing what is new (the default).' },
    NONE: { description: 'No notification mail; notifications stay in the app.' },
  },
});

@ObjectType('NotificationSettings')
export class NotificationSettings {
  @Field(() => NotificationEmail)
  email!: NotificationEmail;

  @Field(() => Int, {
    description:
      'How many single-notification mails EACH sends a day before the digest takes over.',
  })
  dailyEmailLimit!: number;
}
