import './i18n';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { DossierTaskFragment } from '../../gql/graphql';
import { EvidenceList, Milestones, ProgressReports } from './TaskDelivery';
import { dossierTask } from './test-dossier';

type Evidence = DossierTaskFragment['evidence'][number];

const evidence = (id: number, overrides: Partial<Evidence>): Evidence => ({
  id,
  kind: 'DOCUMENT',
  fileName: null,
  fileSize: null,
  contentType: null,
  sha256: null,
  downloadUrl: null,
  title: 'Biên bản nghiệm thu quý I',
  documentNumber: '12/BB-SNV',
  documentDate: '2025-04-04',
  issuer: 'Sở Nội vụ',
  target: 'MILESTONE_REPORT',
  outputOrdinal: null,
  progressReportId: 41,
  verification: 'VERIFIED',
  verificationNote: null,
  verifiedAt: '2025-04-10T02:00:00.000Z',
  verifiedByLabel: 'Ban Tổ chức Tỉnh ủy',
  addedAt: '2025-04-05T02:00:00.000Z',
  addedByLabel: 'Bùi Anh Thắng',
  ...overrides,
});

const report = (id: number, milestoneNumber: number | null, note: string) => ({
  id,
  milestoneNumber,
  reportedAt: '2025-04-05T01:00:00.000Z',
  authorLabel: 'Bùi Anh Thắng',
  status: 'DONE' as const,
  percentComplete: 100,
  note,
  late: true,
  outputValues: [],
});

const task = dossierTask({
  progressReports: [report(41, 1, 'Đã số hóa 300 hồ sơ.'), report(42, null, 'Tiến độ chung.')],
  evidence: [
    evidence(1, {}),
    evidence(2, {
      kind: 'FILE',
      title: 'Ảnh chụp kho hồ sơ',
      fileName: 'kho.png',
      fileSize: 2048,
      contentType: 'image/png',
      downloadUrl: '/files/evidence/2',
      documentNumber: null,
      documentDate: null,
      issuer: null,
      verification: 'PENDING',
      verifiedAt: null,
      verifiedByLabel: null,
    }),
    evidence(3, { target: 'TASK', progressReportId: null, title: 'Báo cáo tổng kết' }),
  ],
});

describe('a milestone report’s evidence in the dossier', () => {
  it('sits under its milestone in the timeline', () => {
    render(<Milestones task={task} asOf="2025-12-31" />);
    const brief = within(screen.getByRole('list', { name: 'Minh chứng báo cáo mốc — Quý I/2025' }));
    expect(brief.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Biên bản nghiệm thu quý I — 12/BB-SNV Đã xác minh',
      'Ảnh chụp kho hồ sơ — kho.png (2 KB) Chưa xác minh',
    ]);
    expect(brief.getByRole('link', { name: 'kho.png' }).getAttribute('href')).toBe('/files/evidence/2');
  });

  it('shows beside its report in the progress table, and the report’s milestone', () => {
    render(<ProgressReports task={task} />);
    const row = screen.getByText('Đã số hóa 300 hồ sơ.').closest('tr')!;
    expect(row.textContent).toContain('Mốc Quý I/2025');
    expect(within(row).getByText(/Biên bản nghiệm thu quý I/)).toBeTruthy();
    const taskWide = screen.getByText('Tiến độ chung.').closest('tr')!;
    expect(within(taskWide).queryByRole('list')).toBeNull();
  });

  it('names the report it supports in the evidence list', () => {
    render(<EvidenceList task={task} />);
    const supports = (title: string) =>
      screen.getByRole('rowheader', { name: title }).closest('tr')!.querySelectorAll('td')[1]!.textContent;
    expect(supports('Biên bản nghiệm thu quý I')).toBe('Báo cáo mốc Quý I/2025 ngày 05/04/2025 08:00');
    expect(supports('Báo cáo tổng kết')).toBe('Nhiệm vụ');
  });
});
