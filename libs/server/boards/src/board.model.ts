import { Connection } from '@boardwalk/server-core';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum BoardOrder {
  TRENDING = 'TRENDING',
  NEWEST = 'NEWEST',
  MEMBERS = 'MEMBERS',
  ACTIVE = 'ACTIVE',
}

registerEnumType(BoardOrder, {
  name: 'BoardOrder',
  description: 'How the board directory is sorted.',
  valuesMap: {
    TRENDING: {
      description:
        'Recent activity of distinct people, decayed by age; incubating boards left out.',
    },
    NEWEST: { description: 'Newest board first.' },
    MEMBERS: { description: 'Most members first.' },
    ACTIVE: { description: 'Most recent post first.' },
  },
});

@ObjectType('Board', { description: 'A place for one topic, created and run by members.' })
export class Board {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Unique, URL-safe; derived from the name unless given.' })
  slug!: string;

  @Field()
  name!: string;

  @Field()
  description!: string;

  @Field({ description: 'True for boards created by staff.' })
  official!: boolean;

  @Field({
    description:
      'True until a few distinct members have joined or posted; usable by anyone with the link, but not listed as trending.',
  })
  incubating!: boolean;

  @Field(() => Int)
  memberCount!: number;

  @Field(() => Int)
  threadCount!: number;

  @Field(() => Int)
  postCount!: number;

  @Field()
  createdAt!: Date;

  @Field()
  lastActivityAt!: Date;

  /** Not a field: read by the `createdBy` resolver through the user DataLoader. */
  createdById!: string;
}

@ObjectType('BoardConnection')
export class BoardConnection extends Connection(Board) {}
