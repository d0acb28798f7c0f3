import { GrowthRollupService } from '@boardwalk/server-growth';
import { planCommunity, seedCommunity } from '@boardwalk/seed';
import { given } from './support/given';
import { TestServer } from './support/test-server';

const GROWTH = `query ($range: GrowthRangeInput!) {
  growth(range: $range) {
    points { posts activeMembers }
    totals { newMembers activeMembers newBoards memberCreatedBoards threads posts
             memberToMemberReplies staffReplies unansweredThreads medianFirstResponseMinutes }
    topBoards { board { slug official } posts }
  }
}`;

describe('demo community seed (e2e)', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await TestServer.start({ ADMIN_EMAILS: 'seed_admin@members.example' });
    await server.get(GrowthRollupService).whenIdle();
  });

  afterAll(async () => {
    await server.close();
  });

  it('creates a community spread over the days asked for, which the growth report sees', async () => {
    const admin = await given(server).member({ handle: 'seed_admin' });
    const now = new Date();
    const plan = planCommunity({ members: 30, days: 20, seed: 7, now });
    expect(planCommunity({ members: 30, days: 20, seed: 7, now })).toEqual(plan);
    const stages = new Set<string>();
    const summary = await seedCommunity(server.app, plan, (_done, _total, stage) =>
      stages.add(stage),
    );
    expect(stages).toEqual(
      new Set([
        'people',
        'boards',
        'joins',
        'threads',
        'replies',
        'accepted answers',
        'growth rollups',
      ]),
    );
    expect(summary.people).toBe(32);
    expect(summary.staff).toBe(2);
    expect(summary.threads).toBe(plan.threads);
    expect(summary.posts).toBe(plan.posts);

    const range = {
      from: new Date(now.getTime() - 21 * 24 * 3600 * 1000).toISOString(),
      to: now.toISOString(),
    };
    const { growth } = await server.ok<{
      growth: {
        points: Array<{ posts: number; activeMembers: number }>;
        totals: Record<string, number | null>;
        topBoards: Array<{ board: { official: boolean }; posts: number }>;
      };
    }>(GROWTH, { range }, { token: admin.token });
    expect(growth.totals['posts']).toBe(summary.posts);
    expect(growth.totals['threads']).toBe(summary.threads);
    // The admin signed up before the seed, inside the range too.
    expect(growth.totals['newMembers']).toBe(summary.people + 1);
    expect(growth.totals['newBoards']).toBe(summary.boards);
    expect(growth.totals['memberCreatedBoards']).toBeGreaterThan(0);
    expect(growth.totals['memberToMemberReplies']).toBeGreaterThan(0);
    expect(growth.totals['staffReplies']).toBeGreaterThan(0);
    expect(growth.totals['unansweredThreads']).toBeGreaterThan(0);
    expect(growth.totals['medianFirstResponseMinutes']).toBeGreaterThan(0);
    expect(growth.points.filter((point) => point.posts > 0).length).toBeGreaterThan(10);
    expect(growth.topBoards.some((top) => !top.board.official)).toBe(true);
    const mentions = await server.sql<{ n: string }>(
      `SELECT count(*) AS n FROM posts WHERE body LIKE '%@%'`,
    );
    expect(Number(mentions[0].n)).toBeGreaterThan(0);
  });
});
