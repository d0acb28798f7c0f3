import { RealtimeLimits } from '@boardwalk/contracts';
import { summarise } from './presence.service';

const person = (id: string) => ({ id, handle: id, displayName: id, isStaff: false });

describe('summarise (presence)', () => {
  it('counts each person once and each anonymous connection once', () => {
    expect(summarise('b1', [person('u1'), person('u1'), person('u2'), null, null])).toEqual({
      boardId: 'b1',
      count: 4,
      viewers: [person('u1'), person('u2')],
    });
  });

  it('lists at most the configured number of signed-in viewers, but counts them all', () => {
    const entries = Array.from({ length: 30 }, (_, index) => person(`u${index}`));
    const message = summarise('b1', entries);
    expect(message.count).toBe(30);
    expect(message.viewers).toHaveLength(RealtimeLimits.presenceViewers);
  });
});
