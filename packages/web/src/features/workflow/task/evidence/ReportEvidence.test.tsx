import '../../i18n';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WfTaskDetailFragment } from '../../../../gql/graphql';
import { WfEvidenceVerifyDocument } from '../../graphql/evidence.documents';
import { WfEvidenceAddDocument } from '../../graphql/task-forms.documents';
import { TaskProgress } from '../TaskDetails';
import { testReport, testTask } from '../test-task';
import { EvidenceTargetPicker } from './EvidenceTargetPicker';
import { TASK_CHOICE, type EvidenceChoice } from './evidence-choice';

afterEach(() => vi.unstubAllGlobals());

type Evidence = WfTaskDetailFragment['evidence'][number];
const milestone = (periodLabel: string, dueOn: string) => ({
  periodKind: 'QUARTER' as const,
  periodLabel,
  dueOn,
  doneOn: null,
  expectedOutput: '300 hồ sơ',
  status: 'PENDING' as const,
});
const minutes: Evidence = {
  id: 7,
  kind: 'DOCUMENT',
  fileName: null,
  fileSize: null,
  contentType: null,
  sha256: null,
  downloadUrl: null,
  target: 'MILESTONE_REPORT',
  outputOrdinal: null,
  progressReportId: 31,
  title: 'Biên bản nghiệm thu quý II',
  documentNumber: '88/BB-SNV',
  documentDate: '2027-06-27',
  issuer: 'Sở Nội vụ',
  addedAt: '2027-06-28T08:00:00.000Z',
  addedByLabel: 'Bùi Anh Thắng',
  verification: 'PENDING',
  verificationNote: null,
  verifiedAt: null,
  verifiedByLabel: null,
};

function inProgress(overrides: Partial<WfTaskDetailFragment> = {}): WfTaskDetailFragment {
  return testTask({
    state: 'IN_PROGRESS',
    milestones: [milestone('Quý I/2027', '2027-03-31'), milestone('Quý II/2027', '2027-06-30')],
    progressReports: [testReport(31, 2, 'Đã số hóa 600 hồ sơ.'), testReport(32, null, 'Tiến độ chung đạt 50%.')],
    evidence: [minutes],
    ...overrides,
  });
}

function renderProgress(task: WfTaskDetailFragment, mocks: MockLink.MockedResponse[] = []) {
  const onDone = vi.fn();
  render(
    <MockedProvider mocks={mocks}>
      <TaskProgress task={task} onDone={onDone} />
    </MockedProvider>,
  );
  return onDone;
}

const reportItem = (note: string) => screen.getByText(note).closest('li')!;

describe('evidence of a milestone report on the task page', () => {
  it('shows each milestone report’s evidence beside it, and none beside a task-wide report', () => {
    renderProgress(inProgress());
    const milestoneReport = within(reportItem('Đã số hóa 600 hồ sơ.'));
    expect(milestoneReport.getByText(/^Mốc Quý II\/2027 — /)).toBeTruthy();
    expect(milestoneReport.getByText('Biên bản nghiệm thu quý II')).toBeTruthy();
    expect(milestoneReport.getByText('Chưa xác minh')).toBeTruthy();
    const taskWide = reportItem('Tiến độ chung đạt 50%.');
    expect(taskWide.textContent).not.toContain('Biên bản nghiệm thu');
    // Readers who may neither add nor verify get no forms.
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.queryByText('Đính kèm minh chứng cho báo cáo này')).toBeNull();
  });

  it('lets the cadre reference a document for that very report', async () => {
    const task = inProgress({ viewerCanAddEvidence: true, evidence: [] });
    const input = {
      target: 'MILESTONE_REPORT',
      outputNumber: null,
      progressReport: 31,
      title: 'Biên bản nghiệm thu quý II',
      documentNumber: '88/BB-SNV',
      documentDate: '2027-06-27',
      issuer: 'Sở Nội vụ',
    };
    const onDone = renderProgress(task, [
      {
        request: { query: WfEvidenceAddDocument, variables: { id: task.id, input } },
        result: {
          data: {
            evidenceAdd: { __typename: 'EvidencePayload', evidence: { __typename: 'Evidence', id: 8 }, userErrors: [] },
          },
        },
      },
    ]);
    // Only the milestone report offers to attach; the report is given, so no target is asked.
    const item = within(reportItem('Đã số hóa 600 hồ sơ.'));
    expect(within(reportItem('Tiến độ chung đạt 50%.')).queryByText('Đính kèm minh chứng cho báo cáo này')).toBeNull();
    await userEvent.click(item.getByText('Đính kèm minh chứng cho báo cáo này'));
    expect(item.queryByLabelText('Minh chứng cho')).toBeNull();
    const form = within((await item.findByRole('heading', { name: 'Thêm minh chứng (văn bản)' })).closest('form')!);
    await userEvent.type(form.getByLabelText('Trích yếu'), input.title);
    await userEvent.type(form.getByLabelText('Số văn bản'), input.documentNumber);
    await userEvent.type(form.getByLabelText('Ngày văn bản (dd/mm/yyyy)'), '27/06/2027');
    await userEvent.type(form.getByLabelText('Cơ quan ban hành'), input.issuer);
    await userEvent.click(form.getByRole('button', { name: 'Thêm minh chứng' }));
    await vi.waitFor(() => expect(onDone).toHaveBeenCalledWith('Đã thêm minh chứng.'));
  });

  it('uploads a file naming the report', async () => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify({ evidence: { id: 9 } }), { status: 201 }));
    vi.stubGlobal('fetch', fetchMock);
    const onDone = renderProgress(inProgress({ viewerCanAddEvidence: true }));
    const item = within(reportItem('Đã số hóa 600 hồ sơ.'));
    await userEvent.click(item.getByText('Đính kèm minh chứng cho báo cáo này'));
    const form = within(item.getByRole('heading', { name: 'Đính kèm tệp minh chứng' }).closest('form')!);
    const file = new File([new Uint8Array([0x25, 0x50, 0x44, 0x46])], 'Biên bản.pdf', { type: 'application/pdf' });
    await userEvent.upload(form.getByLabelText('Tệp'), file);
    await userEvent.click(form.getByRole('button', { name: 'Tải lên' }));
    await vi.waitFor(() => expect(onDone).toHaveBeenCalledWith('Đã đính kèm tệp minh chứng.'));
    const sent = (fetchMock.mock.calls[0] as unknown as [string, RequestInit])[1].body as FormData;
    expect([sent.get('target'), sent.get('progressReport'), sent.has('outputNumber')]).toEqual([
      'MILESTONE_REPORT',
      '31',
      false,
    ]);
  });

  it('lets the focal agency verify it beside the report', async () => {
    const onDone = renderProgress(inProgress({ viewerCanVerifyEvidence: true }), [
      {
        request: { query: WfEvidenceVerifyDocument, variables: { id: 7, verdict: 'VERIFIED', note: null } },
        result: {
          data: {
            evidenceVerify: {
              __typename: 'EvidencePayload',
              evidence: {
                __typename: 'Evidence',
                id: 7,
                verification: 'VERIFIED',
                verificationNote: null,
                verifiedAt: '2027-06-29T02:00:00.000Z',
                verifiedByLabel: 'Sở Nội vụ',
              },
              userErrors: [],
            },
          },
        },
      },
    ]);
    await userEvent.click(within(reportItem('Đã số hóa 600 hồ sơ.')).getByRole('button', { name: 'Xác minh' }));
    await vi.waitFor(() => expect(onDone).toHaveBeenCalledWith('Đã cập nhật xác minh minh chứng.'));
  });
});

describe('EvidenceTargetPicker', () => {
  function Picker({ task, initial }: { task: WfTaskDetailFragment; initial: EvidenceChoice }) {
    const onChange = vi.fn();
    render(<EvidenceTargetPicker task={task} value={initial} onChange={onChange} errors={{}} />);
    return onChange;
  }

  it('offers a milestone report only when the task has one, and lists the milestone reports by period', async () => {
    Picker({ task: inProgress({ progressReports: [testReport(32, null, 'Chung.')] }), initial: TASK_CHOICE });
    const options = () => Array.from(document.querySelectorAll('option')).map((option) => option.textContent);
    expect(options()).toEqual(['Nhiệm vụ', 'Sản phẩm đầu ra', 'Bản tự đánh giá']);
    document.body.innerHTML = '';
    const onChange = Picker({
      task: inProgress(),
      initial: { target: 'MILESTONE_REPORT', output: '', report: '' },
    });
    expect(options()).toContain('Báo cáo mốc tiến độ');
    const reports = screen.getByLabelText('Báo cáo mốc tiến độ');
    expect(Array.from(reports.querySelectorAll('option')).map((option) => option.textContent)).toEqual([
      '— Chọn —',
      'Quý II/2027 — 28/06/2027 14:30',
    ]);
    await userEvent.selectOptions(reports, '31');
    expect(onChange).toHaveBeenCalledWith({ target: 'MILESTONE_REPORT', output: '', report: '31' });
  });
});
