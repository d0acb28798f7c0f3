import { useMutation } from '../api/use-mutation';

/**
 * Downloads `/me/export`. It is fetched rather than linked because the session cookie only counts
 * on requests that carry the CSRF header, which a plain link cannot send.
 */
async function downloadExport(): Promise<void> {
  const response = await fetch('/me/export', {
    credentials: 'include',
    headers: { 'x-csrf-protection': '1' },
  });
  if (!response.ok) throw new Error(`The export failed (${response.status}). Please try again.`);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = 'boardwalk-export.json';
  link.click();
  URL.revokeObjectURL(url);
}

export function DataExport() {
  const download = useMutation(downloadExport);
  return (
    <section className="panel" aria-labelledby="export-heading">
      <h2 id="export-heading">Your data</h2>
      <p className="muted">Everything Boardwalk stores about you, as one JSON file.</p>
      {download.error ? (
        <p className="notice notice--error" role="alert">
          {download.error}
        </p>
      ) : null}
      <button
        className="button button--quiet"
        type="button"
        disabled={download.pending}
        onClick={() => void download.run()}
      >
        Download my data
      </button>
    </section>
  );
}
