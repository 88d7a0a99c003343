import '../i18n';
import { MockedProvider } from '@apollo/client/testing/react';
import { DEFAULT_CYCLE_RULES } from '@nvtt/shared';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { WfTaskCreateDocument } from '../graphql/task-forms.documents';
import { TaskDraftForm } from './TaskDraftForm';

const input = {
  title: 'Số hóa hồ sơ cán bộ',
  description: '',
  spillOverNote: '',
  startsOn: '2027-01-01',
  endsOn: '2027-12-31',
  multiYear: false,
  outputs: [{ name: 'Hồ sơ được số hóa', unit: 'hồ sơ', target: 1200, dueOn: null }],
  alignments: [{ source: 'NQ09_TW_2022', area: null, referenceText: '' }],
};

const refused = {
  request: { query: WfTaskCreateDocument, variables: { year: 2027, input } },
  result: {
    data: {
      keyTaskCreate: {
        __typename: 'KeyTaskPayload',
        keyTask: null,
        userErrors: [
          {
            __typename: 'UserError',
            code: 'RULE_VIOLATION',
            message: 'Mỗi cán bộ đăng ký đúng số nhiệm vụ trọng tâm quy định cho kỳ: 3 nhiệm vụ; bạn đã có 3.',
            messageEn: 'Three already.',
            field: null,
            rule: 'TASK_COUNT',
          },
        ],
      },
    },
  },
};

/** Types a whole value at once (a paste), so the live checks run once per field. */
async function fill(field: HTMLElement, text: string) {
  await userEvent.click(field);
  await userEvent.paste(text);
}

function renderForm() {
  render(
    <MockedProvider mocks={[refused]}>
      <TaskDraftForm cycleYear={2027} rules={DEFAULT_CYCLE_RULES} onSaved={vi.fn()} onCancel={vi.fn()} />
    </MockedProvider>,
  );
  return within(screen.getByRole('region', { name: 'Kiểm tra theo quy định đăng ký' }));
}

describe('TaskDraftForm', { timeout: 20_000 }, () => {
  it('checks the registration rules live, in Vietnamese, next to the fields', async () => {
    const rules = renderForm();
    expect(rules.getByText('Chưa nhập tên nhiệm vụ.')).toBeTruthy();
    expect(rules.getByText('Chưa nhập ngày bắt đầu.')).toBeTruthy();
    expect(rules.getByText(/Sản phẩm đầu ra thứ 1 chưa đo đếm được/)).toBeTruthy();
    await fill(screen.getByLabelText('Tên nhiệm vụ'), 'Số hóa hồ sơ cán bộ');
    expect(rules.queryByText('Chưa nhập tên nhiệm vụ.')).toBeNull();
    await fill(screen.getByLabelText('Ngày bắt đầu (dd/mm/yyyy)'), '01/01/2027');
    await fill(screen.getByLabelText('Ngày kết thúc (dd/mm/yyyy)'), '01/02/2028');
    expect(rules.getByText('Thời gian thực hiện không quá 12 tháng; nhiệm vụ này kéo dài 14 tháng.')).toBeTruthy();
    const endsOn = screen.getByLabelText('Ngày kết thúc (dd/mm/yyyy)');
    expect(endsOn.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(endsOn.getAttribute('aria-describedby')!)?.textContent).toContain(
      'kéo dài 14 tháng',
    );
    await userEvent.clear(endsOn);
    await fill(endsOn, '31/12/2027');
    expect(rules.queryByText(/kéo dài/)).toBeNull();
  });

  it('saves the draft and shows the API’s Vietnamese refusal', async () => {
    const rules = renderForm();
    await fill(screen.getByLabelText('Tên nhiệm vụ'), 'Số hóa hồ sơ cán bộ');
    await fill(screen.getByLabelText('Ngày bắt đầu (dd/mm/yyyy)'), '01/01/2027');
    await fill(screen.getByLabelText('Ngày kết thúc (dd/mm/yyyy)'), '31/12/2027');
    await fill(screen.getByLabelText('Tên sản phẩm'), 'Hồ sơ được số hóa');
    await fill(screen.getByLabelText('Đơn vị tính'), 'hồ sơ');
    await fill(screen.getByLabelText('Chỉ tiêu'), '1200');
    await userEvent.selectOptions(screen.getByLabelText('Văn bản'), 'NQ09_TW_2022');
    expect(rules.getByText('Nhiệm vụ đáp ứng các quy định đăng ký; có thể gửi đăng ký sau khi lưu.')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Lưu dự thảo' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Mỗi cán bộ đăng ký đúng số nhiệm vụ trọng tâm quy định cho kỳ: 3 nhiệm vụ');
  });

  it('does not save a date that is not one', async () => {
    renderForm();
    await fill(screen.getByLabelText('Ngày bắt đầu (dd/mm/yyyy)'), '30/02/2027');
    await userEvent.click(screen.getByRole('button', { name: 'Lưu dự thảo' }));
    const startsOn = screen.getByLabelText('Ngày bắt đầu (dd/mm/yyyy)');
    expect(startsOn.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(startsOn.getAttribute('aria-describedby')!)?.textContent).toContain(
      'Ngày không hợp lệ; nhập theo dạng dd/mm/yyyy.',
    );
  });
});
