import { Link } from 'react-router-dom';
import type { BoardGrowth, GrowthInterval, GrowthPoint } from './use-growth-report';

function count(value: number | null): string {
  return value === null ? '—' : value.toLocaleString('en');
}

function share(value: number | null): string {
  return value === null ? '—' : `${Math.round(value * 100)}%`;
}

function minutes(value: number | null): string {
  return value === null ? '—' : `${Math.round(value)} min`;
}

const ROWS: Array<{ label: string; show: (point: GrowthPoint) => string }> = [
  { label: 'Active members', show: (p) => count(p.activeMembers) },
  { label: 'New members', show: (p) => count(p.newMembers) },
  { label: 'Member-to-member replies', show: (p) => count(p.memberToMemberReplies) },
  { label: 'Staff replies', show: (p) => count(p.staffReplies) },
  { label: 'Threads', show: (p) => count(p.threads) },
  { label: 'Unanswered threads', show: (p) => count(p.unansweredThreads) },
  { label: 'Median first response', show: (p) => minutes(p.medianFirstResponseMinutes) },
  { label: 'Median first staff reply', show: (p) => minutes(p.medianFirstStaffReplyMinutes) },
  { label: 'Posts in member-created boards', show: (p) => share(p.memberBoardPostShare) },
  { label: 'Answers accepted from members', show: (p) => share(p.memberAnswerShare) },
  { label: 'New boards (by members)', show: (p) => `${p.newBoards} (${p.memberCreatedBoards})` },
];

/** The range's totals as a table: the figures behind the chart, readable without it. */
export function GrowthTotals({ totals }: { totals: GrowthPoint }) {
  return (
    <table className="figures">
      <caption>Totals for the range (— when drawn from too few people)</caption>
      <tbody>
        {ROWS.map((row) => (
          <tr key={row.label}>
            <th scope="row">{row.label}</th>
            <td>{row.show(totals)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const PERIOD: Record<GrowthInterval, { name: string; heading: string }> = {
  DAY: { name: 'day', heading: 'Day' },
  WEEK: { name: 'week', heading: 'Week of' },
  MONTH: { name: 'month', heading: 'Month of' },
};

/** The series the growth chart draws, with the few counts that explain them. */
const POINT_COLUMNS: Array<{ label: string; show: (point: GrowthPoint) => string }> = [
  { label: 'Active members', show: (p) => count(p.activeMembers) },
  { label: 'Member-to-member replies', show: (p) => count(p.memberToMemberReplies) },
  { label: 'Staff replies', show: (p) => count(p.staffReplies) },
  { label: 'Unanswered threads', show: (p) => count(p.unansweredThreads) },
  { label: 'New members', show: (p) => count(p.newMembers) },
  { label: 'Threads', show: (p) => count(p.threads) },
  { label: 'Posts', show: (p) => count(p.posts) },
];

/**
 * The chart's figures for each day, week or month, as a table: the text alternative of the
 * chart, folded away in a <details> so sighted readers keep the chart as the headline.
 */
export function GrowthPointsTable({
  points,
  interval,
}: {
  points: GrowthPoint[];
  interval: GrowthInterval;
}) {
  const period = PERIOD[interval];
  return (
    <details className="growth-points">
      <summary>The chart's figures by {period.name}</summary>
      <div className="growth-points__scroll">
        <table className="figures">
          <caption>Chart figures by {period.name}</caption>
          <thead>
            <tr>
              <th scope="col">{period.heading}</th>
              {POINT_COLUMNS.map((column) => (
                <th scope="col" key={column.label}>
                  {column.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {points.map((point) => (
              <tr key={point.start}>
                <th scope="row">{point.start.slice(0, 10)}</th>
                {POINT_COLUMNS.map((column) => (
                  <td key={column.label}>{column.show(point)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

export function TopBoards({ boards }: { boards: BoardGrowth[] }) {
  if (boards.length === 0) return <p className="muted">No board had posts in this range.</p>;
  return (
    <table className="figures">
      <caption>Most active boards</caption>
      <thead>
        <tr>
          <th scope="col">Board</th>
          <th scope="col">Posts</th>
          <th scope="col">Active members</th>
          <th scope="col">New members</th>
          <th scope="col">Staff coverage</th>
        </tr>
      </thead>
      <tbody>
        {boards.map((row) => (
          <tr key={row.board.id}>
            <th scope="row">
              <Link to={`/b/${row.board.slug}`}>{row.board.name}</Link>
            </th>
            <td>{count(row.posts)}</td>
            <td>{count(row.activeMembers)}</td>
            <td>{count(row.newMembers)}</td>
            <td>{share(row.staffCoverage)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
