import { useState } from 'react';
import type { FormEvent } from 'react';
import type { GrowthInterval, GrowthRange } from './use-growth-report';

/** yyyy-mm-dd of an ISO time, for a date input. */
function dateOnly(iso: string): string {
  return iso.slice(0, 10);
}

/** The last 30 days by day: the range the report opens with. */
export function defaultGrowthRange(now = new Date()): GrowthRange {
  const to = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1));
  const from = new Date(to.getTime() - 30 * 24 * 3600 * 1000);
  return { from: from.toISOString(), to: to.toISOString(), interval: 'DAY' };
}

const INTERVALS: Array<{ value: GrowthInterval; label: string }> = [
  { value: 'DAY', label: 'Day' },
  { value: 'WEEK', label: 'Week' },
  { value: 'MONTH', label: 'Month' },
];

export function GrowthRangeForm({
  range,
  onChange,
}: {
  range: GrowthRange;
  onChange: (range: GrowthRange) => void;
}) {
  const [from, setFrom] = useState(dateOnly(range.from));
  const [to, setTo] = useState(dateOnly(range.to));
  const [interval, setIntervalChoice] = useState<GrowthInterval>(range.interval);
  const [problem, setProblem] = useState<string | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!from || !to || from >= to) {
      setProblem('Choose a start date before the end date.');
      return;
    }
    setProblem(null);
    onChange({
      from: new Date(`${from}T00:00:00Z`).toISOString(),
      to: new Date(`${to}T00:00:00Z`).toISOString(),
      interval,
    });
  }

  return (
    <form className="growth-range" onSubmit={submit} aria-label="Report range">
      <div className="field">
        <label htmlFor="growth-from">From</label>
        <input
          id="growth-from"
          type="date"
          value={from}
          onChange={(event) => setFrom(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="growth-to">To (not included)</label>
        <input
          id="growth-to"
          type="date"
          value={to}
          onChange={(event) => setTo(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="growth-interval">By</label>
        <select
          id="growth-interval"
          value={interval}
          onChange={(event) => setIntervalChoice(event.target.value as GrowthInterval)}
        >
          {INTERVALS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      <button className="button" type="submit">
        Show report
      </button>
      {problem ? (
        <p className="field__error" role="alert">
          {problem}
        </p>
      ) : null}
    </form>
  );
}
