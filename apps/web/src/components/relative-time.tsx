const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

const format = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

/** "3 hours ago", with the exact time in the `dateTime` attribute and the tooltip. */
export function RelativeTime({ iso }: { iso: string }) {
  const date = new Date(iso);
  const seconds = (date.getTime() - Date.now()) / 1000;
  const [unit, size] = UNITS.find(([, length]) => Math.abs(seconds) >= length) ?? ['second', 1];
  const label = unit === 'second' ? 'just now' : format.format(Math.round(seconds / size), unit);
  return (
    <time dateTime={iso} title={date.toLocaleString()}>
      {label}
    </time>
  );
}
