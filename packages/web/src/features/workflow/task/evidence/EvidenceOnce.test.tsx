import '../../i18n';
import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { WfTaskDetailFragment } from '../../../../gql/graphql';
import { TaskProgress } from '../TaskDetails';
import { testReport, testTask } from '../test-task';
import { EvidencePanel } from './EvidencePanel';

type Evidence = WfTaskDetailFragment['evidence'][number];

const evidence = (id: number, title: string, target: Evidence['target'], progressReportId: number | null) => ({
  id,
  kind: 'DOCUMENT' as const,
  fileName: null,
  fileSize: null,
  contentType: null,
  sha256: null,
  downloadUrl: null,
  target,
  outputOrdinal: null,
  progressReportId,
  title,
  documentNumber: `${id}/BB-SNV`,
  documentDate: '2027-06-27',
  issuer: 'Sở Nội vụ',
  addedAt: '2027-06-28T08:00:00.000Z',
  addedByLabel: 'Bùi Anh Thắng',
  verification: 'PENDING' as const,
  verificationNote: null,
  verifiedAt: null,
  verifiedByLabel: null,
});

/** The task page's two places for evidence: the progress reports and the task's evidence list. */
function renderTaskEvidence(task: WfTaskDetailFragment) {
  render(
    <MockedProvider>
      <>
        <TaskProgress task={task} onDone={vi.fn()} />
        <EvidencePanel task={task} onDone={vi.fn()} />
      </>
    </MockedProvider>,
  );
  return {
    report: screen.getByText('Đã số hóa 600 hồ sơ.').closest('li')!,
    list: screen.getByRole('heading', { name: 'Minh chứng' }).closest('section')!,
  };
}

const task = (overrides: Partial<WfTaskDetailFragment>) =>
  testTask({
    state: 'IN_PROGRESS',
    milestones: [
      {
        periodKind: 'QUARTER',
        periodLabel: 'Quý II/2027',
        dueOn: '2027-06-30',
        doneOn: null,
        expectedOutput: '300 hồ sơ',
        status: 'PENDING',
      },
    ],
    progressReports: [testReport(31, 1, 'Đã số hóa 600 hồ sơ.')],
    evidence: [
      evidence(7, 'Biên bản nghiệm thu quý II', 'MILESTONE_REPORT', 31),
      evidence(8, 'Quyết định phê duyệt đề án', 'TASK', null),
    ],
    ...overrides,
  });

describe('evidence of a milestone report on the task page', () => {
  it('is verified once, under its report; the task’s list shows it read-only with a link there', () => {
    const { report: item, list } = renderTaskEvidence(task({ viewerCanVerifyEvidence: true }));
    // One pair of Verify / Reject per piece of evidence on the whole page.
    expect(screen.getAllByRole('button', { name: 'Xác minh' })).toHaveLength(2);
    expect(screen.getAllByRole('button', { name: 'Không chấp nhận' })).toHaveLength(2);
    const underReport = within(item);
    expect(underReport.getByText('Biên bản nghiệm thu quý II')).toBeTruthy();
    expect(underReport.getByRole('button', { name: 'Xác minh' })).toBeTruthy();

    const listed = within(list);
    // The list stays complete: both pieces, each with its status.
    expect(listed.getByText('Biên bản nghiệm thu quý II')).toBeTruthy();
    expect(listed.getAllByText('Chưa xác minh')).toHaveLength(2);
    const reportEntry = within(listed.getByText('Biên bản nghiệm thu quý II').closest('li')!);
    expect(reportEntry.queryByRole('button')).toBeNull();
    expect(reportEntry.getByText(/^Báo cáo mốc tiến độ: Quý II\/2027/)).toBeTruthy();
    const link = reportEntry.getByRole('link', { name: 'Xác minh tại báo cáo mốc' });
    expect(link.getAttribute('href')).toBe('#wf-report-31');
    expect(document.getElementById('wf-report-31')).toBe(item);
    // Evidence of the task itself is verified in the list, and appears nowhere else.
    const taskEntry = within(listed.getByText('Quyết định phê duyệt đề án').closest('li')!);
    expect(taskEntry.getByRole('button', { name: 'Xác minh' })).toBeTruthy();
    expect(screen.getAllByText('Quyết định phê duyệt đề án')).toHaveLength(1);
  });

  it('links a reader who may not verify to the report to see it', () => {
    const { list } = renderTaskEvidence(task({ viewerCanVerifyEvidence: false }));
    expect(screen.queryByRole('button')).toBeNull();
    const reportEntry = within(within(list).getByText('Biên bản nghiệm thu quý II').closest('li')!);
    expect(reportEntry.getByRole('link', { name: 'Xem tại báo cáo mốc' }).getAttribute('href')).toBe('#wf-report-31');
  });

  it('keeps in the list, with its actions, evidence of a report on the task as a whole (shown under no report)', () => {
    renderTaskEvidence(
      task({
        viewerCanVerifyEvidence: true,
        progressReports: [testReport(31, 1, 'Đã số hóa 600 hồ sơ.'), testReport(32, null, 'Tiến độ chung đạt 50%.')],
        evidence: [evidence(9, 'Báo cáo tổng hợp', 'MILESTONE_REPORT', 32)],
      }),
    );
    expect(screen.getAllByText('Báo cáo tổng hợp')).toHaveLength(1);
    expect(screen.getAllByRole('button', { name: 'Xác minh' })).toHaveLength(1);
    expect(screen.queryByRole('link', { name: 'Xác minh tại báo cáo mốc' })).toBeNull();
  });
});
