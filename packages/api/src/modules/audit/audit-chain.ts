import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';

/**
 * Verifies the audit trail's hash chain (migration 1764720000000-audit-hash-chain) by recomputing
 * every hash here, in Node, from the rows' columns: a tampered row, a removed one or one slipped
 * in between break the chain at that row and at every later link. Truncating the newest rows
 * leaves a shorter valid chain, so keep the reported head somewhere else and pass it back as an
 * anchor: the chain must still hold that row with that hash.
 */

const GENESIS = '0'.repeat(64);

/** Rows as text, exactly as the database's canonical message reads them. */
const PAGE_SQL = `
  SELECT chain_seq::text AS seq, id::text AS id,
         (extract(epoch FROM occurred_at) * 1000000)::bigint::text AS occurred_us,
         request_id, actor_label, actor_user_id, entity_type, entity_id::text AS entity_id, action,
         from_state, to_state, comment, document_number, data::text AS data,
         encode(prev_hash, 'hex') AS prev_hash, encode(hash, 'hex') AS hash
    FROM audit_event
   WHERE chain_seq > $1
   ORDER BY chain_seq
   LIMIT $2`;

interface ChainRow {
  readonly seq: string;
  readonly id: string;
  readonly occurred_us: string;
  readonly request_id: string | null;
  readonly actor_label: string;
  readonly actor_user_id: string | null;
  readonly entity_type: string;
  readonly entity_id: string;
  readonly action: string;
  readonly from_state: string | null;
  readonly to_state: string | null;
  readonly comment: string | null;
  readonly document_number: string | null;
  readonly data: string;
  readonly prev_hash: string;
  readonly hash: string;
}

function field(value: string | null): string {
  return value === null ? '~' : `${Buffer.byteLength(value, 'utf8')}:${value}`;
}

/** SHA-256 of a row's canonical message (version 1), hex. */
export function auditRowHash(row: Omit<ChainRow, 'hash'>): string {
  const fields = [
    row.seq,
    row.id,
    row.occurred_us,
    row.request_id,
    row.actor_label,
    row.actor_user_id,
    row.entity_type,
    row.entity_id,
    row.action,
    row.from_state,
    row.to_state,
    row.comment,
    row.document_number,
    row.data,
  ].map(field);
  const message = `nvtt-audit-v1|${row.prev_hash}|${fields.join('|')}`;
  return createHash('sha256').update(message, 'utf8').digest('hex');
}

export interface ChainProblem {
  /** Place in the chain, and the audit row's id, of the first row that does not fit. */
  readonly seq: string;
  readonly id: string;
  readonly reason: 'CONTENT_CHANGED' | 'LINK_BROKEN' | 'GAP';
  readonly detail: string;
}

export interface ChainAnchor {
  readonly seq: string;
  readonly hash: string;
}

export interface ChainReport {
  readonly ok: boolean;
  readonly rows: number;
  /** The newest link: record it elsewhere and pass it as an anchor next time. */
  readonly head: ChainAnchor | null;
  readonly problems: readonly ChainProblem[];
}

/** Walks the whole chain in pages (memory stays flat), reporting up to `maxProblems` breaks. */
export async function verifyAuditChain(
  db: DataSource,
  options: { pageSize?: number; maxProblems?: number; anchor?: ChainAnchor } = {},
): Promise<ChainReport> {
  const pageSize = options.pageSize ?? 5_000;
  const maxProblems = options.maxProblems ?? 20;
  const problems: ChainProblem[] = [];
  let previousHash = GENESIS;
  let expectedSeq = 1n;
  let rows = 0;
  let head: ChainAnchor | null = null;
  let anchorSeen = false;
  let after = '0';
  for (;;) {
    const page: ChainRow[] = await db.query(PAGE_SQL, [after, pageSize]);
    for (const row of page) {
      rows++;
      if (BigInt(row.seq) !== expectedSeq) {
        problems.push({ seq: row.seq, id: row.id, reason: 'GAP', detail: `expected chain position ${expectedSeq}` });
      }
      if (row.prev_hash !== previousHash) {
        problems.push({
          seq: row.seq,
          id: row.id,
          reason: 'LINK_BROKEN',
          detail: 'its previous hash is not the hash of the row before it (a row was removed, inserted or rewritten)',
        });
      }
      if (auditRowHash(row) !== row.hash) {
        problems.push({
          seq: row.seq,
          id: row.id,
          reason: 'CONTENT_CHANGED',
          detail: 'its content does not match its hash (the row was altered)',
        });
      }
      if (options.anchor && options.anchor.seq === row.seq) {
        anchorSeen = true;
        if (options.anchor.hash !== row.hash) {
          problems.push({
            seq: row.seq,
            id: row.id,
            reason: 'LINK_BROKEN',
            detail: 'differs from the recorded anchor',
          });
        }
      }
      // Follow the stored hash: an altered row is named by its own hash; if the hash was
      // recomputed as well, the next row's link names the break.
      previousHash = row.hash;
      expectedSeq = BigInt(row.seq) + 1n;
      head = { seq: row.seq, hash: row.hash };
      if (problems.length >= maxProblems) return { ok: false, rows, head, problems };
    }
    if (page.length < pageSize) break;
    after = page[page.length - 1]!.seq;
  }
  if (options.anchor && !anchorSeen) {
    problems.push({
      seq: options.anchor.seq,
      id: '?',
      reason: 'GAP',
      detail: 'the anchored row is missing: the chain was cut back',
    });
  }
  return { ok: problems.length === 0, rows, head, problems };
}
