import { newSecret, secretHash } from '@nvtt/api/dist/auth/secrets.js';
import pg from 'pg';
import { WRITERS_PER_SERVER } from './generate/index.js';
import { YEARS } from './generate/source.js';
import type { ServerName } from './cluster.js';

/** What the operations need from the database: fresh tokens, the cells and cadres they read, writers. */
export interface Fixtures {
  readonly readerToken: string;
  readonly cycleIds: ReadonlyMap<number, number>;
  /** The locality with the most tasks in the comparison year (its drill-down fills every page size). */
  readonly drillUnitId: number;
  readonly dossierCadreIds: readonly number[];
  readonly writers: Readonly<Record<ServerName, ReadonlyArray<Writer>>>;
}

export interface Writer {
  readonly token: string;
  readonly label: string;
  readonly taskId: number;
  /** The milestone reported on: the 11th of the task's plan (November), not done when generated. */
  readonly milestoneNumber: number;
  readonly milestoneId: number;
}

export const COMPARISON_YEAR = 2025;
export const TREND_YEARS = [...YEARS];
const TOKEN_NAME = 'pnpm bench';
const MILESTONE_NUMBER = 11;

async function token(client: pg.Client, userId: number, scopes: string[]): Promise<string> {
  const secret = newSecret('nvtt_');
  await client.query(
    `INSERT INTO api_token (user_id, name, token_hash, prefix, scopes, created_at, expires_at)
     VALUES ($1, $2, $3, $4, $5, now(), now() + interval '1 day')`,
    [userId, TOKEN_NAME, secretHash(secret), secret.slice(0, 9), scopes],
  );
  return secret;
}

/**
 * Replaces the bench's tokens (the previous run's are deleted) and puts the writers' milestones back
 * as generated, so every run does the same work.
 */
export async function prepareFixtures(url: string): Promise<Fixtures> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query('DELETE FROM api_token WHERE name = $1', [TOKEN_NAME]);
    const [reader] = (await client.query<{ id: number }>(`SELECT id FROM app_user WHERE username = 'bench.btc'`)).rows;
    if (!reader) throw new Error('bench: the generated database has no bench.btc account');
    const readerToken = await token(client, reader.id, ['AGGREGATES', 'DOSSIERS']);

    const cycleIds = new Map(
      (await client.query<{ year: number; id: number }>('SELECT year, id FROM cycle')).rows.map((row) => [
        row.year,
        row.id,
      ]),
    );
    const [unit] = (
      await client.query<{ unit_id: number }>(
        `SELECT p.unit_id FROM key_task t JOIN position p ON p.id = t.position_id JOIN org_unit u ON u.id = p.unit_id
          WHERE t.cycle_id = $1 AND u.sector = 'LOCALITY' GROUP BY p.unit_id ORDER BY count(*) DESC, p.unit_id LIMIT 1`,
        [cycleIds.get(COMPARISON_YEAR)],
      )
    ).rows;
    const dossierCadreIds = (
      await client.query<{ cadre_id: number }>(
        `SELECT DISTINCT cadre_id FROM key_task WHERE cycle_id = $1 AND state = 'CONCLUDED'
          ORDER BY cadre_id LIMIT 64`,
        [cycleIds.get(COMPARISON_YEAR)],
      )
    ).rows.map((row) => row.cadre_id);

    const writerRows = (
      await client.query<{ user_id: number; label: string; task_id: number; milestone_id: number }>(
        `SELECT u.id AS user_id, u.display_name AS label, t.id AS task_id, m.id AS milestone_id
           FROM app_user u
           JOIN key_task t ON t.cadre_id = u.cadre_id AND t.cycle_id = $1 AND t.ordinal = 1 AND t.state = 'IN_PROGRESS'
           JOIN LATERAL (SELECT id FROM milestone WHERE key_task_id = t.id ORDER BY due_on, id OFFSET $2 LIMIT 1) m ON true
          WHERE u.username LIKE 'bench.cb%' ORDER BY u.cadre_id`,
        [cycleIds.get(2026), MILESTONE_NUMBER - 1],
      )
    ).rows;
    if (writerRows.length < 3 * WRITERS_PER_SERVER) throw new Error('bench: not enough cadre accounts to write with');
    await client.query('UPDATE milestone SET done_on = NULL WHERE id = ANY($1)', [
      writerRows.map((w) => w.milestone_id),
    ]);
    await client.query('DELETE FROM progress_report WHERE key_task_id = ANY($1)', [writerRows.map((w) => w.task_id)]);
    const writers: Record<ServerName, Writer[]> = { api: [], floor: [], peer: [] };
    const servers: ServerName[] = ['api', 'floor', 'peer'];
    for (const [index, row] of writerRows.entries()) {
      writers[servers[index % 3]!].push({
        token: await token(client, row.user_id, ['DOSSIERS', 'WRITE']),
        label: row.label,
        taskId: row.task_id,
        milestoneNumber: MILESTONE_NUMBER,
        milestoneId: row.milestone_id,
      });
    }
    await client.query('COMMIT');
    return { readerToken, cycleIds, drillUnitId: unit!.unit_id, dossierCadreIds, writers };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
