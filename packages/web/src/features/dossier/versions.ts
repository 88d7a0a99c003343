import type { DossierTaskFragment, DossierVersionFragment } from '../../gql/graphql';

/**
 * The versions of a task side by side (domain §4): as registered, as assigned by the BTV, and as it
 * stands now when it has changed since (an approved amendment, or a revision before assignment).
 */

export type VersionKind = 'REGISTERED' | 'ASSIGNED' | 'AMENDED' | 'CURRENT';

export interface VersionContent {
  readonly title: string;
  readonly description: string;
  readonly startsOn: string | null;
  readonly endsOn: string | null;
  readonly outputs: ReadonlyArray<{ name: string; unit: string | null; target: number | null; dueOn: string | null }>;
}

export interface VersionColumn {
  readonly kind: VersionKind;
  readonly version: number;
  readonly content: VersionContent;
}

export type VersionField = 'title' | 'description' | 'period' | 'output';

export interface VersionCell {
  /** null: the version has no such part (e.g. one output fewer). */
  readonly text: string | null;
  /** Differs from the column before it. */
  readonly changed: boolean;
}

export interface VersionRow {
  readonly field: VersionField;
  /** For outputs: the output's number in the task, from 1. */
  readonly number: number | null;
  readonly cells: readonly VersionCell[];
}

function contentOf(version: DossierVersionFragment): VersionContent {
  return {
    title: version.title,
    description: version.description,
    startsOn: version.startsOn,
    endsOn: version.endsOn,
    outputs: version.outputs,
  };
}

type TaskVersions = Pick<
  DossierTaskFragment,
  'title' | 'description' | 'startsOn' | 'endsOn' | 'outputs' | 'version' | 'registeredVersion' | 'assignedVersion'
>;

/** The task's own fields, as they stand now. */
function currentContent(task: TaskVersions): VersionContent {
  return {
    title: task.title,
    description: task.description,
    startsOn: task.startsOn,
    endsOn: task.endsOn,
    outputs: [...task.outputs]
      .sort((a, b) => a.ordinal - b.ordinal)
      .map(({ name, unit, target, dueOn }) => ({ name, unit, target, dueOn })),
  };
}

function sameContent(a: VersionContent, b: VersionContent): boolean {
  const outputKey = (content: VersionContent) =>
    JSON.stringify(content.outputs.map(({ name, unit, target, dueOn }) => [name, unit, target, dueOn]));
  return (
    a.title === b.title &&
    a.description === b.description &&
    a.startsOn === b.startsOn &&
    a.endsOn === b.endsOn &&
    outputKey(a) === outputKey(b)
  );
}

/**
 * The columns to compare: each kept snapshot, then the task as it stands when it differs from the
 * latest snapshot (AMENDED after assignment, CURRENT before), or alone when nothing was kept yet.
 */
export function taskVersions(task: TaskVersions): VersionColumn[] {
  const columns: VersionColumn[] = [];
  if (task.registeredVersion)
    columns.push({
      kind: 'REGISTERED',
      version: task.registeredVersion.version,
      content: contentOf(task.registeredVersion),
    });
  if (task.assignedVersion)
    columns.push({ kind: 'ASSIGNED', version: task.assignedVersion.version, content: contentOf(task.assignedVersion) });
  const current = currentContent(task);
  const latest = columns[columns.length - 1];
  if (!latest || !sameContent(latest.content, current)) {
    columns.push({ kind: task.assignedVersion ? 'AMENDED' : 'CURRENT', version: task.version, content: current });
  }
  return columns;
}

export interface VersionFormat {
  date: (value: string | null) => string;
  number: (value: number | null) => string;
  /** "01/01/2026 – 31/12/2026" */
  period: (startsOn: string, endsOn: string) => string;
  /** How a dated deliverable's due date reads after its name. */
  due: (date: string) => string;
}

function outputText(output: VersionContent['outputs'][number], format: VersionFormat): string {
  const target = output.target === null ? '' : `${format.number(output.target)}${output.unit ? ` ${output.unit}` : ''}`;
  const due = output.dueOn === null ? '' : format.due(format.date(output.dueOn));
  return [output.name, [target, due].filter(Boolean).join(', ')].filter(Boolean).join(': ');
}

/** One row per part of the task; a cell is marked changed when it differs from the column before. */
export function versionRows(columns: readonly VersionColumn[], format: VersionFormat): VersionRow[] {
  const texts: Array<{ field: VersionField; number: number | null; values: Array<string | null> }> = [
    { field: 'title', number: null, values: columns.map((column) => column.content.title) },
    { field: 'description', number: null, values: columns.map((column) => column.content.description) },
    {
      field: 'period',
      number: null,
      values: columns.map(({ content }) =>
        format.period(format.date(content.startsOn) || '…', format.date(content.endsOn) || '…'),
      ),
    },
  ];
  const outputCount = Math.max(0, ...columns.map((column) => column.content.outputs.length));
  for (let index = 0; index < outputCount; index += 1) {
    texts.push({
      field: 'output',
      number: index + 1,
      values: columns.map((column) => {
        const output = column.content.outputs[index];
        return output ? outputText(output, format) : null;
      }),
    });
  }
  return texts.map(({ field, number, values }) => ({
    field,
    number,
    cells: values.map((text, index) => ({ text, changed: index > 0 && text !== values[index - 1] })),
  }));
}

/** How many parts changed from one version to the next, over all columns. */
export function changeCount(rows: readonly VersionRow[]): number {
  return rows.reduce((sum, row) => sum + row.cells.filter((cell) => cell.changed).length, 0);
}
