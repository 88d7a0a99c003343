import { DEFAULT_CYCLE_RULES, checkKeyTask } from '@nvtt/shared';
import { describe, expect, it } from 'vitest';
import {
  draftFormSchema,
  draftInputOf,
  emptyDraftValues,
  readDraftForm,
  readNumber,
  type DraftFormValues,
} from './draft-form';

const messages = { dateInvalid: 'Ngày sai', numberInvalid: 'Số sai', sourceRequired: 'Chọn văn bản' };

const filled: DraftFormValues = {
  title: '  Hoàn thành quy hoạch phân khu Bắc Vân Phong ',
  description: 'Lập và trình phê duyệt',
  spillOverNote: '',
  startsOn: '1/1/2027',
  endsOn: '31/12/2027',
  multiYear: false,
  outputs: [{ name: 'Đồ án quy hoạch', unit: 'đồ án', target: '1.500,5', dueOn: '' }],
  alignments: [{ source: 'NQ09_TW_2022', area: 'PLANNING', referenceText: 'Mục 3' }],
};

describe('the key task draft form', () => {
  it('reads dd/mm/yyyy dates and Vietnamese numbers into the shared draft', () => {
    const { draft, problems } = readDraftForm(filled, messages);
    expect(problems).toEqual([]);
    expect(draft.startsOn).toBe('2027-01-01');
    expect(draft.endsOn).toBe('2027-12-31');
    expect(draft.outputs[0]).toEqual({ name: 'Đồ án quy hoạch', unit: 'đồ án', target: 1500.5, dueOn: null });
    expect(checkKeyTask(draft, DEFAULT_CYCLE_RULES, 2027, null)).toEqual([]);
    expect(readNumber('12')).toBe(12);
    expect(readNumber('1,5')).toBe(1.5);
    expect(readNumber('abc')).toBe('invalid');
  });

  it('names what cannot be read, at the field', () => {
    const { problems } = readDraftForm(
      {
        ...filled,
        endsOn: '31/02/2027',
        outputs: [{ ...filled.outputs[0]!, target: 'mười' }],
        alignments: [{ source: '', area: '', referenceText: '' }],
      },
      messages,
    );
    expect(problems).toEqual([
      { path: 'outputs.0.target', message: 'Số sai' },
      { path: 'alignments.0.source', message: 'Chọn văn bản' },
      { path: 'endsOn', message: 'Ngày sai' },
    ]);
  });

  it('refuses to save what the shared schema refuses (a title over 300 characters)', () => {
    const result = draftFormSchema(messages).safeParse({ ...filled, title: 'x'.repeat(301) });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ['title'], message: 'Tên nhiệm vụ không quá 300 ký tự.' });
    expect(draftFormSchema(messages).safeParse(emptyDraftValues()).success).toBe(false);
    // A draft may be incomplete, but not nameless: the title (and any output's name) must say something.
    expect(draftFormSchema(messages).safeParse({ ...emptyDraftValues(), alignments: [] }).success).toBe(false);
    expect(
      draftFormSchema(messages).safeParse({ ...emptyDraftValues(), title: 'Nhiệm vụ', outputs: [], alignments: [] })
        .success,
    ).toBe(true);
  });

  it('sends the API what the cadre typed, trimmed', () => {
    expect(draftInputOf(filled, messages)).toEqual({
      title: 'Hoàn thành quy hoạch phân khu Bắc Vân Phong',
      description: 'Lập và trình phê duyệt',
      spillOverNote: '',
      startsOn: '2027-01-01',
      endsOn: '2027-12-31',
      multiYear: false,
      outputs: [{ name: 'Đồ án quy hoạch', unit: 'đồ án', target: 1500.5, dueOn: null }],
      alignments: [{ source: 'NQ09_TW_2022', area: 'PLANNING', referenceText: 'Mục 3' }],
    });
  });
});
