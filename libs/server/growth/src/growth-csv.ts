import type { GrowthPoint } from './growth-report.model';

/** CSV columns, in order: the GrowthPoint fields, named as in GraphQL. */
export const GROWTH_CSV_COLUMNS: ReadonlyArray<keyof GrowthPoint> = [
  'start',
  'end',
  'newMembers',
  'activeMembers',
  'newBoards',
  'memberCreatedBoards',
  'threads',
  'posts',
  'memberToMemberReplies',
  'staffReplies',
  'unansweredThreads',
  'medianFirstResponseMinutes',
  'medianFirstStaffReplyMinutes',
  'memberBoardPostShare',
  'memberAnswerShare',
];

function cell(value: GrowthPoint[keyof GrowthPoint]): string {
  if (value === null) return '';
  if (value instanceof Date) return value.toISOString();
  return String(value);
}

/** A header row, then one row per bucket; a null figure is an empty cell. */
export function growthCsv(points: GrowthPoint[]): string {
  const lines = [GROWTH_CSV_COLUMNS.join(',')];
  for (const point of points) {
    lines.push(GROWTH_CSV_COLUMNS.map((column) => cell(point[column])).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
