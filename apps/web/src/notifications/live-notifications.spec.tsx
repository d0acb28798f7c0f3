import type { RealtimeClient } from '@boardwalk/client/realtime';
import type { NotificationMessage } from '@boardwalk/contracts';
import { act, cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RealtimeContext } from '../realtime/realtime-context';
import { NotificationMenu } from './notification-menu';
import { NOTIFICATION_POLL_MS, useNotifications } from './use-notifications';

const thread = { id: 't1', title: 'Which grinder?', board: { slug: 'espresso' } };

function answer(unread: number): Response {
  const nodes = Array.from({ length: unread }, (_, index) => ({
    id: `n${index}`,
    kind: 'THREAD_REPLY',
    createdAt: '2026-01-01T10:00:00.000Z',
    readAt: null,
    actor: null,
    thread,
    post: null,
  }));
  const data = {
    notifications: {
      edges: nodes.map((node) => ({ node })),
      pageInfo: { hasNextPage: false, endCursor: null },
    },
  };
  return new Response(JSON.stringify({ data }), {
    headers: { 'content-type': 'application/json' },
  });
}

/** Enough of a RealtimeClient for the bell: `notification` events on demand. */
function fakeClient() {
  const handlers = new Set<(message: NotificationMessage) => void>();
  const client = {
    onNotification(handler: (message: NotificationMessage) => void) {
      handlers.add(handler);
      return () => handlers.delete(handler);
    },
  } as unknown as RealtimeClient;
  const notify = () =>
    handlers.forEach((handler) =>
      handler({
        notification: {
          id: 'n-live',
          kind: 'THREAD_REPLY',
          createdAt: '2026-01-01T11:00:00.000Z',
          threadId: 't1',
          postId: 'p9',
          actorId: 'u2',
        },
      }),
    );
  return { client, notify, listeners: () => handlers.size };
}

function Bell() {
  return <NotificationMenu state={useNotifications(true)} />;
}

describe('live notification count', () => {
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('re-reads the list on each `notification` event and does not poll while the socket is up', async () => {
    vi.useFakeTimers();
    let unread = 0;
    const fetchMock = vi.fn<typeof fetch>(async () => answer(unread));
    vi.stubGlobal('fetch', fetchMock);
    const { client, notify, listeners } = fakeClient();
    const { unmount } = render(
      <RealtimeContext.Provider value={{ client, connected: true }}>
        <MemoryRouter>
          <Bell />
        </MemoryRouter>
      </RealtimeContext.Provider>,
    );
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(screen.getByRole('button', { name: 'Notifications, none unread' })).toBeTruthy();
    const readsAfterStart = fetchMock.mock.calls.length;

    await act(() => vi.advanceTimersByTimeAsync(NOTIFICATION_POLL_MS * 3));
    expect(fetchMock).toHaveBeenCalledTimes(readsAfterStart);

    unread = 1;
    await act(async () => {
      notify();
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(screen.getByRole('button', { name: 'Notifications, 1 unread' })).toBeTruthy();
    expect(fetchMock).toHaveBeenCalledTimes(readsAfterStart + 1);

    unmount();
    expect(listeners()).toBe(0);
  });

  it('falls back to the slow poll while the socket is down', async () => {
    vi.useFakeTimers();
    const fetchMock = vi.fn<typeof fetch>(async () => answer(0));
    vi.stubGlobal('fetch', fetchMock);
    const { client } = fakeClient();
    render(
      <RealtimeContext.Provider value={{ client, connected: false }}>
        <MemoryRouter>
          <Bell />
        </MemoryRouter>
      </RealtimeContext.Provider>,
    );
    await act(() => vi.advanceTimersByTimeAsync(0));
    const readsAfterStart = fetchMock.mock.calls.length;
    await act(() => vi.advanceTimersByTimeAsync(NOTIFICATION_POLL_MS * 2));
    expect(fetchMock).toHaveBeenCalledTimes(readsAfterStart + 2);
  });
});
