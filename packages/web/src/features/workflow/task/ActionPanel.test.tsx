import '../i18n';
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from '../../../app/router';
import { describe, expect, it, vi } from 'vitest';
import { WfReturnDocument } from '../graphql/review.documents';
import { ActionPanel, visibleActions } from './ActionPanel';
import { testTask } from './test-task';

function renderPanel(task: ReturnType<typeof testTask>, mocks: MockLink.MockedResponse[] = []) {
  const onDone = vi.fn();
  render(
    <MockedProvider mocks={mocks}>
      <MemoryRouter>
        <ActionPanel task={task} advisoryAgencies={[]} onDone={onDone} />
      </MemoryRouter>
    </MockedProvider>,
  );
  return onDone;
}

const actionNames = () => Array.from(document.querySelectorAll('summary')).map((node) => node.textContent);

describe('ActionPanel', () => {
  it('offers exactly the actions the API allows', () => {
    renderPanel(testTask({ availableActions: ['RETURN', 'APPRAISE'] }));
    expect(actionNames()).toEqual(['Trả lại để hoàn thiện', 'Thẩm định, chấp thuận']);
    expect(screen.queryByText('Gửi đăng ký')).toBeNull();
  });

  it('says so when nothing is allowed', () => {
    renderPanel(testTask({ availableActions: [] }));
    expect(screen.getByText('Hiện không có thao tác nào dành cho bạn ở bước này.')).toBeTruthy();
    expect(document.querySelectorAll('button')).toHaveLength(0);
  });

  it('shows assign/reject once, and the change decision only while a request waits', () => {
    const proposed = testTask({ state: 'PROPOSED', availableActions: ['ASSIGN', 'REJECT', 'WITHDRAW'] });
    expect(visibleActions(proposed)).toEqual(['ASSIGN', 'WITHDRAW']);
    const planned = testTask({ state: 'PLANNED', availableActions: ['DECIDE_CHANGE', 'SUSPEND'] });
    expect(visibleActions(planned)).toEqual(['SUSPEND']);
  });

  it('asks for the reason a return needs, then shows the API’s answer', async () => {
    const task = testTask({ availableActions: ['RETURN'] });
    const mocks = [
      {
        request: { query: WfReturnDocument, variables: { id: task.id, comment: 'Bổ sung chỉ tiêu định lượng.' } },
        result: {
          data: {
            keyTaskReturn: {
              __typename: 'KeyTaskPayload',
              keyTask: null,
              userErrors: [
                {
                  __typename: 'UserError',
                  code: 'WRONG_STATE',
                  message: 'Không thể "Trả lại để hoàn thiện" khi nhiệm vụ đang ở trạng thái "Đã thẩm định".',
                  messageEn: 'Wrong state.',
                  field: null,
                  rule: null,
                },
              ],
            },
          },
        },
      },
    ];
    const onDone = renderPanel(task, mocks);
    // The simple action forms load after the panel (task/lazy-forms.ts).
    const button = await screen.findByRole('button', { name: 'Trả lại để hoàn thiện' });
    await userEvent.click(button);
    const reason = screen.getByLabelText('Lý do, ý kiến khi “Trả lại để hoàn thiện”');
    expect(document.activeElement).toBe(reason);
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(reason.getAttribute('aria-describedby')!)?.textContent).toBe(
      'Cần ghi rõ lý do, ý kiến.',
    );
    await userEvent.type(reason, 'Bổ sung chỉ tiêu định lượng.');
    await userEvent.click(button);
    expect(
      (await screen.findByText(/khi nhiệm vụ đang ở trạng thái "Đã thẩm định"/)).closest('[role="alert"]'),
    ).toBeTruthy();
    expect(onDone).not.toHaveBeenCalled();
  });
});
