// zod/mini: the same checks as zod's classic API at about a quarter of its size in the dashboard's forms.
import { z } from 'zod/mini';
import { ALIGNMENT_AREAS, ALIGNMENT_SOURCES } from './alignment.js';
import { enumObjectOf } from './label.js';
import type { KeyTaskDraft } from './registration-rules.js';
import { isLocalDate } from './time.js';

/**
 * The shape of a key task draft at the boundary (API input, web form). It bounds sizes and types
 * only; a draft may still be incomplete — whether it can be submitted is checkRegistration's job.
 */

export const KEY_TASK_DRAFT_LIMITS = {
  titleMaxLength: 300,
  descriptionMaxLength: 5000,
  outputNameMaxLength: 300,
  unitMaxLength: 50,
  targetMax: 1e12,
  maxOutputs: 20,
  maxAlignments: 10,
} as const;

const L = KEY_TASK_DRAFT_LIMITS;

function text(field: string, maxLength: number) {
  return z
    .string({ error: `${field} phải là văn bản.` })
    .check(z.maxLength(maxLength, { error: `${field} không quá ${maxLength} ký tự.` }));
}

/** Text that must say something: the database keeps no blank title or output name, even in a draft. */
function requiredText(field: string, maxLength: number) {
  return text(field, maxLength).check(
    z.refine((value) => value.trim().length > 0, { error: `Cần nhập ${field.toLowerCase()}.` }),
  );
}

function optionalDate(field: string) {
  return z.nullable(
    z
      .string({ error: `${field} phải là ngày dạng YYYY-MM-DD.` })
      .check(z.refine(isLocalDate, { error: `${field} không phải là ngày hợp lệ (YYYY-MM-DD).` })),
  );
}

export const keyTaskOutputDraftSchema = z.object({
  name: requiredText('Tên sản phẩm đầu ra', L.outputNameMaxLength),
  unit: z.nullable(text('Đơn vị tính', L.unitMaxLength)),
  target: z.nullable(
    z
      // zod 4 already refuses NaN and ±Infinity for z.number().
      .number({ error: 'Chỉ tiêu phải là một số.' })
      .check(
        z.gte(0, { error: 'Chỉ tiêu không được âm.' }),
        z.lte(L.targetMax, { error: 'Chỉ tiêu không quá 1.000.000.000.000.' }),
      ),
  ),
  dueOn: optionalDate('Thời hạn hoàn thành sản phẩm'),
});

export const keyTaskAlignmentDraftSchema = z.object({
  source: z.enum(enumObjectOf(ALIGNMENT_SOURCES), { error: 'Căn cứ, định hướng không hợp lệ.' }),
  area: z.nullable(z.enum(enumObjectOf(ALIGNMENT_AREAS), { error: 'Lĩnh vực định hướng không hợp lệ.' })),
});

export const keyTaskDraftSchema = z.object({
  title: requiredText('Tên nhiệm vụ', L.titleMaxLength),
  description: text('Mô tả nhiệm vụ', L.descriptionMaxLength),
  startsOn: optionalDate('Ngày bắt đầu'),
  endsOn: optionalDate('Ngày kết thúc'),
  multiYear: z.boolean({ error: 'Cần cho biết nhiệm vụ có thực hiện nhiều năm hay không.' }),
  outputs: z
    .array(keyTaskOutputDraftSchema, { error: 'Danh sách sản phẩm đầu ra không hợp lệ.' })
    .check(z.maxLength(L.maxOutputs, { error: `Mỗi nhiệm vụ có không quá ${L.maxOutputs} sản phẩm đầu ra.` })),
  alignments: z.array(keyTaskAlignmentDraftSchema, { error: 'Danh sách căn cứ, định hướng không hợp lệ.' }).check(
    z.maxLength(L.maxAlignments, {
      error: `Mỗi nhiệm vụ gắn với không quá ${L.maxAlignments} căn cứ, định hướng.`,
    }),
  ),
});

// A parsed value is a KeyTaskDraft: the schema and the interface cannot drift apart unnoticed.
type Assert<T extends true> = T;
type _ParsedDraftIsKeyTaskDraft = Assert<z.infer<typeof keyTaskDraftSchema> extends KeyTaskDraft ? true : false>;
