import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Text hygiene as database rules, behind the API's own checks: every text column has a maximum
 * length (the user-entered ones already had theirs; this adds the labels, identifiers, hashes,
 * search keys and JSON documents), and text people type is stored in Unicode NFC, the form the
 * API normalises to at its boundary. (NUL cannot be stored in PostgreSQL text at all.)
 */

/** [table, column, maximum length in characters] for text columns that had no bound. */
const LENGTHS: ReadonlyArray<readonly [string, string, number]> = [
  ['appraisal', 'author_label', 1000],
  ['assignment_decision', 'signer_label', 1000],
  ['change_request', 'requester_label', 1000],
  ['change_request', 'decider_label', 1000],
  ['conclusion', 'decider_label', 1000],
  ['deadline_extension', 'granted_by_label', 1000],
  ['evidence', 'added_by_label', 1000],
  ['evidence', 'verified_by_label', 1000],
  ['opinion', 'author_label', 1000],
  ['progress_report', 'author_label', 1000],
  ['quality_rating', 'decider_label', 1000],
  ['quality_rating', 'scale_version', 100],
  ['audit_event', 'actor_label', 1000],
  ['audit_event', 'actor_user_id', 100],
  ['audit_event', 'request_id', 100],
  ['audit_event', 'entity_type', 100],
  ['audit_event', 'action', 100],
  ['audit_event', 'from_state', 100],
  ['audit_event', 'to_state', 100],
  ['audit_event', 'comment', 5000],
  ['audit_event', 'document_number', 200],
  ['api_token', 'prefix', 32],
  ['api_token', 'token_hash', 128],
  ['user_session', 'id_hash', 128],
  ['user_session', 'address', 100],
  ['login_failure', 'address', 100],
  // Whatever a sign-in attempt typed, up to the API's bound on any text argument.
  ['login_failure', 'username', 10000],
  ['seed_run', 'name', 200],
  ['cadre', 'search_text', 20000],
  ['org_unit', 'search_text', 20000],
  ['key_task', 'search_text', 20000],
];

/** [table, column, maximum size in bytes of the JSON text] for JSON documents. */
const JSON_SIZES: ReadonlyArray<readonly [string, string, number]> = [
  ['audit_event', 'data', 200000],
  ['change_request', 'proposed', 200000],
  ['key_task', 'registered_snapshot', 200000],
  ['key_task', 'assigned_snapshot', 200000],
];

/** Text people type or read as written: stored in NFC. */
const NFC_COLUMNS: ReadonlyArray<readonly [string, string]> = [
  ['key_task', 'title'],
  ['key_task', 'description'],
  ['key_task', 'spill_over_note'],
  ['key_task', 'state_reason'],
  ['output_product', 'name'],
  ['output_product', 'unit'],
  ['alignment', 'reference_text'],
  ['milestone', 'expected_output'],
  ['milestone', 'period_label'],
  ['progress_report', 'note'],
  ['appraisal', 'comment'],
  ['self_assessment', 'summary'],
  ['conclusion', 'summary'],
  ['conclusion', 'document_number'],
  ['quality_rating', 'note'],
  ['change_request', 'reason'],
  ['change_request', 'document_number'],
  ['deadline_extension', 'reason'],
  ['assignment_decision', 'document_number'],
  ['evidence', 'title'],
  ['evidence', 'issuer'],
  ['evidence', 'document_number'],
  ['evidence', 'verification_note'],
  ['api_token', 'name'],
  ['app_user', 'display_name'],
  ['cadre', 'full_name'],
  ['org_unit', 'name'],
  ['position', 'title'],
  ['opinion', 'text'],
  ['audit_event', 'comment'],
];

/** Rows of these tables are never updated (triggers refuse it), so old rows cannot be rewritten. */
const APPEND_ONLY = new Set(['opinion', 'audit_event']);

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

function id(name: string): string {
  if (!IDENTIFIER.test(name)) throw new Error(`Unsafe identifier ${name}`);
  return name;
}

export class TextLimits1764633600000 implements MigrationInterface {
  name = 'TextLimits1764633600000';

  async up(db: QueryRunner): Promise<void> {
    for (const [table, column, max] of LENGTHS) {
      const sql = `ALTER TABLE ${id(table)} ADD CONSTRAINT ${id(`${table}_${column}_length`)} CHECK (length(${id(column)}) <= ${max})`;
      await db.query(sql);
    }
    for (const [table, column, max] of JSON_SIZES) {
      const sql = `ALTER TABLE ${id(table)} ADD CONSTRAINT ${id(`${table}_${column}_size`)} CHECK (octet_length(${id(column)}::text) <= ${max})`;
      await db.query(sql);
    }
    for (const [table, column] of NFC_COLUMNS) {
      const check = `ALTER TABLE ${id(table)} ADD CONSTRAINT ${id(`${table}_${column}_nfc`)} CHECK (${id(column)} IS NFC NORMALIZED)`;
      if (APPEND_ONLY.has(table)) {
        // Checked for every new row; rows written before the API normalised stay as written.
        const notValid = `${check} NOT VALID`;
        await db.query(notValid);
      } else {
        const normalize = `UPDATE ${id(table)} SET ${id(column)} = normalize(${id(column)}, NFC) WHERE ${id(column)} IS NOT NFC NORMALIZED`;
        await db.query(normalize);
        await db.query(check);
      }
    }
  }

  async down(db: QueryRunner): Promise<void> {
    const constraints = [
      ...LENGTHS.map(([table, column]) => [table, `${table}_${column}_length`] as const),
      ...JSON_SIZES.map(([table, column]) => [table, `${table}_${column}_size`] as const),
      ...NFC_COLUMNS.map(([table, column]) => [table, `${table}_${column}_nfc`] as const),
    ];
    for (const [table, constraint] of constraints) {
      const sql = `ALTER TABLE ${id(table)} DROP CONSTRAINT ${id(constraint)}`;
      await db.query(sql);
    }
  }
}
