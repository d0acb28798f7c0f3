import type { PostFieldsFragment } from '@boardwalk/client';
import { cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { PostItem, type PostPermissions } from './post-item';

const post: PostFieldsFragment = {
  id: 'p1',
  body: 'Portra 800, pushed one stop.',
  bodyHtml: '<p>Portra 800, pushed one stop.</p>',
  createdAt: '2025-01-01T10:00:00.000Z',
  editedAt: null,
  hidden: false,
  deleted: false,
  author: { id: 'u1', handle: 'hal', displayName: 'Hal', isStaff: false, staffTitle: null },
  replyTo: null,
};

const reader: PostPermissions = {
  signedIn: true,
  isAuthor: false,
  mayAccept: false,
  mayModerate: false,
};

function renderPost(
  options: {
    permissions?: Partial<PostPermissions>;
    post?: Partial<PostFieldsFragment>;
    isOpeningPost?: boolean;
    isAcceptedAnswer?: boolean;
  } = {},
) {
  render(
    <MemoryRouter>
      <PostItem
        post={{ ...post, ...options.post }}
        boardSlug="film"
        isOpeningPost={options.isOpeningPost ?? false}
        isAcceptedAnswer={options.isAcceptedAnswer ?? false}
        permissions={{ ...reader, ...options.permissions }}
        onChange={() => undefined}
        onAccepted={() => undefined}
      />
    </MemoryRouter>,
  );
}

/** The names of the action buttons the post offers. */
function actions(): string[] {
  return screen.queryAllByRole('button').map((button) => button.textContent ?? '');
}

describe('PostItem permissions', () => {
  afterEach(cleanup);

  it('offers nothing to someone signed out', () => {
    renderPost({ permissions: { signedIn: false } });
    expect(actions()).toEqual([]);
    expect(screen.getByText('Portra 800, pushed one stop.')).toBeTruthy();
  });

  it('lets another member only flag the post', () => {
    renderPost();
    expect(actions()).toEqual(['Flag']);
  });

  it('lets the author edit and delete a reply, but not flag it', () => {
    renderPost({ permissions: { isAuthor: true } });
    expect(actions()).toEqual(['Edit', 'Delete']);
  });

  it('lets the author delete the opening post too', () => {
    renderPost({ permissions: { isAuthor: true }, isOpeningPost: true });
    expect(actions()).toEqual(['Edit', 'Delete']);
  });

  it('offers "Mark as accepted answer" on replies only, and not on the accepted one', () => {
    renderPost({ permissions: { mayAccept: true } });
    expect(actions()).toEqual(['Flag', 'Mark as accepted answer']);
    cleanup();
    renderPost({ permissions: { mayAccept: true }, isOpeningPost: true });
    expect(actions()).toEqual(['Flag']);
    cleanup();
    renderPost({ permissions: { mayAccept: true }, isAcceptedAnswer: true });
    expect(actions()).toEqual(['Flag']);
    expect(screen.getByText('Accepted answer')).toBeTruthy();
  });

  it('gives moderators Hide, and Show again on a hidden post, which nobody can flag or accept', () => {
    renderPost({ permissions: { mayModerate: true } });
    expect(actions()).toEqual(['Flag', 'Hide']);
    cleanup();
    renderPost({ permissions: { mayModerate: true, mayAccept: true }, post: { hidden: true } });
    expect(actions()).toEqual(['Show again']);
  });

  it('offers no action on a deleted post, even to its author', () => {
    renderPost({
      permissions: { isAuthor: true, mayAccept: true, mayModerate: true },
      post: { deleted: true, body: '', bodyHtml: '' },
    });
    expect(actions()).toEqual([]);
    expect(screen.getByText('deleted')).toBeTruthy();
  });
});
