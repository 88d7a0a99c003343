import {
  ALIGNMENT_AREAS,
  ALIGNMENT_SOURCES,
  formatLocalDate,
  isCodeOf,
  keyTaskDraftSchema,
  parseDisplayDate,
  type AlignmentArea,
  type AlignmentSource,
  type KeyTaskDraft,
} from '@nvtt/shared';
import { z } from 'zod/mini';
import type { KeyTaskDraftInput, WfTaskDetailFragment } from '../../../gql/graphql';
import { readNumber } from './read-number';

export { readNumber };

/** What the cadre types: dates as dd/mm/yyyy and numbers as text, until they are read. */
export interface DraftFormValues {
  title: string;
  description: string;
  spillOverNote: string;
  startsOn: string;
  endsOn: string;
  multiYear: boolean;
  outputs: Array<{ name: string; unit: string; target: string; dueOn: string }>;
  alignments: Array<{ source: AlignmentSource | ''; area: AlignmentArea | ''; referenceText: string }>;
}

export interface FormProblem {
  readonly path: string;
  readonly message: string;
}

const BLANK_OUTPUT = { name: '', unit: '', target: '', dueOn: '' };
const BLANK_ALIGNMENT = { source: '' as const, area: '' as const, referenceText: '' };

export function emptyDraftValues(): DraftFormValues {
  return {
    title: '',
    description: '',
    spillOverNote: '',
    startsOn: '',
    endsOn: '',
    multiYear: false,
    outputs: [{ ...BLANK_OUTPUT }],
    alignments: [{ ...BLANK_ALIGNMENT }],
  };
}

export const blankOutput = () => ({ ...BLANK_OUTPUT });
export const blankAlignment = () => ({ ...BLANK_ALIGNMENT });

const show = (value: string | null) => (value === null ? '' : formatLocalDate(value));

/** The form as it stands for a saved task. */
export function draftValuesOf(task: WfTaskDetailFragment): DraftFormValues {
  return {
    title: task.title,
    description: task.description,
    spillOverNote: task.spillOverNote,
    startsOn: show(task.startsOn),
    endsOn: show(task.endsOn),
    multiYear: task.multiYear,
    outputs: task.outputs.map((output) => ({
      name: output.name,
      unit: output.unit ?? '',
      target: output.target === null ? '' : String(output.target),
      dueOn: show(output.dueOn),
    })),
    alignments: task.alignments.map((alignment) => ({
      source: alignment.source,
      area: alignment.area ?? '',
      referenceText: alignment.referenceText,
    })),
  };
}

function readDate(text: string, path: string, problems: FormProblem[], message: string): string | null {
  if (text.trim() === '') return null;
  const value = parseDisplayDate(text);
  if (value === null) problems.push({ path, message });
  return value;
}

export interface DraftMessages {
  readonly dateInvalid: string;
  readonly numberInvalid: string;
  readonly sourceRequired: string;
}

/** Reads the form into the shared KeyTaskDraft, with what could not be read. */
export function readDraftForm(
  values: DraftFormValues,
  messages: DraftMessages,
): {
  draft: KeyTaskDraft;
  problems: FormProblem[];
} {
  const problems: FormProblem[] = [];
  const outputs = values.outputs.map((output, index) => {
    const target = readNumber(output.target);
    if (target === 'invalid') problems.push({ path: `outputs.${index}.target`, message: messages.numberInvalid });
    return {
      name: output.name,
      unit: output.unit.trim() === '' ? null : output.unit,
      target: target === 'invalid' ? null : target,
      dueOn: readDate(output.dueOn, `outputs.${index}.dueOn`, problems, messages.dateInvalid),
    };
  });
  const alignments = values.alignments.flatMap((alignment, index) => {
    if (alignment.source === '' || !isCodeOf(ALIGNMENT_SOURCES, alignment.source)) {
      problems.push({ path: `alignments.${index}.source`, message: messages.sourceRequired });
      return [];
    }
    const area = alignment.area !== '' && isCodeOf(ALIGNMENT_AREAS, alignment.area) ? alignment.area : null;
    return [{ source: alignment.source, area }];
  });
  return {
    draft: {
      title: values.title,
      description: values.description,
      startsOn: readDate(values.startsOn, 'startsOn', problems, messages.dateInvalid),
      endsOn: readDate(values.endsOn, 'endsOn', problems, messages.dateInvalid),
      multiYear: values.multiYear,
      outputs,
      alignments,
    },
    problems,
  };
}

/**
 * The form's schema: what the cadre typed must read as a draft that the shared schema accepts
 * (sizes, types). Whether the draft may be submitted is the registration rules' business.
 */
export function draftFormSchema(messages: DraftMessages) {
  return z.custom<DraftFormValues>().check(
    z.superRefine((values, ctx) => {
      const { draft, problems } = readDraftForm(values, messages);
      for (const problem of problems)
        ctx.addIssue({ code: 'custom', path: problem.path.split('.'), message: problem.message });
      const parsed = keyTaskDraftSchema.safeParse(draft);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          ctx.addIssue({ code: 'custom', path: issue.path.map(String), message: issue.message });
        }
      }
    }),
  );
}

/** The API input for a form that passed the schema. */
export function draftInputOf(values: DraftFormValues, messages: DraftMessages): KeyTaskDraftInput {
  const { draft } = readDraftForm(values, messages);
  return {
    title: draft.title.trim(),
    description: draft.description,
    spillOverNote: values.spillOverNote,
    startsOn: draft.startsOn,
    endsOn: draft.endsOn,
    multiYear: draft.multiYear,
    outputs: draft.outputs.map((output) => ({ ...output, name: output.name.trim() })),
    alignments: values.alignments.flatMap((alignment) =>
      alignment.source === ''
        ? []
        : [
            {
              source: alignment.source,
              area: alignment.area === '' ? null : alignment.area,
              referenceText: alignment.referenceText,
            },
          ],
    ),
  };
}
