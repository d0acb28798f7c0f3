import { badInput } from '@boardwalk/server-core';
import { addDays, daysBetween, utcDay } from './growth-days';

export enum GrowthInterval {
  DAY = 'DAY',
  WEEK = 'WEEK',
  MONTH = 'MONTH',
}

/** Longest range a report covers: two years and a leap day. */
export const MAX_RANGE_DAYS = 731;

/** A report's range in whole UTC days: `from` inclusive, `to` exclusive. */
export interface GrowthRange {
  from: string;
  to: string;
  interval: GrowthInterval;
}

export interface GrowthBucket {
  start: string;
  end: string;
}

/**
 * Rollups are daily, so a range is widened to whole UTC days (`from` down to its midnight, `to`
 * up to the next one). Empty, reversed or over-long ranges are refused.
 */
export function growthRange(
  from: Date,
  to: Date,
  interval: GrowthInterval = GrowthInterval.DAY,
): GrowthRange {
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime())) {
    throw badInput('from and to must be valid times.', { field: 'range' });
  }
  if (from.getTime() >= to.getTime()) {
    throw badInput('from must be before to.', { field: 'range' });
  }
  const fromDay = utcDay(from);
  const lastDay = utcDay(new Date(to.getTime() - 1));
  const toDay = addDays(lastDay, 1);
  if (daysBetween(fromDay, toDay) > MAX_RANGE_DAYS) {
    throw badInput(`A report covers at most ${MAX_RANGE_DAYS} days.`, { field: 'range' });
  }
  return { from: fromDay, to: toDay, interval };
}

/** The start of the bucket holding `day`: the day itself, its ISO week (Monday) or its month. */
export function bucketOf(day: string, interval: GrowthInterval): string {
  if (interval === GrowthInterval.DAY) return day;
  if (interval === GrowthInterval.MONTH) return `${day.slice(0, 8)}01`;
  const weekday = (new Date(`${day}T00:00:00.000Z`).getUTCDay() + 6) % 7;
  return addDays(day, -weekday);
}

/** The buckets of a range; the first and last are cut to the range. */
export function growthBuckets(range: GrowthRange): GrowthBucket[] {
  const buckets: GrowthBucket[] = [];
  let start = range.from;
  while (start < range.to) {
    let end = addDays(start, 1);
    while (end < range.to && bucketOf(end, range.interval) !== end) end = addDays(end, 1);
    buckets.push({ start, end });
    start = end;
  }
  return buckets;
}

/** SQL for the bucket start of a `date` column, matching bucketOf() cut to the range start. */
export function bucketSql(column: string, interval: GrowthInterval, fromParam: string): string {
  if (interval === GrowthInterval.DAY) return column;
  const unit = interval === GrowthInterval.WEEK ? 'week' : 'month';
  return `greatest(date_trunc('${unit}', ${column}::timestamp)::date, ${fromParam}::date)`;
}
