import type { ServerName } from './cluster.js';
import type { ExplainSummary } from './explain.js';
import type { LoadResult, StatementCount } from './load.js';
import type { Operation } from './ops/index.js';

export const SERVERS: readonly ServerName[] = ['api', 'floor', 'peer'];
export const SERVER_LABELS: Readonly<Record<ServerName, string>> = {
  api: 'NVTT API',
  floor: 'floor (bare SQL)',
  peer: 'PostGraphile 4',
};

export interface OpResult {
  readonly op: Pick<Operation, 'id' | 'label' | 'kind'>;
  readonly load: Record<ServerName, LoadResult>;
  readonly statements: Record<ServerName, StatementCount>;
  /** Differences from our API's answer, per other server (empty: same figures). */
  readonly mismatches: Record<'floor' | 'peer', string[]>;
  /** Why the peer has no figures for this operation, when it has none. */
  readonly peerUnavailable: string | null;
}

export interface RunReport {
  readonly tier: string;
  readonly counts: Record<string, number>;
  readonly seconds: number;
  readonly connections: number;
  readonly machine: string;
  readonly startupMs: Record<ServerName, number>;
  readonly results: OpResult[];
  readonly drillDownStatements: Array<{
    /** Which drill-down: a page of tasks (`tasksCounted`) or of cadres with their tasks (`drillDown`). */
    kind: 'tasks' | 'cadres';
    first: number;
    api: StatementCount;
    floor: StatementCount;
    peer: StatementCount;
  }>;
  readonly explain: ExplainSummary[];
  readonly writeCheck: string[];
}

export interface TargetCheck {
  readonly target: string;
  readonly measured: string;
  readonly pass: boolean;
}

const ms = (value: number) =>
  Number.isNaN(value)
    ? 'no answer'
    : value >= 100
      ? value.toFixed(0)
      : value >= 10
        ? value.toFixed(1)
        : value.toFixed(2);
const ratio = (a: number, b: number) => (b > 0 && !Number.isNaN(a) ? `${(a / b).toFixed(2)}×` : '—');

/** The results as a Markdown table (printed, and pasted into docs/performance.md). */
export function resultsTable(report: RunReport): string {
  const lines = [
    '| Operation | Server | Median ms | p99 ms | Req/s | Median ÷ floor | p99 ÷ floor | Median ÷ peer | Req/s ÷ peer | SQL/req (auth) | RSS max MB | Errors |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const result of report.results) {
    const floor = result.load.floor;
    const peer = result.load.peer;
    for (const server of SERVERS) {
      const load = result.load[server];
      const sql = result.statements[server];
      lines.push(
        `| ${server === 'api' ? result.op.label : ''} | ${SERVER_LABELS[server]} | ${ms(load.medianMs)} | ${ms(load.p99Ms)} | ` +
          `${load.perSecond.toFixed(1)} | ${ratio(load.medianMs, floor.medianMs)} | ${ratio(load.p99Ms, floor.p99Ms)} | ` +
          `${ratio(load.medianMs, peer.medianMs)} | ${ratio(load.perSecond, peer.perSecond)} | ` +
          `${Number.isNaN(sql.total) ? '—' : sql.total.toFixed(1)}${sql.auth > 0 ? ` (${sql.auth.toFixed(0)})` : ''} | ${load.rssMaxMb.toFixed(0)} | ${load.errors} |`,
      );
    }
  }
  return lines.join('\n');
}

/** The targets of quality-targets.md at tier M, each with its measured value. Never softened. */
export function checkTargets(report: RunReport): TargetCheck[] {
  const checks: TargetCheck[] = [];
  for (const result of report.results.filter((entry) => entry.op.kind === 'comparison')) {
    const { api, floor, peer } = result.load;
    checks.push(
      {
        target: `${result.op.label}: median ≤ 1.3× floor`,
        measured: `${ms(api.medianMs)} ms vs ${ms(floor.medianMs)} ms = ${ratio(api.medianMs, floor.medianMs)}`,
        pass: api.medianMs <= 1.3 * floor.medianMs,
      },
      {
        target: `${result.op.label}: p99 ≤ 1.5× floor`,
        measured: `${ms(api.p99Ms)} ms vs ${ms(floor.p99Ms)} ms = ${ratio(api.p99Ms, floor.p99Ms)}`,
        pass: api.p99Ms <= 1.5 * floor.p99Ms,
      },
      {
        target: `${result.op.label}: throughput ≥ PostGraphile`,
        measured: result.peerUnavailable
          ? `${api.perSecond.toFixed(2)} req/s; PostGraphile gave ${result.peerUnavailable.split(' (')[0]}`
          : `${api.perSecond.toFixed(2)} vs ${peer.perSecond.toFixed(2)} req/s`,
        pass: api.perSecond >= peer.perSecond,
      },
    );
  }
  for (const kind of ['tasks', 'cadres'] as const) {
    const entries = report.drillDownStatements.filter((entry) => entry.kind === kind);
    if (entries.length === 0) continue;
    const name = kind === 'tasks' ? 'drill-down (tasksCounted)' : 'drill-down (drillDown, cadres)';
    for (const entry of entries) {
      checks.push({
        target: `${name}, page of ${entry.first}: ≤ 4 SQL statements for the page (loaders batched)`,
        measured: `${entry.api.total - entry.api.auth}`,
        pass: entry.api.total - entry.api.auth <= 4,
      });
    }
    const totals = entries.map((entry) => entry.api.total);
    checks.push({
      target: `${name}: ≤ 4 SQL statements for the whole request, token check included`,
      measured: `${totals.join(' / ')} at page sizes ${entries.map((entry) => entry.first).join(' / ')}`,
      pass: totals.every((total) => total <= 4),
    });
  }
  for (const drill of report.results.filter(
    (entry) => entry.op.kind === 'drill-down' || entry.op.kind === 'cadre-drill-down',
  )) {
    checks.push({
      target: `${drill.op.label}: median ≤ 1.5× PostGraphile`,
      measured: `${ms(drill.load.api.medianMs)} ms vs ${ms(drill.load.peer.medianMs)} ms = ${ratio(drill.load.api.medianMs, drill.load.peer.medianMs)}`,
      pass: drill.load.api.medianMs <= 1.5 * drill.load.peer.medianMs,
    });
  }
  const rss = Math.max(...report.results.map((entry) => entry.load.api.rssMaxMb));
  checks.push({ target: 'API memory under load < 300 MB RSS', measured: `${rss.toFixed(0)} MB max`, pass: rss < 300 });
  checks.push({
    target: 'API start-up on an existing database < 3 s',
    measured: `${(report.startupMs.api / 1000).toFixed(2)} s to ready`,
    pass: report.startupMs.api < 3000,
  });
  const scans = report.explain.filter((entry) => entry.seqScans.includes('milestone'));
  checks.push({
    target: 'no sequential scan of milestone in a dashboard read',
    measured: scans.length === 0 ? 'none' : scans.map((entry) => entry.read).join('; '),
    pass: scans.length === 0,
  });
  return checks;
}

export function targetsTable(checks: readonly TargetCheck[]): string {
  return [
    '| Target | Measured | Result |',
    '|---|---|---|',
    ...checks.map((check) => `| ${check.target} | ${check.measured} | ${check.pass ? 'pass' : '**FAIL**'} |`),
  ].join('\n');
}

export function explainTable(summary: readonly ExplainSummary[]): string {
  return [
    '| Dashboard read | Statements | Execution ms (sum) | Sequential scans |',
    '|---|---:|---:|---|',
    ...summary.map(
      (entry) =>
        `| ${entry.read} | ${entry.statements} | ${entry.totalMs.toFixed(1)} | ${entry.seqScans.join(', ') || 'none'} |`,
    ),
  ].join('\n');
}
