import {
  AccountRateLimits,
  AccountsService,
  StaffDomainsService,
} from '@boardwalk/server-accounts';
import { BoardsService } from '@boardwalk/server-boards';
import { ConversationsService, PostingRateLimits } from '@boardwalk/server-conversations';
import { DomainError, MailerService, RateLimiterService, Viewer } from '@boardwalk/server-core';
import { GrowthRollupService } from '@boardwalk/server-growth';
import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { PlannedPerson, SeedPlan } from './plan';

export const SEED_MEMBER_DOMAIN = 'members.boardwalk.demo';
export const SEED_STAFF_DOMAIN = 'staff.boardwalk.demo';
export const SEED_PASSWORD = 'boardwalk-demo-password';
const SEED_META = { ip: 'seed', userAgent: 'boardwalk-seed' };

const STAGES = {
  board: 'boards',
  join: 'joins',
  thread: 'threads',
  reply: 'replies',
  accept: 'accepted answers',
} as const;

export type SeedProgress = (done: number, total: number, stage: string) => void;

export interface SeedSummary {
  people: number;
  staff: number;
  boards: number;
  threads: number;
  posts: number;
  acceptedAnswers: number;
}

/**
 * Writes a planned community through the services, as people would through the API, then moves
 * each new row to its planned time with SQL (services stamp the present). The seed owns that
 * backdating, and so rebuilds the growth rollups at the end. It acts as the administrator of a
 * fresh install: it adds the demo staff domain, forgets the rate-limit budget it spent (with the
 * limiter's own reset) and verifies the demo addresses from the links the mailer was given
 * instead of mailing them.
 */
export async function seedCommunity(
  app: INestApplication,
  plan: SeedPlan,
  progress: SeedProgress = () => undefined,
): Promise<SeedSummary> {
  const accounts = app.get(AccountsService);
  const boards = app.get(BoardsService);
  const conversations = app.get(ConversationsService);
  const rateLimiter = app.get(RateLimiterService);
  const dataSource = app.get(DataSource);
  const sql = (query: string, parameters: unknown[]) => dataSource.query(query, parameters);

  const admin: Viewer = {
    userId: '00000000-0000-4000-8000-000000000000',
    sessionId: 'seed',
    handle: 'seed',
    displayName: 'Seed',
    emailVerified: true,
    isStaff: false,
    isAdmin: true,
    createdAt: new Date(),
  };
  const staffDomains = app.get(StaffDomainsService);
  const domains = await staffDomains.list(admin);
  if (!domains.includes(SEED_STAFF_DOMAIN)) {
    await staffDomains.set(admin, [...domains, SEED_STAFF_DOMAIN]);
  }

  const mailer = app.get(MailerService);
  const links = new Map<string, string>();
  const send = mailer.send.bind(mailer);
  mailer.send = async (message) => {
    if (message.link) links.set(message.to, message.link);
  };
  const total = plan.people.length + plan.events.length;
  let done = 0;
  const viewers: Viewer[] = [];
  const boardIds: Array<string | null> = [];
  const threadIds = new Map<number, string>();
  const threadAuthors = new Map<number, number>();
  const postIds = new Map<number, string>();
  let acceptedAnswers = 0;
  try {
    for (const person of plan.people) {
      viewers[person.index] = await signUp(person);
      progress((done += 1), total, 'people');
    }
    for (const event of plan.events) {
      const at = event.at;
      switch (event.kind) {
        case 'board': {
          const viewer = viewers[event.creator];
          try {
            const board = await boards.create(viewer, {
              name: event.name,
              description: event.description,
            });
            boardIds[event.board] = board.id;
            await sql('UPDATE boards SET created_at = $2, last_activity_at = $2 WHERE id = $1', [
              board.id,
              at,
            ]);
            await sql(
              'UPDATE board_members SET joined_at = $2, last_active_at = $2 WHERE board_id = $1',
              [board.id, at],
            );
          } catch (error) {
            // The daily board limit applies to the seed's recent days too; skip that board.
            if (!(error instanceof DomainError && error.code === 'RATE_LIMITED')) throw error;
            boardIds[event.board] = null;
          }
          break;
        }
        case 'join': {
          const boardId = boardIds[event.board];
          if (!boardId) break;
          await boards.join(viewers[event.person], boardId);
          await sql(
            'UPDATE board_members SET joined_at = $3, last_active_at = $3 WHERE board_id = $1 AND user_id = $2',
            [boardId, viewers[event.person].userId, at],
          );
          break;
        }
        case 'thread': {
          const boardId = boardIds[event.board];
          if (!boardId) break;
          const viewer = viewers[event.author];
          await forgetPostingBudget(viewer);
          const thread = await conversations.startThread(viewer, {
            boardId,
            title: event.title,
            body: event.body,
          });
          threadIds.set(event.thread, thread.id);
          threadAuthors.set(event.thread, event.author);
          await sql('UPDATE threads SET created_at = $2, last_activity_at = $2 WHERE id = $1', [
            thread.id,
            at,
          ]);
          await sql('UPDATE posts SET created_at = $2 WHERE thread_id = $1', [thread.id, at]);
          break;
        }
        case 'reply': {
          const threadId = threadIds.get(event.thread);
          if (!threadId) break;
          const viewer = viewers[event.author];
          await forgetPostingBudget(viewer);
          const post = await conversations.reply(viewer, { threadId, body: event.body });
          postIds.set(event.post, post.id);
          await sql('UPDATE posts SET created_at = $2 WHERE id = $1', [post.id, at]);
          await sql('UPDATE threads SET last_activity_at = $2 WHERE id = $1', [threadId, at]);
          break;
        }
        case 'accept': {
          const postId = postIds.get(event.post);
          const author = threadAuthors.get(event.thread);
          if (!postId || author === undefined) break;
          await conversations.acceptAnswer(viewers[author], postId);
          acceptedAnswers += 1;
          break;
        }
      }
      progress((done += 1), total, STAGES[event.kind]);
    }
  } finally {
    mailer.send = send;
  }
  // Derived times the services stamped with the present, brought in line with the backdating.
  await sql(
    `UPDATE threads t SET first_staff_reply_at = (
       SELECT min(p.created_at) FROM posts p JOIN users u ON u.id = p.author_id
        WHERE p.thread_id = t.id AND NOT p.opening AND u.is_staff)`,
    [],
  );
  await sql(
    `UPDATE boards b SET last_activity_at = greatest(b.created_at,
       coalesce((SELECT max(created_at) FROM posts p WHERE p.board_id = b.id), b.created_at))`,
    [],
  );
  await sql(
    `UPDATE board_contributors c SET last_posted_at = (
       SELECT max(created_at) FROM posts p WHERE p.board_id = c.board_id AND p.author_id = c.user_id)`,
    [],
  );
  progress(total, total, 'growth rollups');
  await app.get(GrowthRollupService).rebuild();
  const created = await sql(
    `SELECT (SELECT count(*) FROM threads) AS threads, (SELECT count(*) FROM posts) AS posts`,
    [],
  );
  return {
    people: plan.people.length,
    staff: plan.people.filter((person) => person.staff).length,
    boards: boardIds.filter((id) => id).length,
    threads: Number(created[0].threads),
    posts: Number(created[0].posts),
    acceptedAnswers,
  };

  async function signUp(person: PlannedPerson): Promise<Viewer> {
    const email = `${person.handle}@${person.staff ? SEED_STAFF_DOMAIN : SEED_MEMBER_DOMAIN}`;
    await rateLimiter.reset(AccountRateLimits.signUpPerIp, SEED_META.ip);
    const result = await accounts.signUp(
      { email, password: SEED_PASSWORD, handle: person.handle, displayName: person.displayName },
      SEED_META,
    );
    const link = links.get(email);
    const token = link ? new URL(link).searchParams.get('token') : null;
    if (!token) throw new Error(`No verification link was mailed to ${email}`);
    const user = await accounts.verifyEmail(token);
    await sql(
      `UPDATE users SET created_at = $2, email_verified_at = $2,
              staff_verified_at = CASE WHEN is_staff THEN $2::timestamptz ELSE NULL END
        WHERE id = $1`,
      [user.id, person.at],
    );
    return { ...result.viewer, emailVerified: true, isStaff: user.isStaff, createdAt: person.at };
  }

  async function forgetPostingBudget(viewer: Viewer): Promise<void> {
    await rateLimiter.reset(PostingRateLimits.perUser, viewer.userId);
    await rateLimiter.reset(PostingRateLimits.perNewUser, viewer.userId);
  }
}
