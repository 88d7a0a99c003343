import { ASSIGNED_STATES } from '@nvtt/shared';
import type { ServerName } from '../cluster.js';
import type { OperationKind } from './index.js';

/**
 * Answers reduced to comparable figures, to check once before loading that the three servers
 * compute the same thing: our API and the floor must agree on everything, the peer on every
 * figure it can express.
 */

type Json = Record<string, unknown>;
type Figures = Record<string, number>;

/** Figures the peer cannot express without custom SQL (two-column comparisons). */
export const PEER_OMITS = ['milestonesOnTime', 'selfAboveConcluded', 'appraisedAboveConcluded'];
const FIGURES = [
  'cadres', 'tasks', 'registered', 'registeredOnTime', 'assigned', 'assessable', 'completed', 'onTime', 'late',
  'exceeded', 'partial', 'notCompleted', 'exempt', 'selfAboveConcluded', 'appraisedAboveConcluded', 'milestonesDue',
  'milestonesOnTime',
]; // prettier-ignore

const OUTCOME_FIGURES: Readonly<Record<string, readonly string[]>> = {
  EXCEEDED: ['assessable', 'completed', 'onTime', 'exceeded'],
  COMPLETED_ON_TIME: ['assessable', 'completed', 'onTime'],
  COMPLETED_LATE: ['assessable', 'completed', 'late'],
  PARTIALLY_COMPLETED: ['assessable', 'partial'],
  NOT_COMPLETED: ['assessable', 'notCompleted'],
  EXEMPT_OBJECTIVE: ['exempt'],
};

const nodes = (connection: unknown): Json[] => ((connection as { nodes?: Json[] } | null)?.nodes ?? []) as Json[];
const groups = (connection: unknown) =>
  (connection as { groupedAggregates?: Array<{ keys: string[]; distinctCount: { id: string } }> })?.groupedAggregates ??
  [];

class Rows {
  readonly byKey = new Map<string, Figures>();
  private readonly cadres = new Map<string, Set<number>>();

  add(key: string, figure: string, amount: number): void {
    const row = this.byKey.get(key) ?? Object.fromEntries(FIGURES.map((name) => [name, 0]));
    row[figure] = (row[figure] ?? 0) + amount;
    this.byKey.set(key, row);
  }

  cadre(key: string, cadreId: number): void {
    const set = this.cadres.get(key) ?? new Set<number>();
    set.add(cadreId);
    this.cadres.set(key, set);
    this.add(key, 'cadres', 0);
  }

  done(): Map<string, Figures> {
    for (const [key, set] of this.cadres) this.byKey.get(key)!.cadres = set.size;
    return this.byKey;
  }
}

/** Per-post grouped aggregates (locality, trend) added up per row key. */
function foldPost(
  rows: Rows,
  post: Json,
  keyOf: (year: number | null) => string,
  yearOfCycle: (id: string) => number | null,
) {
  const key = (keys: string[], withYear: boolean) => keyOf(withYear ? yearOfCycle(keys[0]!) : null);
  const withYear = (keys: string[], width: number) => keys.length > width;
  for (const group of groups(post.tasks)) {
    const k = key(group.keys, withYear(group.keys, 1));
    const count = Number(group.distinctCount.id);
    rows.add(k, 'tasks', count);
    if (ASSIGNED_STATES.includes(group.keys[group.keys.length - 1] as never)) rows.add(k, 'assigned', count);
    rows.cadre(k, Number(post.cadreId));
  }
  for (const group of groups(post.registered)) {
    const k = key(group.keys, withYear(group.keys, 1));
    rows.add(k, 'registered', Number(group.distinctCount.id));
    if (group.keys[group.keys.length - 1] === 'false') rows.add(k, 'registeredOnTime', Number(group.distinctCount.id));
  }
  for (const group of groups(post.concluded)) {
    const k = key(group.keys, withYear(group.keys, 1));
    for (const figure of OUTCOME_FIGURES[group.keys[group.keys.length - 1]!] ?? [])
      rows.add(k, figure, Number(group.distinctCount.id));
  }
  for (const task of nodes(post.counted)) {
    const year = task.cycleId === undefined ? null : yearOfCycle(String(task.cycleId));
    rows.add(keyOf(year), 'milestonesDue', Number((task.milestonesByKeyTaskId as Json).totalCount));
  }
}

function peerComparison(data: Json, op: string, years: number[], cycleYear: Map<string, number>): Map<string, Figures> {
  const rows = new Rows();
  for (const unit of nodes(data.allOrgUnits)) {
    const district = (unit.orgUnitByLegacyDistrictId as Json | null) ?? (unit.kind === 'DISTRICT' ? unit : null);
    const code = op === 'trend' ? String(district?.code ?? '') : String(unit.code);
    for (const post of nodes(unit.positionsByUnitId)) {
      if (op !== 'matrix') {
        foldPost(
          rows,
          post,
          (year) => `${year ?? years[0]}|${code}|`,
          (id) => cycleYear.get(id) ?? null,
        );
        continue;
      }
      for (const task of nodes(post.keyTasksByPositionId)) {
        // As our comparison reads them: each goal area of the task, or '' ("no goal area") if it has none.
        const named = nodes(task.alignmentsByKeyTaskId).flatMap((a) =>
          a.area === null || a.area === undefined ? [] : [String(a.area)],
        );
        const areas = new Set(named.length > 0 ? named : ['']);
        for (const area of areas) {
          const k = `${years[0]}|${code}|${area}`;
          rows.add(k, 'tasks', 1);
          rows.cadre(k, Number(post.cadreId));
          if (task.submittedAt !== null) rows.add(k, 'registered', 1);
          if (task.submittedAt !== null && task.submittedLate === false) rows.add(k, 'registeredOnTime', 1);
          if (ASSIGNED_STATES.includes(task.state as never)) rows.add(k, 'assigned', 1);
          const outcome = task.concludedOutcome as string | null;
          for (const figure of outcome ? (OUTCOME_FIGURES[outcome] ?? []) : []) rows.add(k, figure, 1);
          if (outcome !== 'EXEMPT_OBJECTIVE')
            rows.add(k, 'milestonesDue', Number((task.milestonesByKeyTaskId as Json).totalCount));
        }
      }
    }
  }
  return rows.done();
}

function ourComparison(rows: Json[]): Map<string, Figures> {
  return new Map(
    rows.map((row) => [
      `${row.cycleYear}|${row.code}|${row.code2 ?? ''}`,
      Object.fromEntries(FIGURES.map((name) => [name, Number(row[name])])),
    ]),
  );
}

function differences(a: Map<string, Figures>, b: Map<string, Figures>, skip: readonly string[]): string[] {
  const out: string[] = [];
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    const left = a.get(key);
    const right = b.get(key);
    if (!left || !right) {
      out.push(`row ${key} only in ${left ? 'ours' : 'theirs'}`);
      continue;
    }
    for (const name of FIGURES.filter((figure) => !skip.includes(figure)))
      if (left[name] !== right[name]) out.push(`row ${key}: ${name} ${left[name]} vs ${right[name]}`);
  }
  return out.slice(0, 8);
}

/** A task list reduced to what every server shows: title, state, milestone and opinion counts. */
function taskDigest(tasks: Json[], milestones: string, opinions: string): string[] {
  return tasks.map((task) => {
    const m = (task[milestones] as Json[] | Json | undefined) ?? [];
    const o = (task[opinions] as Json[] | Json | undefined) ?? [];
    const count = (list: Json[] | Json) => (Array.isArray(list) ? list.length : nodes(list).length);
    return `${task.title}|${task.state}|${count(m)}|${count(o)}`;
  });
}

export interface Answers {
  readonly api: Json;
  readonly floor: Json;
  /** Null when the peer gave no answer in time. */
  readonly peer: Json | null;
}

/** Mismatches between the servers' answers to one operation (empty when they agree). */
export function compareAnswers(
  op: { id: string; kind: OperationKind },
  answers: Answers,
  years: number[],
  cycleYear: Map<string, number>,
): Record<Exclude<ServerName, 'api'>, string[]> {
  const all = compareAll(op, { ...answers, peer: answers.peer ?? {} }, years, cycleYear);
  return answers.peer === null ? { floor: all.floor, peer: [] } : all;
}

function compareAll(
  op: { id: string; kind: OperationKind },
  answers: Answers & { peer: Json },
  years: number[],
  cycleYear: Map<string, number>,
): Record<Exclude<ServerName, 'api'>, string[]> {
  switch (op.kind) {
    case 'comparison': {
      const ours = ourComparison(answers.api.comparison as Json[]);
      return {
        floor: differences(ours, ourComparison(answers.floor as unknown as Json[]), []),
        peer: differences(ours, peerComparison(answers.peer, op.id, years, cycleYear), PEER_OMITS),
      };
    }
    case 'drill-down': {
      const ours = taskDigest(nodes(answers.api.keyTasks), 'milestones', 'opinions').join('\n');
      const floor = taskDigest((answers.floor as { nodes: Json[] }).nodes, 'milestones', 'opinions').join('\n');
      const peer = taskDigest(nodes(answers.peer.allKeyTasks), 'milestonesByKeyTaskId', 'opinionsByKeyTaskId').join(
        '\n',
      );
      return { floor: ours === floor ? [] : ['task pages differ'], peer: ours === peer ? [] : ['task pages differ'] };
    }
    case 'cadre-drill-down': {
      const digest = (cadres: Json[], name: (c: Json) => unknown, tasks: (c: Json) => Json[], m: string, o: string) =>
        cadres.map((c) => `${String(name(c))}: ${taskDigest(tasks(c), m, o).join(', ')}`).join('\n');
      const ourNodes = (answers.api.drillDown as { nodes: Json[] }).nodes;
      const floorNodes = (answers.floor as { nodes: Json[] }).nodes;
      const ours = digest(
        ourNodes,
        (c) => (c.cadre as Json).fullName,
        (c) => c.tasks as Json[],
        'milestones',
        'opinions',
      );
      const floor = digest(
        floorNodes,
        (c) => (c.cadre as Json).fullName,
        (c) => c.tasks as Json[],
        'milestones',
        'opinions',
      );
      const peer = digest(
        nodes(answers.peer.allCadres),
        (c) => c.fullName,
        (c) => nodes(c.keyTasksByCadreId),
        'milestonesByKeyTaskId',
        'opinionsByKeyTaskId',
      );
      return { floor: ours === floor ? [] : ['cadre pages differ'], peer: ours === peer ? [] : ['cadre pages differ'] };
    }
    case 'dossier': {
      const ours = taskDigest((answers.api.cadreDossier as Json).tasks as Json[], 'milestones', 'opinions').join('\n');
      const floor = taskDigest((answers.floor as { tasks: Json[] }).tasks, 'milestones', 'opinions').join('\n');
      const peerTasks = nodes((answers.peer.cadreById as Json | undefined)?.keyTasksByCadreId);
      const peer = taskDigest(peerTasks, 'milestonesByKeyTaskId', 'opinionsByKeyTaskId').join('\n');
      return { floor: ours === floor ? [] : ['dossiers differ'], peer: ours === peer ? [] : ['dossiers differ'] };
    }
    case 'write': {
      const report = answers.api.milestoneReport as Json;
      const ok = (report.userErrors as unknown[]).length === 0 && (report.progressReport as Json).status === 'DONE';
      return { floor: ok ? [] : ['our API refused the report'], peer: [] };
    }
    default: {
      const unreachable: never = op.kind;
      return unreachable;
    }
  }
}
