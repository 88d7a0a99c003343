import '../i18n';
import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { WfProgressReportDocument } from '../graphql/task-forms.documents';
import { ProgressForm } from './CadreForms';
import { actualInputs } from './OutputActualFields';
import { testTask } from './test-task';

const task = testTask({
  state: 'IN_PROGRESS',
  outputs: [
    { ordinal: 1, name: 'Hồ sơ được số hóa', unit: 'hồ sơ', target: 1200, actual: 300, dueOn: null },
    { ordinal: 2, name: 'Quy chế khai thác', unit: null, target: null, actual: null, dueOn: '2026-09-30' },
  ],
});

describe('ProgressForm: actual output values', () => {
  it('sends only the values entered, each in its output’s unit', () => {
    expect(actualInputs(task.outputs, [{ value: '1.250,5' }, { value: '' }])).toEqual([
      { output: 1, actual: 1250.5, unit: 'hồ sơ' },
    ]);
    expect(actualInputs(task.outputs, [{ value: '0' }, { value: '2' }])).toEqual([
      { output: 1, actual: 0, unit: 'hồ sơ' },
      { output: 2, actual: 2, unit: null },
    ]);
  });

  it('shows each output with its target and latest actual, refuses a negative value, then reports the values', async () => {
    const onDone = vi.fn();
    const input = {
      milestoneNumber: null,
      status: 'ON_TRACK',
      percentComplete: null,
      note: 'Đã số hóa thêm hồ sơ quý III.',
      actuals: [{ output: 1, actual: 1250.5, unit: 'hồ sơ' }],
    };
    render(
      <MockedProvider
        mocks={[
          {
            request: { query: WfProgressReportDocument, variables: { id: task.id, input } },
            result: {
              data: {
                milestoneReport: {
                  __typename: 'ProgressReportPayload',
                  progressReport: { __typename: 'ProgressReport', reportedAt: '2026-11-27T03:00:00.000Z' },
                  userErrors: [],
                },
              },
            },
          },
        ]}
      >
        <ProgressForm task={task} onDone={onDone} />
      </MockedProvider>,
    );
    const first = screen.getByLabelText('Kết quả thực hiện: Hồ sơ được số hóa (hồ sơ)');
    expect(document.getElementById(first.getAttribute('aria-describedby')!)?.textContent).toBe(
      'chỉ tiêu 1.200 hồ sơ; lần báo cáo trước 300 hồ sơ',
    );
    expect(screen.getByLabelText('Kết quả thực hiện: Quy chế khai thác')).toBeTruthy();

    await userEvent.type(screen.getByLabelText('Nội dung đã thực hiện'), input.note);
    await userEvent.type(first, '-3');
    await userEvent.click(screen.getByRole('button', { name: 'Gửi báo cáo' }));
    expect(await screen.findByText('Kết quả không được âm.')).toBeTruthy();
    expect(first.getAttribute('aria-invalid')).toBe('true');
    expect(onDone).not.toHaveBeenCalled();

    await userEvent.clear(first);
    await userEvent.type(first, '1.250,5');
    await userEvent.click(screen.getByRole('button', { name: 'Gửi báo cáo' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith('Đã gửi báo cáo tiến độ.'));
    // The form is ready for the next report: the values entered are cleared.
    expect((first as HTMLInputElement).value).toBe('');
  }, 15_000);
});
