import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ImportPreview } from '@nvtt/shared';
import { i18n } from '../../app/i18n';
import ImportPage from './ImportPage';
import { mayImport } from './nav';

const withErrors: ImportPreview = {
  kind: 'CADRES',
  fileName: 'can-bo.xlsx',
  sheet: 'Dữ liệu',
  dataRows: 2,
  token: 'a'.repeat(64),
  counts: [
    { entity: 'Cadre', create: 1, update: 0, unchanged: 0 },
    { entity: 'Position', create: 1, update: 0, unchanged: 0 },
  ],
  rows: [
    { row: 2, key: 'CB-1', action: 'CREATE', changes: [] },
    { row: 3, key: 'CB-2', action: 'ERROR', changes: [] },
  ],
  errors: [
    {
      row: 3,
      column: 'unitCode',
      header: 'Mã đơn vị',
      message: 'Mã đơn vị “KHONG_CO” không có trong hệ thống.',
      messageEn: 'No unit “KHONG_CO” in the system.',
    },
  ],
  canApply: false,
};
const clean: ImportPreview = { ...withErrors, rows: [withErrors.rows[0]!], errors: [], dataRows: 1, canApply: true };

function answer(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

afterEach(async () => {
  vi.unstubAllGlobals();
  await i18n.changeLanguage('vi');
});

describe('import screen', () => {
  it('shows each bad row with its column and reason, and keeps apply disabled until the file is clean', async () => {
    const fetchMock = vi.fn().mockResolvedValueOnce(answer(withErrors)).mockResolvedValueOnce(answer(clean));
    fetchMock.mockResolvedValueOnce(answer({ kind: 'CADRES', counts: clean.counts, auditRows: 2 }));
    vi.stubGlobal('fetch', fetchMock);
    const user = userEvent.setup();
    render(<ImportPage />);
    expect(screen.getByRole('heading', { name: 'Nhập dữ liệu từ Excel, CSV' })).toBeTruthy();
    const file = new File(['x'], 'can-bo.xlsx');
    await user.upload(screen.getByLabelText(/^Tệp/), file);
    await user.click(screen.getByRole('button', { name: 'Xem trước' }));

    const errors = await screen.findByRole('table', { name: /1 lỗi/ });
    expect(within(errors).getByRole('rowheader', { name: '3' })).toBeTruthy();
    expect(within(errors).getByText('Mã đơn vị')).toBeTruthy();
    expect(within(errors).getByText('Mã đơn vị “KHONG_CO” không có trong hệ thống.')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Ghi vào hệ thống' }) as HTMLButtonElement).disabled).toBe(true);
    expect(fetchMock.mock.calls[0]![0]).toBe('/api/import/cadres/preview?name=can-bo.xlsx');

    await user.click(screen.getByRole('button', { name: 'Xem trước' }));
    const apply = await screen.findByRole('button', { name: 'Ghi vào hệ thống' });
    await vi.waitFor(() => expect((apply as HTMLButtonElement).disabled).toBe(false));
    await user.click(apply);
    expect(await screen.findByText(/Đã ghi: Cán bộ thêm 1, cập nhật 0; Chức vụ thêm 1, cập nhật 0/)).toBeTruthy();
    expect(fetchMock.mock.calls[2]![0]).toBe(`/api/import/cadres/apply?token=${'a'.repeat(64)}`);
  });

  it('speaks English when asked, with the API’s English reasons', async () => {
    await i18n.changeLanguage('en');
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(answer(withErrors)));
    const user = userEvent.setup();
    render(<ImportPage />);
    await user.upload(screen.getByLabelText(/^File/), new File(['x'], 'can-bo.xlsx'));
    await user.click(screen.getByRole('button', { name: 'Preview' }));
    expect(await screen.findByText('No unit “KHONG_CO” in the system.')).toBeTruthy();
  });

  it('shows a refused file’s reason', async () => {
    vi.stubGlobal(
      'fetch',
      vi
        .fn()
        .mockResolvedValue(
          answer(
            { error: { code: 'PAYLOAD_TOO_LARGE', message: 'Tệp quá lớn: tối đa 5 MB.', messageEn: 'Too large.' } },
            413,
          ),
        ),
    );
    const user = userEvent.setup();
    render(<ImportPage />);
    await user.upload(screen.getByLabelText(/^Tệp/), new File(['x'], 'lon.xlsx'));
    await user.click(screen.getByRole('button', { name: 'Xem trước' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Không thực hiện được: Tệp quá lớn: tối đa 5 MB.');
  });

  it('shows its own file control in the app’s language, named by its label, with the chosen file’s name', async () => {
    const user = userEvent.setup();
    render(<ImportPage />);
    const input = screen.getByLabelText(/^Tệp \(\.xlsx, \.csv\)/);
    expect(input.getAttribute('type')).toBe('file');
    // The button-styled label opens the picker; screen readers hear the input itself, so it is hidden from them.
    expect(screen.getByText('Chọn tệp…').getAttribute('aria-hidden')).toBe('true');
    const described = () => document.getElementById(input.getAttribute('aria-describedby')!)?.textContent;
    expect(described()).toBe('Chưa chọn tệp');
    await user.upload(input, new File(['x'], 'can-bo.xlsx'));
    expect(described()).toBe('can-bo.xlsx');
    // Asked to preview with no file, the page says so itself.
    cleanup();
    render(<ImportPage />);
    await user.click(screen.getByRole('button', { name: 'Xem trước' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Chọn một tệp trước.');
  });

  it('is offered to Ban Tổ chức and administrators only', () => {
    expect(mayImport(['CONSOLIDATOR'])).toBe(true);
    expect(mayImport(['ADMIN'])).toBe(true);
    expect(mayImport(['CADRE', 'FOCAL_REVIEWER', 'DECIDER', 'VIEWER'])).toBe(false);
  });
});
