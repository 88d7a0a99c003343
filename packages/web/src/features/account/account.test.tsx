import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { PasswordChangeDocument } from './account.documents';
import { PasswordForm } from './PasswordForm';
import { agenciesOf } from './AccountPage';
import { TokenManager, tokenStatus } from './TokenManager';

describe('account', () => {
  it('tells active, expired and revoked tokens apart', () => {
    const now = new Date('2026-11-27T00:00:00Z');
    expect(tokenStatus({ revokedAt: null, expiresAt: '2026-12-01T00:00:00Z' }, now)).toBe('active');
    expect(tokenStatus({ revokedAt: null, expiresAt: '2026-11-26T00:00:00Z' }, now)).toBe('expired');
    expect(tokenStatus({ revokedAt: '2026-11-20T00:00:00Z', expiresAt: '2026-12-01T00:00:00Z' }, now)).toBe('revoked');
  });

  it('lists each agency once with the roles held there', () => {
    const unit = { id: 'u1', name: 'Ban Tổ chức Tỉnh ủy' };
    expect(
      agenciesOf(
        [
          { role: 'CONSOLIDATOR', unit },
          { role: 'FOCAL', unit },
        ],
        (role) => (role === 'FOCAL' ? 'Cơ quan đầu mối' : 'BTC'),
      ),
    ).toEqual(['Ban Tổ chức Tỉnh ủy: BTC, Cơ quan đầu mối']);
  });

  it('checks the repeated password, then shows the API’s message', async () => {
    const mocks = [
      {
        request: { query: PasswordChangeDocument, variables: { current: 'cu', next: 'mat-khau-moi-dai' } },
        result: {
          data: {
            passwordChange: {
              __typename: 'DonePayload',
              done: null,
              userErrors: [
                {
                  __typename: 'UserError',
                  code: 'INVALID_INPUT',
                  message: 'Mật khẩu hiện tại không đúng.',
                  messageEn: 'Wrong.',
                  field: ['current'],
                },
              ],
            },
          },
        },
      },
    ];
    render(
      <MockedProvider mocks={mocks}>
        <PasswordForm />
      </MockedProvider>,
    );
    await userEvent.type(screen.getByLabelText('Mật khẩu hiện tại'), 'cu');
    await userEvent.type(screen.getByLabelText('Mật khẩu mới (ít nhất 12 ký tự)'), 'mat-khau-moi-dai');
    await userEvent.type(screen.getByLabelText('Nhập lại mật khẩu mới'), 'khac');
    await userEvent.click(screen.getByRole('button', { name: 'Đổi mật khẩu' }));
    expect(screen.getByRole('alert').textContent).toBe('Mật khẩu nhập lại không khớp.');
    await userEvent.clear(screen.getByLabelText('Nhập lại mật khẩu mới'));
    await userEvent.type(screen.getByLabelText('Nhập lại mật khẩu mới'), 'mat-khau-moi-dai');
    await userEvent.click(screen.getByRole('button', { name: 'Đổi mật khẩu' }));
    expect((await screen.findByText('Mật khẩu hiện tại không đúng.')).getAttribute('role')).toBe('alert');
  });

  it('checks the token’s validity days itself, in the app’s words, without asking the API', async () => {
    // No mocks: a request reaching the API would fail with an unmocked-mutation error instead of this message.
    render(
      <MockedProvider mocks={[]}>
        <TokenManager tokens={[]} />
      </MockedProvider>,
    );
    await userEvent.type(screen.getByLabelText('Tên (dùng cho việc gì)'), 'Báo cáo tuần');
    const days = screen.getByLabelText('Hiệu lực (ngày)');
    await userEvent.clear(days);
    await userEvent.type(days, '400');
    await userEvent.click(screen.getByRole('button', { name: 'Tạo khóa' }));
    expect(screen.getByRole('alert').textContent).toBe('Hiệu lực từ 1 đến 366 ngày.');
    expect(days.closest('form')?.noValidate).toBe(true);
  });
});
