import type { EmbeddedDatabase } from './db/embedded-postgres.js';

export interface BannerFacts {
  readonly port: number;
  readonly embedded: EmbeddedDatabase | null;
  readonly migrations: readonly string[];
  readonly seeds: readonly string[];
  readonly dashboardBuilt: boolean;
  readonly readyInMs: number;
}

/** What a person starting the product needs to see: where it is and what just happened. */
export function printBanner(facts: BannerFacts): void {
  const url = `http://localhost:${facts.port}/`;
  const lines = [
    '',
    'NVTT — Nhiệm vụ trọng tâm',
    `  Bảng điều khiển / Dashboard : ${url}${facts.dashboardBuilt ? '' : '  (chưa build / not built: pnpm build)'}`,
    `  GraphQL                     : ${url}graphql`,
    `  Cơ sở dữ liệu / Database    : ${
      facts.embedded
        ? `PostgreSQL nhúng (embedded), port ${facts.embedded.port}, ${facts.embedded.dataDir}`
        : 'DATABASE_URL'
    }`,
    `  Migrations applied          : ${facts.migrations.length ? facts.migrations.join(', ') : 'none (up to date)'}`,
    `  Data loaded                 : ${facts.seeds.length ? facts.seeds.join(', ') : 'none (already present)'}`,
    `  Ready in                    : ${(facts.readyInMs / 1000).toFixed(2)} s`,
    '  Dừng / Stop: Ctrl-C',
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}
