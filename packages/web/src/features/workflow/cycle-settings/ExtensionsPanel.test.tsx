import { i18n } from '../i18n';
import '../i18n-desks';
import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ExtensionsPanel } from './ExtensionsPanel';

const cycle = { year: 2027, deadlineExtensions: [] };
const agencies = [{ id: 'OrgUnit:1', name: 'Văn phòng UBND tỉnh' }];
const errorOf = (control: HTMLElement) =>
  (control.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent)
    .join(' ');

function renderPanel() {
  const onDone = vi.fn();
  // No mocks: a request reaching the API would fail the test with an unmocked-query error.
  render(
    <MockedProvider mocks={[]}>
      <ExtensionsPanel cycle={cycle} focalAgencies={agencies} onDone={onDone} />
    </MockedProvider>,
  );
  return onDone;
}

describe('ExtensionsPanel: the extension form checks its fields before asking the API', () => {
  afterEach(() => i18n.changeLanguage('vi'));

  it('says each empty field is required, and an empty date is required rather than invalid', async () => {
    const onDone = renderPanel();
    await userEvent.click(screen.getByRole('button', { name: 'Gia hạn' }));
    const cadre = screen.getByLabelText('Cán bộ');
    const until = screen.getByLabelText('Hạn mới (dd/mm/yyyy)');
    const reason = screen.getByLabelText('Lý do gia hạn');
    expect(cadre.getAttribute('aria-invalid')).toBe('true');
    expect(errorOf(cadre)).toContain('Cần chọn cán bộ được gia hạn.');
    expect(errorOf(until)).toContain('Cần nhập hạn mới.');
    expect(errorOf(until)).not.toContain('không hợp lệ');
    expect(errorOf(reason)).toContain('Cần ghi lý do gia hạn.');
    // Screen readers hear the fields are required; the browser's own bubble stays off (noValidate).
    expect(cadre.hasAttribute('required')).toBe(true);
    expect(until.closest('form')?.noValidate).toBe(true);
    expect(onDone).not.toHaveBeenCalled();
  });

  it('says a typed date that does not exist is invalid, and asks for the agency when extending one', async () => {
    renderPanel();
    await userEvent.click(screen.getByLabelText('Một cơ quan đầu mối'));
    await userEvent.type(screen.getByLabelText('Hạn mới (dd/mm/yyyy)'), '31/02/2027');
    await userEvent.type(screen.getByLabelText('Lý do gia hạn'), 'Chờ ý kiến của Sở Nội vụ.');
    await userEvent.click(screen.getByRole('button', { name: 'Gia hạn' }));
    expect(errorOf(screen.getByLabelText('Hạn mới (dd/mm/yyyy)'))).toContain(
      'Ngày không hợp lệ; nhập theo dạng dd/mm/yyyy.',
    );
    expect(errorOf(screen.getByLabelText('Cơ quan'))).toContain('Cần chọn cơ quan được gia hạn.');
    expect(screen.getByLabelText('Lý do gia hạn').getAttribute('aria-invalid')).toBe('false');
  });

  it('says the same in English', async () => {
    await i18n.changeLanguage('en');
    renderPanel();
    await userEvent.click(screen.getByRole('button', { name: 'Extend' }));
    expect(errorOf(screen.getByLabelText('Cadre'))).toContain('Choose the cadre the extension is for.');
    expect(errorOf(screen.getByLabelText('New deadline (dd/mm/yyyy)'))).toContain('Enter the new deadline.');
  });
});
