/**
 * The shape of a demo community, decided before anything is written: who signs up when, who
 * creates which board, who joins, who starts threads and who answers. Deterministic for a seed.
 */

const DAY_MS = 24 * 3600 * 1000;

export interface SeedOptions {
  members: number;
  days: number;
  /** Randomness seed, so the same options give the same community. */
  seed: number;
  /** The end of the seeded period (the newest activity is a little before it). */
  now: Date;
}

export interface PlannedPerson {
  index: number;
  handle: string;
  displayName: string;
  staff: boolean;
  at: Date;
  /** Relative activity weight: a few people post a lot, most a little. */
  weight: number;
}

export type PlannedEvent =
  | { kind: 'board'; at: Date; board: number; creator: number; name: string; description: string }
  | { kind: 'join'; at: Date; board: number; person: number }
  | {
      kind: 'thread';
      at: Date;
      thread: number;
      board: number;
      author: number;
      title: string;
      body: string;
    }
  | { kind: 'reply'; at: Date; thread: number; post: number; author: number; body: string }
  | { kind: 'accept'; at: Date; thread: number; post: number };

export interface SeedPlan {
  people: PlannedPerson[];
  events: PlannedEvent[];
  boards: number;
  threads: number;
  posts: number;
}

const FIRST = [
  'Ada',
  'Ben',
  'Chloé',
  'Dev',
  'Emma',
  'Farid',
  'Grace',
  'Hugo',
  'Ines',
  'Jon',
  'Kai',
  'Lena',
  'Mina',
  'Noah',
  'Olu',
  'Priya',
  'Quinn',
  'Rosa',
  'Sami',
  'Tara',
  'Uma',
  'Victor',
  'Wen',
  'Yara',
  'Zoe',
];
const LAST = [
  'Abe',
  'Berg',
  'Costa',
  'Diallo',
  'Evans',
  'Fischer',
  'Garcia',
  'Haddad',
  'Ito',
  'Jensen',
  'Kowalski',
  'Larsen',
  'Moreau',
  'Nakamura',
  'Okafor',
  'Patel',
  'Rossi',
  'Silva',
  'Tanaka',
  'Weber',
];
const TOPICS = [
  'Home espresso',
  'Trail running',
  'Making friends in a new city',
  'Budget travel',
  'Sourdough',
  'Indoor plants',
  'Woodworking',
  'Board games night',
  'Learning Spanish',
  'Photography basics',
  'Retro consoles',
  'Parenting teens',
  'Cycling to work',
  'Vegan cooking',
  'Home automation',
  'Birdwatching',
  'Knitting circle',
  'Jazz records',
  'Small business owners',
  'Climbing',
];
const OFFICIAL = ['Announcements', 'Product help', 'Feature requests', 'Billing questions'];
const ASKS = [
  'How do I get started with',
  'What is your favourite tip for',
  'Struggling with',
  'Anyone here tried',
  'Looking for advice on',
  'Show us your setup for',
  'Beginner question about',
];
const REPLIES = [
  'Same here! What helped me was starting small.',
  'I had this too. Try the approach from the pinned thread.',
  'Great question, following.',
  'This worked for me last month, happy to share details.',
  'Have you checked the settings page? It is hidden under advanced.',
  'Welcome! We meet every Thursday, come along.',
];

/** mulberry32: small, fast, good enough for demo data. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function planCommunity(options: SeedOptions): SeedPlan {
  const rand = random(options.seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)];
  const end = options.now.getTime() - 60 * 60 * 1000;
  const start = end - options.days * DAY_MS;
  const timeAfter = (from: number, within = DAY_MS * 3) =>
    Math.min(end, from + Math.floor(rand() * within) + 60 * 1000);

  const staffCount = Math.max(2, Math.round(options.members / 40));
  const people: PlannedPerson[] = [];
  for (let index = 0; index < options.members + staffCount; index += 1) {
    const staff = index < staffCount;
    // Staff and a founding fifth are there from the start; the rest arrive over the period.
    const at = staff || index < options.members / 5 ? start : start + rand() * (end - start) * 0.9;
    const first = pick(FIRST);
    people.push({
      index,
      handle: `${staff ? 'staff' : 'm'}${index}_${first.toLowerCase().replace(/[^a-z]/g, '')}`,
      displayName: `${first} ${pick(LAST)}`,
      staff,
      at: new Date(at),
      // Pareto-like: a few very active people, most occasional.
      weight: staff ? 2 : 1 / Math.pow(rand() + 0.05, 1.2),
    });
  }
  const members = people.filter((person) => !person.staff);
  const events: PlannedEvent[] = [];
  const boardCreatedAt: number[] = [];
  const boardMembers: Set<number>[] = [];
  const addBoard = (creator: PlannedPerson, at: number, name: string, description: string) => {
    const board = boardCreatedAt.length;
    boardCreatedAt.push(at);
    boardMembers.push(new Set([creator.index]));
    events.push({
      kind: 'board',
      at: new Date(at),
      board,
      creator: creator.index,
      name,
      description,
    });
  };
  OFFICIAL.slice(0, Math.min(OFFICIAL.length, 1 + Math.floor(staffCount / 2) + 1)).forEach(
    (name, index) =>
      addBoard(
        people[index % staffCount],
        start + 60_000 * (index + 1),
        name,
        `${name}, from the team.`,
      ),
  );
  // Members create boards over time; later boards get a number so names stay unique.
  const memberBoards = Math.max(3, Math.round(options.members / 12));
  for (let count = 0; count < memberBoards; count += 1) {
    const creator = pick(members);
    const topic = TOPICS[count % TOPICS.length];
    const name =
      count < TOPICS.length ? topic : `${topic} ${Math.floor(count / TOPICS.length) + 1}`;
    addBoard(
      creator,
      timeAfter(creator.at.getTime(), (end - creator.at.getTime()) * 0.8),
      name,
      `A place for ${topic.toLowerCase()}.`,
    );
  }
  const boardsOpenAt = (at: number) =>
    boardCreatedAt
      .map((created, board) => ({ created, board }))
      .filter((entry) => entry.created <= at);

  for (const person of people) {
    const open = boardsOpenAt(end);
    const joins = 1 + Math.floor(rand() * 3);
    for (let count = 0; count < joins && open.length > 0; count += 1) {
      const { board, created } = pick(open);
      if (boardMembers[board].has(person.index)) continue;
      boardMembers[board].add(person.index);
      events.push({
        kind: 'join',
        at: new Date(timeAfter(Math.max(created, person.at.getTime()))),
        board,
        person: person.index,
      });
    }
  }

  const totalWeight = members.reduce((sum, person) => sum + person.weight, 0);
  const threadCount = Math.max(5, Math.round(options.members * 0.8));
  let threads = 0;
  let posts = 0;
  for (let count = 0; count < threadCount; count += 1) {
    let roll = rand() * totalWeight;
    const author = members.find((person) => (roll -= person.weight) <= 0) ?? members[0];
    const at = timeAfter(author.at.getTime(), end - author.at.getTime());
    const open = boardsOpenAt(at);
    if (open.length === 0) continue;
    const { board } = pick(open);
    const thread = threads;
    threads += 1;
    posts += 1;
    const topic = pick(TOPICS).toLowerCase();
    events.push({
      kind: 'thread',
      at: new Date(at),
      thread,
      board,
      author: author.index,
      title: `${pick(ASKS)} ${topic}?`,
      body: `I have been getting into ${topic} and would love to hear how you all do it.`,
    });
    // About one thread in seven stays unanswered; the rest draw a few replies.
    if (rand() < 0.15) continue;
    const replies = 1 + Math.floor(rand() * rand() * 8);
    let replyAt = at;
    const replyIds: number[] = [];
    for (let reply = 0; reply < replies; reply += 1) {
      replyAt = timeAfter(replyAt, reply === 0 ? 6 * 3600 * 1000 : DAY_MS);
      const candidates = people.filter((person) => person.at.getTime() <= replyAt);
      const staffTurn = rand() < 0.12;
      const pool = candidates.filter((person) => person.staff === staffTurn);
      const replier = pick(pool.length > 0 ? pool : candidates);
      const mention = rand() < 0.25 ? `@${author.handle} ` : '';
      events.push({
        kind: 'reply',
        at: new Date(replyAt),
        thread,
        post: posts,
        author: replier.index,
        body: `${mention}${pick(REPLIES)}`,
      });
      if (replier.index !== author.index) replyIds.push(posts);
      posts += 1;
    }
    if (replyIds.length > 0 && rand() < 0.4) {
      events.push({
        kind: 'accept',
        at: new Date(timeAfter(replyAt, 3600 * 1000)),
        thread,
        post: pick(replyIds),
      });
    }
  }
  events.sort((a, b) => a.at.getTime() - b.at.getTime());
  return { people, events, boards: boardCreatedAt.length, threads, posts };
}
