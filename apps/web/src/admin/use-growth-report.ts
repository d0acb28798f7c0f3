import { GraphqlRequestError, TypedDocumentString } from '@boardwalk/client';
import { useQuery } from '../api/use-query';

/*
 * The growth report, written against the contract in DESIGN.md (`growth(range)`,
 * `GrowthReport`, `GrowthPoint`, `BoardGrowth`). The growth API is not in schema.gql yet, so this
 * query is kept out of codegen (which would fail on an unknown field) and typed here by hand.
 * Once `growth` is in the schema, move the query text to
 * libs/client/src/graphql/operations/growth.graphql, run `npm run codegen`, and import the
 * generated GrowthReportDocument here instead; the page does not change.
 */

export type GrowthInterval = 'DAY' | 'WEEK' | 'MONTH';

export interface GrowthRange {
  from: string;
  to: string;
  interval: GrowthInterval;
}

export interface GrowthPoint {
  start: string;
  newMembers: number;
  activeMembers: number;
  newBoards: number;
  memberCreatedBoards: number;
  threads: number;
  posts: number;
  memberToMemberReplies: number;
  staffReplies: number;
  unansweredThreads: number;
  medianFirstResponseMinutes: number | null;
  medianFirstStaffReplyMinutes: number | null;
  memberBoardPostShare: number | null;
  memberAnswerShare: number | null;
}

export interface BoardGrowth {
  board: { id: string; slug: string; name: string };
  posts: number;
  activeMembers: number;
  newMembers: number;
  staffCoverage: number | null;
}

export interface GrowthReport {
  from: string;
  to: string;
  interval: GrowthInterval;
  points: GrowthPoint[];
  totals: GrowthPoint;
  topBoards: BoardGrowth[];
}

const POINT_FIELDS = `
  start newMembers activeMembers newBoards memberCreatedBoards threads posts
  memberToMemberReplies staffReplies unansweredThreads medianFirstResponseMinutes
  medianFirstStaffReplyMinutes memberBoardPostShare memberAnswerShare`;

export const GrowthReportQueryText = `query GrowthReport($range: GrowthRangeInput!) {
  growth(range: $range) {
    from
    to
    interval
    points { ${POINT_FIELDS} }
    totals { ${POINT_FIELDS} }
    topBoards { board { id slug name } posts activeMembers newMembers staffCoverage }
  }
}`;

const GrowthReportDocument = new TypedDocumentString<
  { growth: GrowthReport },
  { range: GrowthRange }
>(GrowthReportQueryText);

/** True when the server answers that it has no `growth` field: an API older than reports. */
export function isGrowthApiMissing(error: unknown): boolean {
  return (
    error instanceof GraphqlRequestError &&
    error.errors.some((entry) => /Cannot query field "growth"/.test(entry.message))
  );
}

export function useGrowthReport(range: GrowthRange) {
  const query = useQuery(GrowthReportDocument, { range });
  return { ...query, apiMissing: isGrowthApiMissing(query.error) };
}
