import { GrowthRollupService } from '@boardwalk/server-growth';
import { given, TestMember } from './support/given';
import { TestServer } from './support/test-server';

/**
 * A small community whose every growth figure is computed by hand below. Everything is created
 * through the API, then moved into January 2026 with SQL, as the seed tool does.
 */

const POINT_FIELDS = `start end newMembers activeMembers newBoards memberCreatedBoards threads posts
  memberToMemberReplies staffReplies unansweredThreads medianFirstResponseMinutes
  medianFirstStaffReplyMinutes memberBoardPostShare memberAnswerShare`;
const GROWTH = `query ($range: GrowthRangeInput!) {
  growth(range: $range) {
    from to interval
    points { ${POINT_FIELDS} }
    totals { ${POINT_FIELDS} }
    topBoards { board { slug } posts activeMembers newMembers staffCoverage }
  }
}`;
const HEALTH = `query ($slug: String!, $range: GrowthRangeInput!) {
  board(slug: $slug) { slug health(range: $range) {
    newMembers joinToFirstPostRate repliedWithin24hShare staffCoverage topThreePostersShare } }
}`;
const JOIN = `mutation ($id: ID!) { joinBoard(boardId: $id) { id } }`;
const ACCEPT = `mutation ($id: ID!) { acceptAnswer(postId: $id) { id } }`;

type Point = Record<string, unknown>;
interface Report {
  from: string;
  to: string;
  interval: string;
  points: Point[];
  totals: Point;
  topBoards: Array<Record<string, unknown>>;
}

const ZERO_DAY = {
  newMembers: 0,
  activeMembers: 0,
  newBoards: 0,
  memberCreatedBoards: 0,
  threads: 0,
  posts: 0,
  memberToMemberReplies: 0,
  staffReplies: 0,
  unansweredThreads: 0,
  medianFirstResponseMinutes: null,
  medianFirstStaffReplyMinutes: null,
  memberBoardPostShare: null,
  memberAnswerShare: null,
};

const at = (day: string, time: string) => `${day}T${time}:00.000Z`;
const D1 = '2026-01-05'; // a Monday
const D2 = '2026-01-06';
const D3 = '2026-01-12'; // the next Monday
const RANGE = { from: at(D1, '00:00'), to: '2026-01-13T00:00:00.000Z' };

describe('growth (e2e)', () => {
  let server: TestServer;
  let admin: TestMember;
  let alice: TestMember;
  let sam: TestMember;
  let cooking: { id: string; slug: string };

  beforeAll(async () => {
    server = await TestServer.start({
      STAFF_EMAIL_DOMAINS: 'staff.example',
      ADMIN_EMAILS: 'growth_admin@members.example',
    });
    await server.get(GrowthRollupService).whenIdle();
    const build = given(server);
    const backdate = {
      user: (member: TestMember, time: string) =>
        server.sql('UPDATE users SET created_at = $2 WHERE id = $1', [member.id, time]),
      board: (board: { id: string }, time: string) =>
        server.sql('UPDATE boards SET created_at = $2 WHERE id = $1', [board.id, time]),
      join: (board: { id: string }, member: TestMember, time: string) =>
        server.sql('UPDATE board_members SET joined_at = $3 WHERE board_id = $1 AND user_id = $2', [
          board.id,
          member.id,
          time,
        ]),
      thread: async (thread: { id: string }, time: string) => {
        await server.sql('UPDATE threads SET created_at = $2 WHERE id = $1', [thread.id, time]);
        await server.sql('UPDATE posts SET created_at = $2 WHERE thread_id = $1 AND opening', [
          thread.id,
          time,
        ]);
      },
      post: (postId: string, time: string) =>
        server.sql('UPDATE posts SET created_at = $2 WHERE id = $1', [postId, time]),
    };
    const join = async (member: TestMember, board: { id: string }, time: string) => {
      await server.ok(JOIN, { id: board.id }, { token: member.token });
      await backdate.join(board, member, time);
    };
    const accept = (author: TestMember, postId: string) =>
      server.ok(ACCEPT, { id: postId }, { token: author.token });

    admin = await build.member({ handle: 'growth_admin' });
    alice = await build.member();
    const bob = await build.member();
    const carol = await build.member();
    sam = await build.member({ domain: 'staff.example' });
    const dave = await build.member();
    for (const [member, time] of [
      [admin, at(D1, '08:00')],
      [alice, at(D1, '08:00')],
      [bob, at(D1, '08:00')],
      [sam, at(D1, '08:00')],
      [carol, at(D2, '08:00')],
      [dave, at(D3, '07:00')],
    ] as const) {
      await backdate.user(member, time);
    }

    // D1: Alice's Cooking board (member-created) and Sam's official board.
    cooking = await build.board(alice, { name: 'Cooking together' });
    await backdate.board(cooking, at(D1, '09:00'));
    await backdate.join(cooking, alice, at(D1, '09:00'));
    const news = await build.board(sam, { name: 'Product news' });
    await backdate.board(news, at(D1, '09:00'));
    await backdate.join(news, sam, at(D1, '09:00'));
    await join(bob, cooking, at(D1, '09:30'));
    await join(carol, cooking, at(D2, '08:30'));
    await join(dave, cooking, at(D3, '07:30'));

    // T1 (D1): Bob answers after 30 min (accepted), Sam after 60, Alice follows up.
    const t1 = await build.thread(alice, cooking);
    await backdate.thread(t1, at(D1, '10:00'));
    const bobAnswer = await build.reply(bob, t1);
    await backdate.post(bobAnswer, at(D1, '10:30'));
    await backdate.post(await build.reply(sam, t1), at(D1, '11:00'));
    await backdate.post(await build.reply(alice, t1), at(D1, '12:00'));
    await accept(alice, bobAnswer);

    // T2 (D2): Carol answers Bob after 120 min.
    const t2 = await build.thread(bob, cooking);
    await backdate.thread(t2, at(D2, '09:00'));
    await backdate.post(await build.reply(carol, t2), at(D2, '11:00'));

    // T3 (D2, official board): Alice replies after 10 min, Sam answers his own thread after 20.
    const t3 = await build.thread(sam, news);
    await backdate.thread(t3, at(D2, '10:00'));
    await backdate.post(await build.reply(alice, t3), at(D2, '10:10'));
    const samAnswer = await build.reply(sam, t3);
    await backdate.post(samAnswer, at(D2, '10:20'));
    await accept(sam, samAnswer);

    // T4 (D3): only Carol's own follow-up, so still unanswered.
    const t4 = await build.thread(carol, cooking);
    await backdate.thread(t4, at(D3, '08:00'));
    await backdate.post(await build.reply(carol, t4), at(D3, '08:30'));

    // T5 (D3): Alice after 45 min, Sam after 60 (accepted).
    const t5 = await build.thread(dave, cooking);
    await backdate.thread(t5, at(D3, '09:00'));
    await backdate.post(await build.reply(alice, t5), at(D3, '09:45'));
    const samFix = await build.reply(sam, t5);
    await backdate.post(samFix, at(D3, '10:00'));
    await accept(dave, samFix);

    // The conversations lib stamps firstStaffReplyAt when staff reply; keep it with the backdating.
    await server.sql(
      `UPDATE threads t SET first_staff_reply_at = (
         SELECT min(p.created_at) FROM posts p JOIN users u ON u.id = p.author_id
          WHERE p.thread_id = t.id AND NOT p.opening AND u.is_staff)`,
    );
    await server.get(GrowthRollupService).rebuild();
  });

  afterAll(async () => {
    await server.close();
  });

  const report = async (interval = 'DAY', token = admin.token) =>
    (await server.ok<{ growth: Report }>(GROWTH, { range: { ...RANGE, interval } }, { token }))
      .growth;

  const D1_FIGURES = {
    start: at(D1, '00:00'),
    end: at(D2, '00:00'),
    newMembers: 4,
    activeMembers: 3,
    newBoards: 2,
    memberCreatedBoards: 1,
    threads: 1,
    posts: 4,
    memberToMemberReplies: 1,
    staffReplies: 1,
    unansweredThreads: 0,
    medianFirstResponseMinutes: 30,
    medianFirstStaffReplyMinutes: 60,
    memberBoardPostShare: 1,
    memberAnswerShare: 1,
  };
  const D2_FIGURES = {
    start: at(D2, '00:00'),
    end: at('2026-01-07', '00:00'),
    newMembers: 1,
    activeMembers: 4,
    newBoards: 0,
    memberCreatedBoards: 0,
    threads: 2,
    posts: 5,
    memberToMemberReplies: 1,
    staffReplies: 1,
    unansweredThreads: 0,
    medianFirstResponseMinutes: 65,
    medianFirstStaffReplyMinutes: 20,
    memberBoardPostShare: 0.4,
    memberAnswerShare: 0,
  };
  const D3_FIGURES = {
    start: at(D3, '00:00'),
    end: at('2026-01-13', '00:00'),
    newMembers: 1,
    activeMembers: 4,
    newBoards: 0,
    memberCreatedBoards: 0,
    threads: 2,
    posts: 5,
    memberToMemberReplies: 1,
    staffReplies: 1,
    unansweredThreads: 1,
    medianFirstResponseMinutes: 45,
    medianFirstStaffReplyMinutes: 60,
    memberBoardPostShare: 1,
    memberAnswerShare: 0,
  };
  const TOTALS = {
    start: RANGE.from,
    end: RANGE.to,
    newMembers: 6,
    activeMembers: 5,
    newBoards: 2,
    memberCreatedBoards: 1,
    threads: 5,
    posts: 14,
    memberToMemberReplies: 3,
    staffReplies: 3,
    unansweredThreads: 1,
    medianFirstResponseMinutes: 37.5,
    medianFirstStaffReplyMinutes: 60,
    memberBoardPostShare: 11 / 14,
    memberAnswerShare: 1 / 3,
  };

  it('gives every daily figure of the hand-computed community', async () => {
    const growth = await report();
    expect(growth.from).toBe(RANGE.from);
    expect(growth.to).toBe(RANGE.to);
    expect(growth.points).toHaveLength(8);
    expect(growth.points[0]).toEqual(D1_FIGURES);
    expect(growth.points[1]).toEqual(D2_FIGURES);
    for (let day = 7; day <= 11; day += 1) {
      expect(growth.points[day - 5]).toEqual({
        ...ZERO_DAY,
        start: at(`2026-01-${String(day).padStart(2, '0')}`, '00:00'),
        end: at(`2026-01-${String(day + 1).padStart(2, '0')}`, '00:00'),
      });
    }
    expect(growth.points[7]).toEqual(D3_FIGURES);
    expect(growth.totals).toEqual(TOTALS);
    expect(growth.topBoards).toEqual([
      {
        board: { slug: cooking.slug },
        posts: 11,
        activeMembers: 5,
        newMembers: 4,
        staffCoverage: 0.5,
      },
      {
        board: { slug: 'product-news' },
        posts: 3,
        activeMembers: 2,
        newMembers: 1,
        staffCoverage: 1,
      },
    ]);
  });

  it('buckets by ISO week, with distinct people and medians per week', async () => {
    const growth = await report('WEEK');
    expect(growth.points).toEqual([
      {
        start: at(D1, '00:00'),
        end: at(D3, '00:00'),
        newMembers: 5,
        activeMembers: 4,
        newBoards: 2,
        memberCreatedBoards: 1,
        threads: 3,
        posts: 9,
        memberToMemberReplies: 2,
        staffReplies: 2,
        unansweredThreads: 0,
        medianFirstResponseMinutes: 30,
        medianFirstStaffReplyMinutes: 40,
        memberBoardPostShare: 6 / 9,
        memberAnswerShare: 0.5,
      },
      D3_FIGURES,
    ]);
    expect(growth.totals).toEqual(TOTALS);
    const monthly = await report('MONTH');
    expect(monthly.points).toEqual([TOTALS]);
  });

  it('takes a null or missing interval as the default DAY, as the contract has it', async () => {
    const daily = await report();
    for (const range of [
      { ...RANGE, interval: null },
      { from: RANGE.from, to: RANGE.to },
    ]) {
      const growth = (
        await server.ok<{ growth: Report }>(GROWTH, { range }, { token: admin.token })
      ).growth;
      expect(growth).toEqual(daily);
      expect(growth.interval).toBe('DAY');
    }
  });

  it('gives the same numbers when the rollup runs again', async () => {
    const before = await report();
    const rollup = server.get(GrowthRollupService);
    await rollup.runOnce();
    await rollup.rebuild();
    await rollup.runOnce();
    expect(await report()).toEqual(before);
  });

  it('catches up the days missed while no instance ran', async () => {
    const before = { day: await report(), week: await report('WEEK') };
    // As if the job had last completed D2 and the server then stopped before rolling up more:
    // every rollup table, the yearly activity bitmaps included, holds D2 and earlier only.
    await server.sql(`UPDATE growth_rollup_state SET completed_through = '2026-01-06'`);
    for (const table of [
      'growth_days',
      'growth_board_days',
      'growth_active_days',
      'growth_board_active_days',
    ]) {
      await server.sql(`DELETE FROM ${table} WHERE day > '2026-01-06'`);
    }
    await server.sql(`DELETE FROM growth_threads WHERE started_day > '2026-01-06'`);
    await server.sql(`DELETE FROM growth_active_years`);
    await server.sql(
      `INSERT INTO growth_active_years (year, user_id, days)
       SELECT extract(year FROM day)::smallint, user_id,
              bit_or(('1' || repeat('0', 365))::bit(366) >> (day - date_trunc('year', day::timestamp)::date))
         FROM growth_active_days GROUP BY 1, 2`,
    );
    // Read the rollups themselves: a report would re-roll them once FRESHNESS_MS has passed.
    const rolledUp = async () =>
      (
        await server.sql<{ posts: number; active_d3: number }>(
          `SELECT (SELECT coalesce(sum(posts), 0)::int FROM growth_board_days) AS posts,
                  (SELECT count(*)::int FROM growth_active_years
                    WHERE year = 2026 AND substring(days FROM 12 FOR 1) = B'1') AS active_d3`,
        )
      )[0];
    expect(await rolledUp()).toEqual({ posts: 9, active_d3: 0 });

    await server.restart();
    await server.get(GrowthRollupService).whenIdle();
    expect(await rolledUp()).toEqual({ posts: 14, active_d3: 4 });
    expect(await report()).toEqual(before.day);
    expect(await report('WEEK')).toEqual(before.week);
  });

  it('is for admins only, with bad ranges refused', async () => {
    const member = await server.graphql(GROWTH, { range: RANGE }, { token: alice.token });
    expect(member.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const staff = await server.graphql(GROWTH, { range: RANGE }, { token: sam.token });
    expect(staff.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const anonymous = await server.graphql(GROWTH, { range: RANGE });
    expect(anonymous.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    for (const range of [
      { from: RANGE.to, to: RANGE.from },
      { from: '2023-01-01T00:00:00Z', to: '2026-01-01T00:00:00Z' },
    ]) {
      const refused = await server.graphql(GROWTH, { range }, { token: admin.token });
      expect(refused.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    }
  });

  describe('CSV export', () => {
    const csvUrl = (interval: string) =>
      `${server.url}/admin/growth.csv?from=${RANGE.from}&to=${RANGE.to}&interval=${interval}`;

    it('has a header row and one row per bucket, with the GraphQL numbers', async () => {
      for (const interval of ['DAY', 'WEEK']) {
        const response = await fetch(csvUrl(interval), {
          headers: { authorization: `Bearer ${admin.token}` },
        });
        expect(response.status).toBe(200);
        expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
        const [header, ...rows] = (await response.text()).trimEnd().split('\r\n');
        const columns = header.split(',');
        expect(columns).toEqual(POINT_FIELDS.split(/\s+/));
        const points = (await report(interval)).points;
        expect(rows).toHaveLength(points.length);
        rows.forEach((row, index) => {
          const cells = row.split(',');
          columns.forEach((column, at) => {
            const value = points[index][column];
            expect([column, cells[at]]).toEqual([
              column,
              value === null ? '' : typeof value === 'number' ? String(value) : value,
            ]);
          });
        });
      }
    });

    it('takes the session cookie with the CSRF header, and refuses everyone else', async () => {
      const cookie = `bw_session=${admin.token}`;
      const withHeader = await fetch(csvUrl('DAY'), {
        headers: { cookie, 'x-csrf-protection': '1' },
      });
      expect(withHeader.status).toBe(200);
      // A cookie alone could come from a cross-site link: not signed in.
      expect((await fetch(csvUrl('DAY'), { headers: { cookie } })).status).toBe(401);
      const member = await fetch(csvUrl('DAY'), {
        headers: { authorization: `Bearer ${alice.token}` },
      });
      expect(member.status).toBe(403);
      expect(((await member.json()) as { error: { code: string } }).error.code).toBe('FORBIDDEN');
      const badRange = await fetch(`${server.url}/admin/growth.csv?from=yesterday&to=${RANGE.to}`, {
        headers: { authorization: `Bearer ${admin.token}` },
      });
      expect(badRange.status).toBe(400);
    });
  });

  describe('board health', () => {
    const health = (slug: string, token: string | undefined, range = RANGE) =>
      server.graphql<{ board: { health: Record<string, unknown> | null } }>(
        HEALTH,
        { slug, range },
        { token },
      );

    it('withholds every figure drawn from fewer than 5 people', async () => {
      // Cooking: 4 new members and 4 thread authors (withheld), 5 posters (shown).
      const data = await health(cooking.slug, alice.token);
      expect(data.errors).toBeUndefined();
      expect(data.data?.board.health).toEqual({
        newMembers: null,
        joinToFirstPostRate: null,
        repliedWithin24hShare: null,
        staffCoverage: null,
        topThreePostersShare: 8 / 11,
      });
    });

    it('gives the figures of a board with enough people', async () => {
      const build = given(server);
      const H = '2026-02-02';
      const people = [];
      for (let index = 0; index < 5; index += 1) people.push(await build.member());
      const [founder, ...joiners] = people;
      const board = await build.board(founder, { name: 'Health check board' });
      await server.sql('UPDATE boards SET created_at = $2 WHERE id = $1', [
        board.id,
        at(H, '08:00'),
      ]);
      await server.sql('UPDATE board_members SET joined_at = $2 WHERE board_id = $1', [
        board.id,
        at(H, '08:00'),
      ]);
      for (const member of joiners) {
        await server.ok(JOIN, { id: board.id }, { token: member.token });
      }
      await server.sql('UPDATE board_members SET joined_at = $2 WHERE board_id = $1', [
        board.id,
        at(H, '08:30'),
      ]);
      const threads = [];
      for (const member of people) {
        const thread = await build.thread(member, board);
        await server.sql('UPDATE threads SET created_at = $2 WHERE id = $1', [
          thread.id,
          at(H, '09:00'),
        ]);
        await server.sql('UPDATE posts SET created_at = $2 WHERE thread_id = $1', [
          thread.id,
          at(H, '09:00'),
        ]);
        threads.push(thread);
      }
      // One reply within 24 hours, one after two days.
      await server.sql('UPDATE posts SET created_at = $2 WHERE id = $1', [
        await build.reply(people[1], threads[0]),
        at(H, '10:00'),
      ]);
      await server.sql('UPDATE posts SET created_at = $2 WHERE id = $1', [
        await build.reply(people[2], threads[1]),
        at('2026-02-04', '10:00'),
      ]);
      // Staff reply to one thread of five, 25 hours in (so not within 24 hours).
      const staffAt = at('2026-02-03', '10:00');
      await server.sql('UPDATE posts SET created_at = $2 WHERE id = $1', [
        await build.reply(sam, threads[2]),
        staffAt,
      ]);
      await server.sql('UPDATE threads SET first_staff_reply_at = $2 WHERE id = $1', [
        threads[2].id,
        staffAt,
      ]);
      await server.get(GrowthRollupService).rebuild();
      const range = { from: at(H, '00:00'), to: at('2026-02-05', '00:00') };
      // 8 posts by 6 people: two each by people[1] and people[2], one by everyone else.
      const figures = {
        newMembers: 5,
        joinToFirstPostRate: 1,
        repliedWithin24hShare: 0.2,
        staffCoverage: 0.2,
        topThreePostersShare: 5 / 8,
      };
      expect((await health(board.slug, founder.token, range)).data?.board.health).toEqual(figures);
      expect((await health(board.slug, admin.token, range)).data?.board.health).toEqual(figures);
      // The growth report is unchanged for January.
      expect((await report()).totals).toEqual(TOTALS);

      const stranger = await health(board.slug, alice.token, range);
      expect(stranger.data?.board).toEqual({ slug: board.slug, health: null });
      expect(stranger.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
      const member = await health(board.slug, people[1].token, range);
      expect(member.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
      const anonymous = await health(board.slug, undefined, range);
      expect(anonymous.data?.board).toEqual({ slug: board.slug, health: null });
      expect(anonymous.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    });
  });
});
