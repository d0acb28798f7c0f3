import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ViewerProvider } from '../session/viewer-context';
import SignUpPage from './sign-up-page';

function renderPage() {
  return render(
    <MemoryRouter>
      <ViewerProvider>
        <SignUpPage />
      </ViewerProvider>
    </MemoryRouter>,
  );
}

function graphqlAnswer(data: unknown): Response {
  return new Response(JSON.stringify({ data }), {
    headers: { 'content-type': 'application/json' },
  });
}

function bodyOf(call: Parameters<typeof fetch>): { query: string; variables: unknown } {
  return JSON.parse(String(call[1]?.body)) as { query: string; variables: unknown };
}

describe('SignUpPage', () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('shows field errors beside the fields and sends nothing while the form is invalid', async () => {
    const fetchMock = vi.fn<typeof fetch>(async () => graphqlAnswer({ me: null }));
    vi.stubGlobal('fetch', fetchMock);
    renderPage();

    fireEvent.change(screen.getByLabelText('Email'), { target: { value: 'not-an-email' } });
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'short' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create account' }));

    expect(await screen.findByText('Use at least 10 characters.')).toBeTruthy();
    expect(screen.getByLabelText('Password').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('Email').getAttribute('aria-describedby')).toContain('error');
    const sentSignUp = fetchMock.mock.calls.some((call) =>
      bodyOf(call).query.includes('mutation SignUp'),
    );
    expect(sentSignUp).toBe(false);
  });

  it('suggests a handle from the name, signs up and says where the link went', async () => {
    const user = {
      id: 'u1',
      handle: 'ana_lima',
      displayName: 'Ana Lima',
      bio: '',
      isStaff: false,
      staffTitle: null,
      isAdmin: false,
      emailVerified: false,
      createdAt: '2026-01-01T00:00:00.000Z',
    };
    const fetchMock = vi.fn<typeof fetch>(async (_url, init) =>
      String(init?.body).includes('mutation SignUp')
        ? graphqlAnswer({ signUp: { user } })
        : graphqlAnswer({ me: null }),
    );
    vi.stubGlobal('fetch', fetchMock);
    renderPage();

    fireEvent.change(screen.getByLabelText('Your name'), { target: { value: 'Ana Lima' } });
    expect((screen.getByLabelText('Handle') as HTMLInputElement).value).toBe('ana_lima');
    fireEvent.change(screen.getByLabelText('Email'), { target: { value: 'ana@example.com' } });
    fireEvent.change(screen.getByLabelText('Password'), {
      target: { value: 'correct horse battery' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Create account' }));

    expect(await screen.findByRole('heading', { name: 'Check your inbox' })).toBeTruthy();
    expect(screen.getByText('data/outbox')).toBeTruthy();
    const signUpCall = fetchMock.mock.calls.find((call) =>
      bodyOf(call).query.includes('mutation SignUp'),
    );
    expect(signUpCall && bodyOf(signUpCall).variables).toEqual({
      input: {
        displayName: 'Ana Lima',
        handle: 'ana_lima',
        email: 'ana@example.com',
        password: 'correct horse battery',
      },
    });
  });
});
