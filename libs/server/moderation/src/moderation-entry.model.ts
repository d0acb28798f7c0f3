import { Connection } from '@boardwalk/server-core';
import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum ModerationAction {
  HIDE_POST = 'HIDE_POST',
  UNHIDE_POST = 'UNHIDE_POST',
  DISMISS_FLAGS = 'DISMISS_FLAGS',
  STAFF_GRANTED = 'STAFF_GRANTED',
  STAFF_ENDED = 'STAFF_ENDED',
  BOARD_ADOPTED = 'BOARD_ADOPTED',
}

registerEnumType(ModerationAction, {
  name: 'ModerationAction',
  description: 'What a public moderation log entry records.',
  valuesMap: {
    HIDE_POST: {
      description:
        "A post's body was hidden (by a board moderator or admin, or automatically after flags).",
    },
    UNHIDE_POST: { description: 'A hidden post was shown again after review.' },
    DISMISS_FLAGS: { description: "A post's flags were reviewed and dismissed." },
    STAFF_GRANTED: { description: 'An account became staff (a verified email at a staff domain).' },
    STAFF_ENDED: { description: 'An account stopped being staff.' },
    BOARD_ADOPTED: {
      description: 'A member adopted a board whose moderators had all been inactive.',
    },
  },
});

@ObjectType('ModerationEntry', {
  description: 'One public moderation log line: who did what, why and when.',
})
export class ModerationEntry {
  @Field(() => ID)
  id!: string;

  @Field(() => ModerationAction)
  action!: ModerationAction;

  @Field()
  reason!: string;

  @Field()
  createdAt!: Date;

  @Field({
    description: 'True when the system acted (flags reached the limit, a confirmation lapsed).',
  })
  automatic!: boolean;

  /** Not fields: resolved through DataLoaders. */
  moderatorId!: string;
  boardId!: string | null;
  postId!: string | null;
  subjectId!: string | null;
}

@ObjectType('ModerationEntryConnection')
export class ModerationEntryConnection extends Connection(ModerationEntry) {}
