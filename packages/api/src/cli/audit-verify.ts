import 'reflect-metadata';
import { APP_DATABASE } from '../bootstrap.js';
import { ConfigError, loadConfig } from '../config.js';
import { createDataSource, ensureDatabase } from '../db/data-source.js';
import { EmbeddedDatabaseError, startEmbeddedPostgres, type EmbeddedDatabase } from '../db/embedded-postgres.js';
import { verifyAuditChain, type ChainAnchor } from '../modules/audit/audit-chain.js';

/**
 * `pnpm audit:verify [--anchor <seq>:<hash>]` — recomputes the audit trail's hash chain and names
 * the first rows that do not fit. Uses DATABASE_URL, or else starts the embedded PostgreSQL of
 * NVTT_DATA_DIR (the API must be stopped then). Exit code 0: intact; 1: tampered; 2: could not check.
 */
function parseAnchor(args: readonly string[]): ChainAnchor | undefined {
  const index = args.indexOf('--anchor');
  if (index === -1) return undefined;
  const match = /^([1-9][0-9]*):([0-9a-f]{64})$/.exec(args[index + 1] ?? '');
  if (!match) throw new ConfigError('--anchor takes <chain position>:<64 hex digits>, as printed by a previous run.');
  return { seq: match[1]!, hash: match[2]! };
}

async function main(): Promise<number> {
  const anchor = parseAnchor(process.argv.slice(2));
  const config = loadConfig();
  let embedded: EmbeddedDatabase | null = null;
  let url = config.databaseUrl;
  if (url === null) {
    embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, port: null, persistent: true });
    url = await ensureDatabase(embedded.url, APP_DATABASE);
  }
  const db = createDataSource(url);
  try {
    await db.initialize();
    const report = await verifyAuditChain(db, { anchor });
    const out = process.stdout;
    out.write(`Audit rows checked: ${report.rows}\n`);
    if (report.head)
      out.write(`Chain head (record it; pass as --anchor later): ${report.head.seq}:${report.head.hash}\n`);
    if (report.ok) {
      out.write('Audit trail intact: every hash and link verified.\n');
      return 0;
    }
    out.write('AUDIT TRAIL TAMPERED:\n');
    for (const problem of report.problems) {
      out.write(
        `  chain position ${problem.seq}, audit_event id ${problem.id}: ${problem.reason} — ${problem.detail}\n`,
      );
    }
    return 1;
  } finally {
    if (db.isInitialized) await db.destroy();
    await embedded?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const known = error instanceof ConfigError || error instanceof EmbeddedDatabaseError;
    process.stderr.write(
      `Could not verify the audit trail: ${known ? (error as Error).message : String((error as Error).stack ?? error)}\n`,
    );
    process.exit(2);
  },
);
