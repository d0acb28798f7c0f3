import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MembershipButton } from './membership-button';

function answer(body: unknown): Response {
  return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
}

const leftBoard = {
  leaveBoard: {
    id: 'b1',
    memberCount: 1,
    viewerIsMember: false,
    viewerIsModerator: false,
    moderators: [{ id: 'u2', handle: 'bea', displayName: 'Bea', isStaff: false, staffTitle: null }],
  },
};

describe('MembershipButton', () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('asks the last moderator for a successor when the API answers CONFLICT, then leaves', async () => {
    const fetchMock = vi
      .fn<typeof fetch>()
      .mockResolvedValueOnce(
        answer({
          data: null,
          errors: [{ message: 'You are the last moderator', extensions: { code: 'CONFLICT' } }],
        }),
      )
      .mockResolvedValueOnce(answer({ data: leftBoard }));
    vi.stubGlobal('fetch', fetchMock);
    const onChange = vi.fn();
    render(<MembershipButton boardId="b1" isMember onChange={onChange} />);

    fireEvent.click(screen.getByRole('button', { name: 'Leave board' }));
    const handle = await screen.findByLabelText("New moderator's handle");
    expect(document.activeElement).toBe(handle);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(onChange).not.toHaveBeenCalled();

    fireEvent.change(handle, { target: { value: '@bea' } });
    fireEvent.click(screen.getByRole('button', { name: 'Hand over and leave' }));
    await vi.waitFor(() => expect(onChange).toHaveBeenCalledWith(leftBoard.leaveBoard));
    const sent = JSON.parse(String(fetchMock.mock.calls[1]?.[1]?.body)) as { variables: unknown };
    expect(sent.variables).toEqual({ boardId: 'b1', newModeratorHandle: 'bea' });
    expect(screen.queryByLabelText("New moderator's handle")).toBeNull();
  });

  it('shows other refusals as they are, without the successor form', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn<typeof fetch>(async () =>
        answer({
          data: null,
          errors: [{ message: 'Board not found.', extensions: { code: 'NOT_FOUND' } }],
        }),
      ),
    );
    render(<MembershipButton boardId="b1" isMember onChange={vi.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Leave board' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Board not found.');
    expect(screen.queryByLabelText("New moderator's handle")).toBeNull();
  });
});
