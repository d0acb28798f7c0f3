import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('User', {
  description: 'A member of the community. Staff post under their own name with a badge.',
})
export class User {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Unique handle, used in @mentions and profile URLs.' })
  handle!: string;

  @Field()
  displayName!: string;

  @Field()
  bio!: string;

  @Field({ description: 'True while the account has a verified email at a staff domain.' })
  isStaff!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Optional title shown next to the staff badge.',
  })
  staffTitle!: string | null;

  @Field({ description: 'True for verified accounts whose email is in ADMIN_EMAILS.' })
  isAdmin!: boolean;

  @Field()
  createdAt!: Date;

  /** Not a field: read by the `emailVerified` resolver, which shows it to the user and admins only. */
  emailVerifiedAt!: Date | null;

  /** Not a field: read by the `email` resolver, which shows it to the user and admins only. */
  emailAddress!: string | null;
}
