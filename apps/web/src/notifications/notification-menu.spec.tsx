import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NotificationMenu } from './notification-menu';
import { markReadUpTo, summarizeUnread, unreadLabel } from './unread-summary';
import { NOTIFICATION_POLL_MS, useNotifications } from './use-notifications';

const actor = { id: 'u2', handle: 'bo', displayName: 'Bo Reply', isStaff: false, staffTitle: null };
const thread = { id: 't1', title: 'Which grinder?', board: { slug: 'espresso' } };

function notification(id: string, createdAt: string, readAt: string | null = null) {
  return {
    id,
    kind: 'THREAD_REPLY' as const,
    createdAt,
    readAt,
    actor,
    thread,
    post: { id: `p${id}` },
  };
}

function page(nodes: ReturnType<typeof notification>[], hasNextPage = false) {
  return {
    notifications: {
      edges: nodes.map((node) => ({ node })),
      pageInfo: { hasNextPage, endCursor: null },
    },
  };
}

function graphqlAnswer(data: unknown): Response {
  return new Response(JSON.stringify({ data }), {
    headers: { 'content-type': 'application/json' },
  });
}

function MenuWithData({ signedIn = true }: { signedIn?: boolean }) {
  return <NotificationMenu state={useNotifications(signedIn)} />;
}

describe('unread summary', () => {
  it('counts unread notifications and says when the first page may not hold them all', () => {
    const read = notification('1', '2026-01-01T10:00:00Z', '2026-01-01T11:00:00Z');
    const fresh = notification('2', '2026-01-01T12:00:00Z');
    expect(summarizeUnread([fresh, read], true)).toEqual({ count: 1, more: false });
    expect(summarizeUnread([fresh, fresh], true)).toEqual({ count: 2, more: true });
    expect(summarizeUnread([], true)).toEqual({ count: 0, more: false });
    expect(unreadLabel({ count: 20, more: true })).toBe('20+');
    expect(unreadLabel({ count: 3, more: false })).toBe('3');
  });

  it('marks read only what was created up to the moment sent to the server', () => {
    const older = notification('1', '2026-01-01T10:00:00Z');
    const newer = notification('2', '2026-01-01T12:00:00Z');
    const marked = markReadUpTo([newer, older], '2026-01-01T11:00:00Z', 'now');
    expect(marked.map((item) => item.readAt)).toEqual([null, 'now']);
  });
});

describe('NotificationMenu', () => {
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('shows the unread count, lists links to the threads and clears the count on "Mark all read"', async () => {
    const newest = '2026-01-02T09:00:00.000Z';
    const fetchMock = vi.fn<typeof fetch>(async (_url, init) => {
      const { query } = JSON.parse(String(init?.body)) as { query: string };
      if (query.includes('mutation MarkNotificationsRead')) {
        return graphqlAnswer({ markNotificationsRead: 2 });
      }
      return graphqlAnswer(
        page([notification('2', newest), notification('1', '2026-01-01T09:00:00.000Z')]),
      );
    });
    vi.stubGlobal('fetch', fetchMock);
    render(
      <MemoryRouter>
        <MenuWithData />
      </MemoryRouter>,
    );

    const toggle = await screen.findByRole('button', { name: 'Notifications, 2 unread' });
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const links = screen.getAllByRole('link', { name: 'Which grinder?' });
    expect(links[0].getAttribute('href')).toBe('/b/espresso/t/t1#post-p2');
    expect(screen.getAllByText(/Bo Reply replied in your thread/)).toHaveLength(2);

    fireEvent.click(screen.getByRole('button', { name: 'Mark all read' }));
    await screen.findByRole('button', { name: 'Notifications, none unread' });
    expect(screen.queryByRole('button', { name: 'Mark all read' })).toBeNull();
    const markCall = fetchMock.mock.calls.find((call) =>
      String(call[1]?.body).includes('mutation MarkNotificationsRead'),
    );
    expect(JSON.parse(String(markCall?.[1]?.body)).variables).toEqual({ upTo: newest });

    fireEvent.keyDown(screen.getByRole('button', { name: /Notifications/ }), { key: 'Escape' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(toggle);
  });

  it('polls for new notifications every 30 seconds while signed in, and never when signed out', async () => {
    vi.useFakeTimers();
    const fetchMock = vi.fn<typeof fetch>(async () => graphqlAnswer(page([])));
    vi.stubGlobal('fetch', fetchMock);
    const { rerender } = render(
      <MemoryRouter>
        <MenuWithData signedIn={false} />
      </MemoryRouter>,
    );
    await act(() => vi.advanceTimersByTimeAsync(NOTIFICATION_POLL_MS * 2));
    expect(fetchMock).not.toHaveBeenCalled();

    rerender(
      <MemoryRouter>
        <MenuWithData />
      </MemoryRouter>,
    );
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(fetchMock).toHaveBeenCalledTimes(1);
    await act(() => vi.advanceTimersByTimeAsync(NOTIFICATION_POLL_MS));
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });
});
