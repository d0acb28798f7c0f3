export interface ResultRow {
  scenario: string;
  metric: string;
  unit: string;
  boardwalk: number | null;
  baseline: number | null;
  /** What the baseline column is, when it is not the scenario's usual baseline. */
  baselineLabel?: string;
}

export function ratio(row: ResultRow): number | null {
  if (row.boardwalk === null || row.baseline === null || row.baseline === 0) return null;
  return row.boardwalk / row.baseline;
}

export function formatNumber(value: number | null, unit: string): string {
  if (value === null || Number.isNaN(value)) return '—';
  if (unit === '%') return `${value.toFixed(value === 100 ? 0 : 2)}`;
  if (Math.abs(value) >= 1000) return Math.round(value).toLocaleString('en-US');
  if (Math.abs(value) >= 100) return value.toFixed(0);
  if (Math.abs(value) >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

function cells(row: ResultRow): string[] {
  const r = ratio(row);
  return [
    row.scenario,
    `${row.metric}${row.unit ? ` (${row.unit})` : ''}`,
    formatNumber(row.boardwalk, row.unit),
    formatNumber(row.baseline, row.unit),
    r === null ? '—' : `${r.toFixed(2)}×`,
  ];
}

const HEADER = ['scenario', 'metric', 'Boardwalk', 'baseline', 'ratio'];

/** A plain-text table for the terminal. */
export function textTable(rows: ResultRow[]): string {
  const body = rows.map(cells);
  const widths = HEADER.map((title, column) =>
    Math.max(title.length, ...body.map((line) => line[column].length)),
  );
  const line = (values: string[]) =>
    values
      .map((value, column) =>
        column >= 2 ? value.padStart(widths[column]) : value.padEnd(widths[column]),
      )
      .join('  ');
  return [
    line(HEADER),
    widths.map((width) => '-'.repeat(width)).join('  '),
    ...body.map(line),
  ].join('\n');
}

/** The same table in Markdown. */
export function markdownTable(rows: ResultRow[]): string {
  const line = (values: string[]) => `| ${values.join(' | ')} |`;
  return [
    line(HEADER),
    line(HEADER.map((_, column) => (column >= 2 ? '---:' : '---'))),
    ...rows.map((row) => line(cells(row))),
  ].join('\n');
}
