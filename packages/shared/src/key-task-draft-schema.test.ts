import { describe, expect, it } from 'vitest';
import { keyTaskDraftSchema, type KeyTaskDraft } from './index.js';

const draft: KeyTaskDraft = {
  title: 'Đưa Khu kinh tế Vân Phong vào danh sách khu kinh tế ven biển trọng điểm',
  description: '',
  startsOn: '2026-01-01',
  endsOn: '2026-12-31',
  multiYear: false,
  outputs: [{ name: 'Quyết định', unit: 'quyết định', target: 1, dueOn: '2026-10-31' }],
  alignments: [{ source: 'NQ55_QH15_2022', area: null }],
};

function messages(input: unknown): string[] {
  const result = keyTaskDraftSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('key task draft schema', () => {
  it('accepts a draft, even one not ready to submit', () => {
    expect(keyTaskDraftSchema.parse(draft)).toEqual(draft);
    const incomplete = { ...draft, startsOn: null, endsOn: null, outputs: [], alignments: [] };
    expect(messages(incomplete)).toEqual([]);
  });

  it('needs a title and output names that say something, even in a draft (the database keeps no blank ones)', () => {
    expect(messages({ ...draft, title: '  ' })).toEqual(['title: Cần nhập tên nhiệm vụ.']);
    expect(messages({ ...draft, outputs: [{ ...draft.outputs[0]!, name: '' }] })).toEqual([
      'outputs.0.name: Cần nhập tên sản phẩm đầu ra.',
    ]);
  });

  it('bounds sizes, with messages in Vietnamese', () => {
    expect(messages({ ...draft, title: 'x'.repeat(301) })).toEqual(['title: Tên nhiệm vụ không quá 300 ký tự.']);
    expect(messages({ ...draft, title: 'x'.repeat(300) })).toEqual([]);
    expect(messages({ ...draft, description: 'x'.repeat(5001) })).toEqual([
      'description: Mô tả nhiệm vụ không quá 5000 ký tự.',
    ]);
    expect(messages({ ...draft, outputs: Array.from({ length: 21 }, () => draft.outputs[0]) })).toEqual([
      'outputs: Mỗi nhiệm vụ có không quá 20 sản phẩm đầu ra.',
    ]);
    expect(messages({ ...draft, alignments: Array.from({ length: 11 }, () => draft.alignments[0]) })).toEqual([
      'alignments: Mỗi nhiệm vụ gắn với không quá 10 căn cứ, định hướng.',
    ]);
    const output = draft.outputs[0]!;
    expect(messages({ ...draft, outputs: [{ ...output, name: 'x'.repeat(301), unit: 'x'.repeat(51) }] })).toEqual([
      'outputs.0.name: Tên sản phẩm đầu ra không quá 300 ký tự.',
      'outputs.0.unit: Đơn vị tính không quá 50 ký tự.',
    ]);
  });

  it('refuses targets that are not finite numbers in range', () => {
    const output = draft.outputs[0]!;
    const withTarget = (target: unknown) => ({ ...draft, outputs: [{ ...output, target }] });
    expect(messages(withTarget(Number.POSITIVE_INFINITY))).toEqual(['outputs.0.target: Chỉ tiêu phải là một số.']);
    expect(messages(withTarget(Number.NaN))).toEqual(['outputs.0.target: Chỉ tiêu phải là một số.']);
    expect(messages(withTarget('5'))).toEqual(['outputs.0.target: Chỉ tiêu phải là một số.']);
    expect(messages(withTarget(-1))).toEqual(['outputs.0.target: Chỉ tiêu không được âm.']);
    expect(messages(withTarget(1e12 + 1))).toEqual(['outputs.0.target: Chỉ tiêu không quá 1.000.000.000.000.']);
    expect(messages(withTarget(1e12))).toEqual([]);
    expect(messages(withTarget(null))).toEqual([]);
  });

  it('refuses dates that are not real calendar dates and unknown codes', () => {
    expect(messages({ ...draft, endsOn: '2026-02-30' })).toEqual([
      'endsOn: Ngày kết thúc không phải là ngày hợp lệ (YYYY-MM-DD).',
    ]);
    expect(messages({ ...draft, startsOn: '01/01/2026' })).toEqual([
      'startsOn: Ngày bắt đầu không phải là ngày hợp lệ (YYYY-MM-DD).',
    ]);
    expect(messages({ ...draft, alignments: [{ source: 'NQ99', area: 'TOURISM_SERVICES' }] })).toEqual([
      'alignments.0.source: Căn cứ, định hướng không hợp lệ.',
    ]);
    expect(messages({ ...draft, multiYear: 'no' })).toEqual([
      'multiYear: Cần cho biết nhiệm vụ có thực hiện nhiều năm hay không.',
    ]);
  });
});
