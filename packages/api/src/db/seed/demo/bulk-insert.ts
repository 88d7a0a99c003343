import type { EntityManager } from 'typeorm';
import type { Row } from './rows.js';

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;
const CHUNK = 4000;

function identifier(name: string): string {
  if (!IDENTIFIER.test(name)) throw new Error(`Unsafe identifier: ${name}`);
  // Quoted: some table names ("position") are keywords where a type name is expected.
  return `"${name}"`;
}

/**
 * Inserts many rows in few statements: the rows travel as one JSON parameter and PostgreSQL maps
 * them onto the table's own row type. Ids chosen by the generator are kept (OVERRIDING SYSTEM VALUE).
 */
export async function bulkInsert(db: EntityManager, table: string, rows: readonly Row[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!).map(identifier).join(', ');
  const target = identifier(table);
  const sql = `INSERT INTO ${target} (${columns}) OVERRIDING SYSTEM VALUE
               SELECT ${columns} FROM json_populate_recordset(NULL::${target}, $1::json)`;
  for (let start = 0; start < rows.length; start += CHUNK) {
    await db.query(sql, [JSON.stringify(rows.slice(start, start + CHUNK))]);
  }
}

/** After explicit ids, moves a table's identity past them so later inserts do not collide. */
export async function syncIdentity(db: EntityManager, table: string): Promise<void> {
  const target = identifier(table);
  const sql = `SELECT setval(pg_get_serial_sequence('${target.replaceAll('"', '')}', 'id'), coalesce((SELECT max(id) FROM ${target}), 0) + 1, false)`;
  await db.query(sql);
}

export async function nextIdOf(db: EntityManager, table: string): Promise<number> {
  const target = identifier(table);
  const sql = `SELECT coalesce(max(id), 0) + 1 AS next FROM ${target}`;
  const [{ next }] = await db.query(sql);
  return Number(next);
}
