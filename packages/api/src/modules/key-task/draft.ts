import { foldForSearch, keyTaskDraftSchema, normalizeText, type KeyTaskDraft } from '@nvtt/shared';
import type { EntityManager } from 'typeorm';
import { UserErrorsException, userError } from '../../graphql/user-error.js';
import type { KeyTaskDraftInput } from './key-task.inputs.js';
import type { AlignmentEntity, KeyTaskEntity, OutputProductEntity, TaskSnapshot } from './key-task.entity.js';

const SPILL_OVER_MAX = 2000;
const REFERENCE_MAX = 300;

export interface NormalizedDraft extends KeyTaskDraft {
  readonly spillOverNote: string;
  readonly referenceTexts: readonly string[];
}

/** A proposed version as stored in a change request. */
export type StoredDraft = NormalizedDraft & { readonly version: number };

/** A stored draft back into the input shape, so it passes the same checks when applied. */
export function draftToInput(draft: NormalizedDraft): KeyTaskDraftInput {
  return {
    title: draft.title,
    description: draft.description,
    spillOverNote: draft.spillOverNote,
    startsOn: draft.startsOn,
    endsOn: draft.endsOn,
    multiYear: draft.multiYear,
    outputs: draft.outputs.map((output) => ({ ...output })),
    alignments: draft.alignments.map((alignment, index) => ({
      source: alignment.source,
      area: alignment.area,
      referenceText: draft.referenceTexts[index] ?? '',
    })),
  };
}

/** Text in NFC and trimmed, blanks as null, then checked against the shared schema's limits. */
export function normalizeDraft(input: KeyTaskDraftInput): NormalizedDraft {
  const optional = (value: string | null | undefined) => {
    const text = normalizeText(value ?? '');
    return text === '' ? null : text;
  };
  const candidate = {
    title: normalizeText(input.title),
    description: normalizeText(input.description ?? ''),
    startsOn: input.startsOn ?? null,
    endsOn: input.endsOn ?? null,
    multiYear: input.multiYear ?? false,
    outputs: input.outputs.map((output) => ({
      name: normalizeText(output.name),
      unit: optional(output.unit),
      target: output.target ?? null,
      dueOn: output.dueOn ?? null,
    })),
    alignments: input.alignments.map((alignment) => ({ source: alignment.source, area: alignment.area ?? null })),
  };
  const parsed = keyTaskDraftSchema.safeParse(candidate);
  const errors = parsed.success
    ? []
    : parsed.error.issues.map((issue) =>
        userError('INVALID_INPUT', { vi: issue.message, en: issue.message }, { field: issue.path.map(String) }),
      );
  const spillOverNote = normalizeText(input.spillOverNote ?? '');
  if (spillOverNote.length > SPILL_OVER_MAX) {
    errors.push(
      userError(
        'INVALID_INPUT',
        {
          vi: `Tính lan tỏa không quá ${SPILL_OVER_MAX} ký tự.`,
          en: `Spill-over note: at most ${SPILL_OVER_MAX} characters.`,
        },
        { field: ['spillOverNote'] },
      ),
    );
  }
  const referenceTexts = input.alignments.map((alignment) => normalizeText(alignment.referenceText ?? ''));
  referenceTexts.forEach((text, index) => {
    if (text.length > REFERENCE_MAX) {
      errors.push(
        userError(
          'INVALID_INPUT',
          {
            vi: `Trích dẫn căn cứ không quá ${REFERENCE_MAX} ký tự.`,
            en: `Reference: at most ${REFERENCE_MAX} characters.`,
          },
          { field: ['alignments', String(index), 'referenceText'] },
        ),
      );
    }
  });
  if (errors.length > 0) throw new UserErrorsException(errors);
  return { ...candidate, spillOverNote, referenceTexts };
}

/** Writes a draft's fields, outputs and alignments onto a task row (replacing the lists). */
export async function writeDraft(db: EntityManager, taskId: number, draft: NormalizedDraft, now: Date): Promise<void> {
  await db.query(
    `UPDATE key_task SET title = $2, description = $3, spill_over_note = $4, starts_on = $5, ends_on = $6,
            multi_year = $7, search_text = $8, updated_at = $9
      WHERE id = $1`,
    [
      taskId,
      draft.title,
      draft.description,
      draft.spillOverNote,
      draft.startsOn,
      draft.endsOn,
      draft.multiYear,
      foldForSearch(`${draft.title} ${draft.description}`),
      now,
    ],
  );
  await db.query('DELETE FROM output_product WHERE key_task_id = $1', [taskId]);
  for (const [index, output] of draft.outputs.entries()) {
    await db.query(
      `INSERT INTO output_product (key_task_id, ordinal, name, unit, target, due_on) VALUES ($1, $2, $3, $4, $5, $6)`,
      [taskId, index + 1, output.name, output.unit, output.target, output.dueOn],
    );
  }
  await db.query('DELETE FROM alignment WHERE key_task_id = $1', [taskId]);
  for (const [index, alignment] of draft.alignments.entries()) {
    await db.query(`INSERT INTO alignment (key_task_id, source, area, reference_text) VALUES ($1, $2, $3, $4)`, [
      taskId,
      alignment.source,
      alignment.area,
      draft.referenceTexts[index] ?? '',
    ]);
  }
}

/** A task already loaded (entity, outputs, alignments) as the shared rules see it. */
export function readDraftFromLoaded(
  task: KeyTaskEntity,
  outputs: readonly OutputProductEntity[],
  alignments: readonly AlignmentEntity[],
): KeyTaskDraft {
  return {
    title: task.title,
    description: task.description,
    startsOn: task.startsOn,
    endsOn: task.endsOn,
    multiYear: task.multiYear,
    outputs: outputs.map((output) => ({
      name: output.name,
      unit: output.unit,
      target: output.target,
      dueOn: output.dueOn,
    })),
    alignments: alignments.map((alignment) => ({ source: alignment.source, area: alignment.area })),
  };
}

/** Reads a task back as a draft (for the rules) and as a snapshot (for registered/assigned versions). */
export async function readDraft(
  db: EntityManager,
  taskId: number,
): Promise<{ draft: KeyTaskDraft; snapshot: TaskSnapshot }> {
  const [task] = await db.query(
    `SELECT title, description, starts_on::text AS "startsOn", ends_on::text AS "endsOn", multi_year AS "multiYear", version
       FROM key_task WHERE id = $1`,
    [taskId],
  );
  const outputs: Array<{ name: string; unit: string | null; target: string | null; dueOn: string | null }> =
    await db.query(
      `SELECT name, unit, target, due_on::text AS "dueOn" FROM output_product WHERE key_task_id = $1 ORDER BY ordinal`,
      [taskId],
    );
  const alignments = await db.query(`SELECT source, area FROM alignment WHERE key_task_id = $1 ORDER BY id`, [taskId]);
  const typedOutputs = outputs.map((output) => ({
    ...output,
    target: output.target === null ? null : Number(output.target),
  }));
  const draft: KeyTaskDraft = {
    title: task.title,
    description: task.description,
    startsOn: task.startsOn,
    endsOn: task.endsOn,
    multiYear: task.multiYear,
    outputs: typedOutputs,
    alignments,
  };
  return {
    draft,
    snapshot: {
      version: task.version,
      title: task.title,
      description: task.description,
      startsOn: task.startsOn,
      endsOn: task.endsOn,
      outputs: typedOutputs,
    },
  };
}
