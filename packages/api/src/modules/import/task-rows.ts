import type { AlignmentArea, AlignmentSource } from '@nvtt/shared';
import type { KeyTaskDraftInput } from '../key-task/key-task.inputs.js';
import type { RowReader } from './row-reader.js';

/** One task of the file: the rows sharing its cadre code, year and number, one output per row. */
export interface TaskGroup {
  readonly key: string;
  readonly cadre: string;
  readonly year: number;
  readonly ordinal: number;
  readonly unit: string | null;
  readonly readers: RowReader[];
  readonly firstRow: number;
  /** Row of each output, in order (to report an output's problem on its own row). */
  readonly outputRows: number[];
  readonly input: Omit<KeyTaskDraftInput, 'continues'>;
}

/** `SOURCE`, `SOURCE:AREA`, either followed by a reference in parentheses. */
const ALIGNMENT_ITEM = /^([A-Za-z0-9_]+)\s*(?::\s*([A-Za-z0-9_]+))?\s*(?:\((.*)\))?$/s;

/** Task-level columns: given once per task (later rows leave them blank or repeat them). */
const TASK_COLUMNS = [
  'title',
  'description',
  'spillOverNote',
  'startsOn',
  'endsOn',
  'multiYear',
  'alignments',
  'unitCode',
] as const;
type TaskColumn = (typeof TASK_COLUMNS)[number];

function alignmentsOf(reader: RowReader): KeyTaskDraftInput['alignments'] {
  const text = reader.text('alignments');
  if (text === null) return [];
  const items = text
    .split(/[;\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
  return items.flatMap((item) => {
    const match = ALIGNMENT_ITEM.exec(item);
    if (!match) {
      reader.fail(
        'alignments',
        `Không đọc được “${item}”: ghi MÃ_NGUỒN hoặc MÃ_NGUỒN:MÃ_LĨNH_VỰC, có thể kèm (trích dẫn).`,
        `Cannot read “${item}”: write SOURCE or SOURCE:AREA, optionally with a (reference).`,
      );
      return [];
    }
    return [
      {
        // Unknown codes are left to the shared schema, which names them as the registration does.
        source: match[1]!.toUpperCase() as AlignmentSource,
        area: match[2] ? (match[2].toUpperCase() as AlignmentArea) : null,
        referenceText: match[3]?.trim() ?? '',
      },
    ];
  });
}

function taskValues(reader: RowReader, unitPattern: RegExp): Record<TaskColumn, unknown> {
  return {
    title: reader.text('title') ?? '',
    description: reader.text('description') ?? '',
    spillOverNote: reader.text('spillOverNote') ?? '',
    startsOn: reader.date('startsOn'),
    endsOn: reader.date('endsOn'),
    multiYear: reader.flag('multiYear'),
    alignments: alignmentsOf(reader),
    unitCode: reader.code('unitCode', unitPattern, false),
  };
}

/** Groups the rows into tasks; a row that does not name its task is reported and left out. */
export function readTaskGroups(readers: readonly RowReader[], patterns: { cadre: RegExp; unit: RegExp }): TaskGroup[] {
  const groups = new Map<string, TaskGroup & { values: Record<TaskColumn, unknown> }>();
  for (const reader of readers) {
    const cadre = reader.code('cadreCode', patterns.cadre, true);
    const year = reader.integer('year', 2000, 2100, true);
    const ordinal = reader.integer('ordinal', 1, 10, true);
    const values = taskValues(reader, patterns.unit);
    const hasOutput = ['outputName', 'outputUnit', 'outputTarget', 'outputDueOn'].some((column) => reader.has(column));
    const output = hasOutput
      ? {
          name: reader.text('outputName') ?? '',
          unit: reader.text('outputUnit'),
          target: reader.number('outputTarget') ?? null,
          dueOn: reader.date('outputDueOn'),
        }
      : null;
    if (cadre === null || year === null || ordinal === null) continue;
    const key = `${cadre}/${year}/${ordinal}`;
    let group = groups.get(key);
    if (!group) {
      group = {
        key,
        cadre,
        year,
        ordinal,
        unit: values.unitCode as string | null,
        readers: [],
        firstRow: reader.row,
        outputRows: [],
        values,
        input: {
          title: values.title as string,
          description: values.description as string,
          spillOverNote: values.spillOverNote as string,
          startsOn: values.startsOn as string | null,
          endsOn: values.endsOn as string | null,
          multiYear: values.multiYear as boolean,
          outputs: [],
          alignments: values.alignments as KeyTaskDraftInput['alignments'],
        },
      };
      groups.set(key, group);
    } else {
      for (const column of TASK_COLUMNS) {
        if (!reader.has(column)) continue;
        if (JSON.stringify(values[column]) !== JSON.stringify(group.values[column])) {
          reader.fail(
            column,
            `Khác với dòng ${group.firstRow} của cùng nhiệm vụ: để trống hoặc ghi giống dòng đó.`,
            `Differs from row ${group.firstRow} of the same task: leave it blank or repeat it.`,
          );
        }
      }
    }
    group.readers.push(reader);
    if (output) {
      group.outputRows.push(reader.row);
      group.input.outputs.push(output);
    }
  }
  return [...groups.values()];
}
