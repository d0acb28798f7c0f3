import type { DataSource } from 'typeorm';
import { addDays, utcDay } from './growth-days';
import { GrowthInterval, growthRange } from './growth-range';
import { buildGrowthReport } from './growth-report';
import type { GrowthReport } from './growth-report.model';

export interface GrowthReportTiming {
  /** Milliseconds of each run, in order (the first may include cold caches). */
  runsMs: number[];
  medianMs: number;
  report: GrowthReport;
}

/**
 * Times the growth report of the `days` days up to today, as an admin would ask for it, on
 * rollups that are already current (the rollup job's own cost is timed apart).
 */
export async function timeGrowthReport(
  dataSource: DataSource,
  options: { days?: number; interval?: GrowthInterval; runs?: number; now?: Date } = {},
): Promise<GrowthReportTiming> {
  const today = utcDay(options.now ?? new Date());
  const range = growthRange(
    new Date(`${addDays(today, 1 - (options.days ?? 90))}T00:00:00.000Z`),
    new Date(`${addDays(today, 1)}T00:00:00.000Z`),
    options.interval ?? GrowthInterval.DAY,
  );
  const runsMs: number[] = [];
  let report: GrowthReport | null = null;
  for (let run = 0; run < (options.runs ?? 5); run += 1) {
    const startedAt = performance.now();
    report = await buildGrowthReport(dataSource, range);
    runsMs.push(performance.now() - startedAt);
  }
  const sorted = [...runsMs].sort((a, b) => a - b);
  return {
    runsMs,
    medianMs: sorted[Math.floor(sorted.length / 2)],
    report: report as GrowthReport,
  };
}
