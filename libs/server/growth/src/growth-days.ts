/** UTC calendar days as `YYYY-MM-DD` strings, the keys of every growth rollup. */

const DAY_MS = 24 * 3600 * 1000;

export function utcDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}

export function dayStart(day: string): Date {
  return new Date(`${day}T00:00:00.000Z`);
}

export function addDays(day: string, days: number): string {
  return utcDay(new Date(dayStart(day).getTime() + days * DAY_MS));
}

export function daysBetween(from: string, to: string): number {
  return Math.round((dayStart(to).getTime() - dayStart(from).getTime()) / DAY_MS);
}
