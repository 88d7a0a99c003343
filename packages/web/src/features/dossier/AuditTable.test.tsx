import { i18n } from './i18n';
import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AuditTable } from './AuditTable';

const events = [
  {
    action: 'CONCLUDE',
    actorLabel: 'Dương Đức An — Phó Bí thư Thường trực',
    comment: null,
    documentNumber: '125-KL/TU',
    fromState: 'RESULT_CONSULTED',
    toState: 'CONCLUDED',
    occurredAt: '2026-02-12T08:41:00.000Z',
  },
  {
    action: 'REQUEST_CHANGE',
    actorLabel: 'Nguyễn Kim Hằng — Bí thư Đảng ủy Công an tỉnh',
    comment: 'Điều chỉnh chỉ tiêu do thay đổi nguồn vốn.',
    documentNumber: null,
    fromState: 'IN_PROGRESS',
    toState: 'IN_PROGRESS',
    occurredAt: '2025-05-13T09:28:00.000Z',
  },
  {
    action: 'VERIFY_EVIDENCE',
    actorLabel: 'Trần Quốc Bảo — Chuyên viên Ban Tổ chức Tỉnh ủy',
    comment: null,
    documentNumber: null,
    fromState: null,
    toState: null,
    occurredAt: '2025-07-01T01:00:00.000Z',
  },
];

const rows = () =>
  within(screen.getByRole('table'))
    .getAllByRole('row')
    .slice(1)
    .map((row) => Array.from(row.children, (cell) => cell.textContent));

describe('AuditTable', () => {
  afterEach(() => i18n.changeLanguage('vi'));

  it('lists events oldest first in province time, with labels for task and other actions', () => {
    render(<AuditTable events={events} caption="Lịch sử xử lý nhiệm vụ 2" />);
    expect(rows()).toEqual([
      [
        '13/05/2025 16:28',
        'Đề nghị điều chỉnh',
        'Nguyễn Kim Hằng — Bí thư Đảng ủy Công an tỉnh',
        '',
        'Điều chỉnh chỉ tiêu do thay đổi nguồn vốn.',
      ],
      ['01/07/2025 08:00', 'Xác minh minh chứng', 'Trần Quốc Bảo — Chuyên viên Ban Tổ chức Tỉnh ủy', '', ''],
      [
        '12/02/2026 15:41',
        'Kết luận',
        'Dương Đức An — Phó Bí thư Thường trực',
        'Đã lấy ý kiến kết quả → Đã kết luận',
        'Số văn bản: 125-KL/TU',
      ],
    ]);
  });

  it('speaks English when asked', async () => {
    await i18n.changeLanguage('en');
    render(<AuditTable events={events.slice(2)} caption="History" />);
    expect(rows()).toEqual([
      ['01/07/2025 08:00', 'Evidence verified', 'Trần Quốc Bảo — Chuyên viên Ban Tổ chức Tỉnh ủy', '', ''],
    ]);
    expect(screen.getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual([
      'When',
      'Action',
      'By',
      'State',
      'Comment',
    ]);
  });
});
