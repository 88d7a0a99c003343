import type { EmbeddedDatabase } from './db/embedded-postgres.js';

export interface BannerFacts {
  readonly port: number;
  readonly embedded: EmbeddedDatabase | null;
  readonly migrations: readonly string[];
  readonly seeds: readonly string[];
  readonly dashboardBuilt: boolean;
  readonly readyInMs: number;
  /** Demo sign-ins to print, when the demo data is on. */
  readonly demoAccounts: ReadonlyArray<{ username: string; role: string }>;
  readonly demoPassword: string;
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
    ...(facts.demoAccounts.length
      ? [
          `  Tài khoản dùng thử / Demo sign-ins (mật khẩu / password: ${facts.demoPassword}):`,
          ...facts.demoAccounts.map((account) => `    ${account.username.padEnd(14)} ${account.role}`),
        ]
      : []),
    '  Dừng / Stop: Ctrl-C',
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}
