import { HEALTH_MIN_PEOPLE, boardHealthFigures, share, unlessTooFew } from './growth-figures';

const counts = {
  joined: 5,
  joinedThenPosted: 4,
  threads: 8,
  threadAuthors: 5,
  repliedWithin24h: 6,
  staffReplied: 2,
  posters: 6,
  posts: 20,
  topThreePosts: 15,
};

describe('growth figures', () => {
  it('shares a part of a whole, and gives null without a whole', () => {
    expect(share(1, 4)).toBe(0.25);
    expect(share(0, 3)).toBe(0);
    expect(share(0, 0)).toBeNull();
  });

  it('withholds a figure drawn from fewer than 5 people, and keeps it from 5 on', () => {
    expect(HEALTH_MIN_PEOPLE).toBe(5);
    expect(unlessTooFew(4, 0.5)).toBeNull();
    expect(unlessTooFew(0, 0)).toBeNull();
    expect(unlessTooFew(5, 0.5)).toBe(0.5);
    expect(unlessTooFew(5, 0)).toBe(0);
  });

  it('computes every board health figure from its counts', () => {
    expect(boardHealthFigures(counts)).toEqual({
      newMembers: 5,
      joinToFirstPostRate: 0.8,
      repliedWithin24hShare: 0.75,
      staffCoverage: 0.25,
      topThreePostersShare: 0.75,
    });
  });

  it('withholds each figure by the people it is drawn from', () => {
    expect(boardHealthFigures({ ...counts, joined: 4, joinedThenPosted: 4 })).toMatchObject({
      newMembers: null,
      joinToFirstPostRate: null,
      repliedWithin24hShare: 0.75,
      staffCoverage: 0.25,
    });
    // Staff coverage follows the same rule as the other thread figure: the threads' authors.
    expect(boardHealthFigures({ ...counts, threadAuthors: 4 })).toMatchObject({
      newMembers: 5,
      repliedWithin24hShare: null,
      staffCoverage: null,
      topThreePostersShare: 0.75,
    });
    expect(boardHealthFigures({ ...counts, posters: 3 }).topThreePostersShare).toBeNull();
  });

  it('gives staff coverage 0, not null, when enough threads had no staff reply', () => {
    expect(boardHealthFigures({ ...counts, staffReplied: 0 }).staffCoverage).toBe(0);
  });
});
