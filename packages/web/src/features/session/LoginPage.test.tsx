import type { MockLink } from '@apollo/client/testing';
import { useQuery } from '@apollo/client/react';
import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from '../../app/router';
import { describe, expect, it } from 'vitest';
import { SignInDocument, ViewerDocument } from './session.documents';
import LoginPage, { safeNext } from './LoginPage';

const viewer = {
  __typename: 'Viewer' as const,
  id: 'VXNlcjox',
  displayName: 'Trần Quốc Bảo',
  accessRoles: ['CONSOLIDATOR' as const],
};

const mocks: MockLink.MockedResponse[] = [
  {
    request: { query: SignInDocument, variables: { username: 'btc', password: 'sai-mat-khau' } },
    result: {
      data: {
        sessionSignIn: {
          __typename: 'SignInPayload',
          viewer: null,
          userErrors: [
            {
              __typename: 'UserError',
              code: 'INVALID_CREDENTIALS',
              message: 'Tên đăng nhập hoặc mật khẩu không đúng.',
              messageEn: 'Wrong username or password.',
            },
          ],
        },
      },
    },
  },
  {
    request: { query: SignInDocument, variables: { username: 'btc', password: 'NVTT-demo-2026' } },
    result: { data: { sessionSignIn: { __typename: 'SignInPayload', viewer, userErrors: [] } } },
  },
];

/** Reads the viewer from the cache only, as the gate does after a redirect. */
function SignedInProbe() {
  const { data } = useQuery(ViewerDocument, { fetchPolicy: 'cache-only' });
  return <p>{data?.viewer ? `Trang đơn vị — ${data.viewer.displayName}` : 'Chưa đăng nhập'}</p>;
}

function renderLogin(url: string) {
  const router = createMemoryRouter(
    [
      { path: '/login', element: <LoginPage /> },
      { path: '/units', element: <SignedInProbe /> },
    ],
    { initialEntries: [url] },
  );
  render(
    <MockedProvider mocks={mocks}>
      <RouterProvider router={router} />
    </MockedProvider>,
  );
  return router;
}

describe('LoginPage', () => {
  it('asks for both fields before calling the API', async () => {
    renderLogin('/login');
    await userEvent.click(screen.getByRole('button', { name: 'Đăng nhập' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Vui lòng nhập tên đăng nhập và mật khẩu.');
  });

  it('shows the API’s Vietnamese message on wrong credentials and clears the password', async () => {
    renderLogin('/login');
    await userEvent.type(screen.getByLabelText('Tên đăng nhập'), 'btc');
    await userEvent.type(screen.getByLabelText('Mật khẩu'), 'sai-mat-khau');
    await userEvent.click(screen.getByRole('button', { name: 'Đăng nhập' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Tên đăng nhập hoặc mật khẩu không đúng.');
    expect((screen.getByLabelText('Mật khẩu') as HTMLInputElement).value).toBe('');
  });

  it('signs in and returns to the page asked for', async () => {
    const router = renderLogin('/login?next=%2Funits');
    await userEvent.type(screen.getByLabelText('Tên đăng nhập'), 'btc');
    await userEvent.type(screen.getByLabelText('Mật khẩu'), 'NVTT-demo-2026');
    await userEvent.click(screen.getByRole('button', { name: 'Đăng nhập' }));
    expect(await screen.findByText('Trang đơn vị — Trần Quốc Bảo')).toBeTruthy();
    expect(router.state.location.pathname).toBe('/units');
  });

  it('says when a session has ended', () => {
    renderLogin('/login?expired=1');
    expect(screen.getByRole('alert').textContent).toBe('Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.');
  });

  it('only returns to paths of this app', () => {
    expect(safeNext('/units?q=x')).toBe('/units?q=x');
    expect(safeNext('//evil.example')).toBe('/');
    expect(safeNext('https://evil.example')).toBe('/');
    expect(safeNext(null)).toBe('/');
  });
});
