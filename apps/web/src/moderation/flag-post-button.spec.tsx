import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { FlagPostButton } from './flag-post-button';

function graphqlAnswer(body: unknown): Response {
  return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
}

function sentBody(fetchMock: ReturnType<typeof vi.fn>, index = 0) {
  const init = fetchMock.mock.calls[index]?.[1] as RequestInit | undefined;
  return JSON.parse(String(init?.body)) as { query: string; variables: unknown };
}

describe('FlagPostButton', () => {
  beforeAll(() => {
    // jsdom has <dialog> but not its modal behaviour; opening it is enough here.
    if (!HTMLDialogElement.prototype.showModal) {
      HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
        this.setAttribute('open', '');
      };
      HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
        this.removeAttribute('open');
      };
    }
  });

  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('asks for a reason in a dialog that takes focus, and sends nothing without one', () => {
    const fetchMock = vi.fn<typeof fetch>();
    vi.stubGlobal('fetch', fetchMock);
    render(<FlagPostButton postId="p1" />);

    fireEvent.click(screen.getByRole('button', { name: 'Flag' }));
    const dialog = screen.getByRole('dialog', { name: 'Flag this post' });
    const reason = screen.getByLabelText('What is wrong with it?');
    expect(document.activeElement).toBe(reason);
    expect(dialog.getAttribute('aria-describedby')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Send flag' }));
    expect(screen.getByText('Give a reason.')).toBeTruthy();
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('sends the trimmed reason, closes the dialog and shows "Flagged" instead of the button', async () => {
    const fetchMock = vi.fn<typeof fetch>(async () => graphqlAnswer({ data: { flagPost: true } }));
    vi.stubGlobal('fetch', fetchMock);
    render(<FlagPostButton postId="p1" />);
    const opener = screen.getByRole('button', { name: 'Flag' });
    opener.focus();

    fireEvent.click(opener);
    fireEvent.change(screen.getByLabelText('What is wrong with it?'), {
      target: { value: '  Spam link  ' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Send flag' }));

    expect(await screen.findByText('Flagged')).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Flag' })).toBeNull();
    expect(sentBody(fetchMock).variables).toEqual({ postId: 'p1', reason: 'Spam link' });
  });

  it('treats "already flagged" as flagged, and shows other refusals in the dialog', async () => {
    const refusal = (code: string, message: string) =>
      graphqlAnswer({ data: null, errors: [{ message, extensions: { code } }] });
    const fetchMock = vi
      .fn<typeof fetch>()
      .mockResolvedValueOnce(refusal('FORBIDDEN', 'Verify your email before flagging posts.'))
      .mockResolvedValueOnce(refusal('CONFLICT', 'You have already flagged this post.'));
    vi.stubGlobal('fetch', fetchMock);
    render(<FlagPostButton postId="p1" />);

    fireEvent.click(screen.getByRole('button', { name: 'Flag' }));
    fireEvent.change(screen.getByLabelText('What is wrong with it?'), {
      target: { value: 'Abuse' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Send flag' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Verify your email before flagging posts.',
    );
    expect(screen.getByRole('dialog')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Send flag' }));
    await waitFor(() => expect(screen.getByText('Flagged')).toBeTruthy());
  });

  it('closes on Cancel without sending anything and gives focus back to the button', () => {
    const fetchMock = vi.fn<typeof fetch>();
    vi.stubGlobal('fetch', fetchMock);
    render(<FlagPostButton postId="p1" />);
    const opener = screen.getByRole('button', { name: 'Flag' });
    opener.focus();
    fireEvent.click(opener);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
