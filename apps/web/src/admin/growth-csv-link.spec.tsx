import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GrowthCsvLink, growthCsvUrl } from './growth-csv-link';

const range = {
  from: '2026-10-01T00:00:00.000Z',
  to: '2026-11-01T00:00:00.000Z',
  interval: 'WEEK' as const,
};

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('GrowthCsvLink', () => {
  it('puts the range in the CSV address', () => {
    expect(growthCsvUrl(range)).toBe(
      '/admin/growth.csv?from=2026-10-01T00%3A00%3A00.000Z&to=2026-11-01T00%3A00%3A00.000Z&interval=WEEK',
    );
  });

  it('fetches the CSV with the CSRF header and saves it as a file', async () => {
    const fetchCsv = vi.fn(async () => new Response('start,posts\n', { status: 200 }));
    vi.stubGlobal('fetch', fetchCsv);
    const createObjectURL = vi.fn(() => 'blob:csv');
    const revokeObjectURL = vi.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    const clicked = vi
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => undefined);

    render(<GrowthCsvLink range={range} />);
    fireEvent.click(screen.getByRole('link', { name: 'Download CSV' }));

    await waitFor(() => expect(revokeObjectURL).toHaveBeenCalledWith('blob:csv'));
    expect(fetchCsv).toHaveBeenCalledWith(growthCsvUrl(range), {
      credentials: 'include',
      headers: { 'x-csrf-protection': '1', accept: 'text/csv' },
    });
    expect(clicked).toHaveBeenCalledTimes(1);
  });

  it('says so when the server refuses', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('', { status: 403 })),
    );
    render(<GrowthCsvLink range={range} />);
    fireEvent.click(screen.getByRole('link', { name: 'Download CSV' }));
    await screen.findByText('The CSV could not be made (HTTP 403).');
  });
});
