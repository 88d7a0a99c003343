import { provinceDateOf } from '@nvtt/shared';
import type { ServerName } from '../cluster.js';
import { COMPARISON_YEAR, TREND_YEARS, type Fixtures } from '../fixtures.js';
import { API_CADRE_DRILL_DOWN, API_COMPARISON, API_DOSSIER, API_DRILL_DOWN, API_REPORT } from './api-queries.js';
import * as peer from './peer-queries.js';

/** One HTTP request as autocannon sends it. */
export interface BenchRequest {
  readonly method: 'GET' | 'POST';
  readonly path: string;
  readonly headers: Record<string, string>;
  readonly body?: string;
}

export type OperationKind = 'comparison' | 'drill-down' | 'cadre-drill-down' | 'dossier' | 'write';

export interface Operation {
  readonly id: string;
  readonly label: string;
  readonly kind: OperationKind;
  /** The next request to send to a server (rotating through cadres or writers where it applies). */
  request(server: ServerName): () => BenchRequest;
}

const toGlobalId = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64url');

const graphql = (token: string | null, query: string, variables: Record<string, unknown>): BenchRequest => ({
  method: 'POST',
  path: '/graphql',
  headers: {
    'content-type': 'application/json',
    accept: 'application/graphql-response+json, application/json',
    ...(token ? { authorization: `Bearer ${token}` } : {}),
  },
  body: JSON.stringify({ query, variables }),
});

const floorGet = (token: string, path: string): BenchRequest => ({
  method: 'GET',
  path,
  headers: { authorization: `Bearer ${token}` },
});

const fixed = (request: BenchRequest) => () => request;

function rotating<T>(items: readonly T[], make: (item: T) => BenchRequest): () => BenchRequest {
  let next = 0;
  return () => make(items[next++ % items.length]!);
}

function comparison(
  id: string,
  label: string,
  years: number[],
  dimension: string,
  by: string | null,
  peerQuery: string,
  fixtures: Fixtures,
): Operation {
  const asOf = provinceDateOf(new Date());
  const cycleIds = years.map((year) => fixtures.cycleIds.get(year)!);
  return {
    id,
    label,
    kind: 'comparison',
    request: (server) => {
      switch (server) {
        case 'api':
          return fixed(graphql(fixtures.readerToken, API_COMPARISON, { years, dimension, by }));
        case 'floor':
          return fixed(
            floorGet(
              fixtures.readerToken,
              `/comparison?years=${years.join(',')}&dimension=${dimension}${by ? `&by=${by}` : ''}`,
            ),
          );
        case 'peer':
          return fixed(
            graphql(null, peerQuery, years.length === 1 ? { cycle: cycleIds[0], asOf } : { cycles: cycleIds, asOf }),
          );
        default: {
          const unreachable: never = server;
          return unreachable;
        }
      }
    },
  };
}

/** A page of the drill-down behind the comparison's biggest locality cell. */
export function drillDown(fixtures: Fixtures, first: number): Operation {
  const cycle = fixtures.cycleIds.get(COMPARISON_YEAR)!;
  const unit = fixtures.drillUnitId;
  return {
    id: first === 50 ? 'drill-down' : `drill-down-${first}`,
    label: `Drill-down: ${first} tasks with cadre, milestones, opinions`,
    kind: 'drill-down',
    request: (server) => {
      switch (server) {
        case 'api':
          return fixed(
            graphql(fixtures.readerToken, API_DRILL_DOWN, {
              year: COMPARISON_YEAR,
              unit: toGlobalId('OrgUnit', unit),
              first,
            }),
          );
        case 'floor':
          return fixed(
            floorGet(fixtures.readerToken, `/drill-down?year=${COMPARISON_YEAR}&unit=${unit}&first=${first}`),
          );
        case 'peer':
          return fixed(graphql(null, peer.PEER_DRILL_DOWN, { cycle, unit, first }));
        default: {
          const unreachable: never = server;
          return unreachable;
        }
      }
    },
  };
}

/** The same cell's drill-down as the dashboard opens it (`drillDown`): a page of cadres with their tasks. */
export function cadreDrillDown(fixtures: Fixtures, first: number): Operation {
  const cycle = fixtures.cycleIds.get(COMPARISON_YEAR)!;
  const unit = fixtures.drillUnitId;
  return {
    id: first === 50 ? 'cadre-drill-down' : `cadre-drill-down-${first}`,
    label: `Drill-down: ${first} cadres with their tasks, milestones, opinions`,
    kind: 'cadre-drill-down',
    request: (server) => {
      switch (server) {
        case 'api':
          return fixed(
            graphql(fixtures.readerToken, API_CADRE_DRILL_DOWN, {
              year: COMPARISON_YEAR,
              unit: toGlobalId('OrgUnit', unit),
              first,
            }),
          );
        case 'floor':
          return fixed(
            floorGet(fixtures.readerToken, `/cadre-drill-down?year=${COMPARISON_YEAR}&unit=${unit}&first=${first}`),
          );
        case 'peer':
          return fixed(graphql(null, peer.PEER_CADRE_DRILL_DOWN, { cycle, unit, first }));
        default: {
          const unreachable: never = server;
          return unreachable;
        }
      }
    },
  };
}

function dossier(fixtures: Fixtures): Operation {
  const cycle = fixtures.cycleIds.get(COMPARISON_YEAR)!;
  const cadres = fixtures.dossierCadreIds;
  return {
    id: 'dossier',
    label: `One cadre's dossier (${COMPARISON_YEAR}, ${cadres.length} cadres in turn)`,
    kind: 'dossier',
    request: (server) => {
      switch (server) {
        case 'api':
          return rotating(cadres, (id) =>
            graphql(fixtures.readerToken, API_DOSSIER, { cadre: toGlobalId('Cadre', id), year: COMPARISON_YEAR }),
          );
        case 'floor':
          return rotating(cadres, (id) =>
            floorGet(fixtures.readerToken, `/dossier?cadre=${id}&year=${COMPARISON_YEAR}`),
          );
        case 'peer':
          return rotating(cadres, (id) => graphql(null, peer.PEER_DOSSIER, { cadre: id, cycle }));
        default: {
          const unreachable: never = server;
          return unreachable;
        }
      }
    },
  };
}

function milestoneReport(fixtures: Fixtures): Operation {
  return {
    id: 'milestone-report',
    label: 'Report a milestone done (write, cadre token)',
    kind: 'write',
    request: (server) => {
      const writers = fixtures.writers[server];
      switch (server) {
        case 'api':
          return rotating(writers, (w) =>
            graphql(w.token, API_REPORT, {
              task: toGlobalId('KeyTask', w.taskId),
              input: { milestoneNumber: w.milestoneNumber, status: 'DONE', note: 'Hoàn thành mốc theo kế hoạch.' },
            }),
          );
        case 'floor':
          return rotating(writers, (w) => ({
            method: 'POST',
            path: '/milestone-report',
            headers: { authorization: `Bearer ${w.token}`, 'content-type': 'application/json' },
            body: JSON.stringify({
              keyTask: w.taskId,
              milestoneNumber: w.milestoneNumber,
              note: 'Hoàn thành mốc theo kế hoạch.',
            }),
          }));
        case 'peer':
          return rotating(writers, (w) => {
            const now = new Date();
            return graphql(null, peer.PEER_REPORT, {
              task: w.taskId,
              milestone: w.milestoneId,
              at: now.toISOString(),
              today: provinceDateOf(now),
              label: w.label,
            });
          });
        default: {
          const unreachable: never = server;
          return unreachable;
        }
      }
    },
  };
}

/** One request stream per server and operation, so rotations (cadres, writers) carry on across runs. */
function memoized(op: Operation): Operation {
  const streams = new Map<ServerName, () => BenchRequest>();
  return {
    ...op,
    request: (server) => {
      let stream = streams.get(server);
      if (!stream) streams.set(server, (stream = op.request(server)));
      return stream;
    },
  };
}

/** The operations of quality-targets.md, in the order they are measured. */
export function operations(fixtures: Fixtures): Operation[] {
  return [
    comparison(
      'comparison',
      `Comparison by locality, ${COMPARISON_YEAR}`,
      [COMPARISON_YEAR],
      'LOCALITY',
      null,
      peer.PEER_LOCALITY,
      fixtures,
    ),
    comparison(
      'matrix',
      `Matrix locality × goal area (lĩnh vực), ${COMPARISON_YEAR}`,
      [COMPARISON_YEAR],
      'LOCALITY',
      'ALIGNMENT_AREA',
      peer.PEER_MATRIX,
      fixtures,
    ),
    comparison(
      'trend',
      `Trend ${TREND_YEARS[0]}–${TREND_YEARS[TREND_YEARS.length - 1]} by former district`,
      TREND_YEARS,
      'LEGACY_DISTRICT',
      null,
      peer.PEER_TREND,
      fixtures,
    ),
    drillDown(fixtures, 50),
    cadreDrillDown(fixtures, 50),
    dossier(fixtures),
    milestoneReport(fixtures),
  ].map(memoized);
}
