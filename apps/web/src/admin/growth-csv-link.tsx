import { useMutation } from '../api/use-mutation';
import { ErrorNotice } from '../components/error-notice';
import type { GrowthRange } from './use-growth-report';

export function growthCsvUrl(range: GrowthRange): string {
  const params = new URLSearchParams({ from: range.from, to: range.to, interval: range.interval });
  return `/admin/growth.csv?${params.toString()}`;
}

/** Hands fetched bytes to the browser as a download, then frees them. */
function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

/**
 * The report's buckets as CSV. Fetched rather than linked: the session cookie is accepted only
 * with the `x-csrf-protection` header, which a plain link cannot send.
 */
export function GrowthCsvLink({ range }: { range: GrowthRange }) {
  const download = useMutation(async () => {
    const response = await fetch(growthCsvUrl(range), {
      credentials: 'include',
      headers: { 'x-csrf-protection': '1', accept: 'text/csv' },
    });
    if (!response.ok) throw new Error(`The CSV could not be made (HTTP ${response.status}).`);
    saveFile(await response.blob(), `boardwalk-growth-${range.from.slice(0, 10)}.csv`);
  });
  return (
    <div className="growth-csv">
      <a
        href={growthCsvUrl(range)}
        download
        onClick={(event) => {
          event.preventDefault();
          void download.run();
        }}
        aria-disabled={download.pending}
      >
        {download.pending ? 'Preparing CSV…' : 'Download CSV'}
      </a>
      <ErrorNotice message={download.error} />
    </div>
  );
}
