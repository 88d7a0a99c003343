import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

/**
 * `node dist/cli/soak.js --pid <api pid> [--url http://127.0.0.1:4000] [--minutes 10]
 *  [--concurrency 8] [--user btc] [--password …]` — a memory soak of a running API: signed-in
 * clients read the dashboard's main pages without pause, and every 10 s the API process's resident
 * memory (from /proc) is sampled with the throughput and latency since the last sample. It ends
 * by itself, sends traffic to loopback addresses only, and exits 1 when memory grew by more than
 * 10 % between the second quarter of the run (after warm-up) and the last.
 */

interface Options {
  readonly url: URL;
  readonly pid: number | null;
  readonly minutes: number;
  readonly concurrency: number;
  readonly user: string;
  readonly password: string;
}

function option(args: readonly string[], name: string, fallback: string): string {
  const index = args.indexOf(`--${name}`);
  return index === -1 ? fallback : (args[index + 1] ?? fallback);
}

function parseOptions(args: readonly string[]): Options {
  const url = new URL(option(args, 'url', 'http://127.0.0.1:4000'));
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)) {
    throw new Error('The soak only targets this machine (127.0.0.1, localhost, [::1]).');
  }
  const pid = option(args, 'pid', '');
  return {
    url,
    pid: pid === '' ? null : Number(pid),
    minutes: Math.min(60, Number(option(args, 'minutes', '10'))),
    concurrency: Math.min(64, Number(option(args, 'concurrency', '8'))),
    user: option(args, 'user', 'btc'),
    password: option(args, 'password', 'NVTT-demo-2026'),
  };
}

const PAGES = [
  '{ cycles { year phase } }',
  '{ orgUnits(first: 100) { totalCount nodes { code name kind } } }',
  '{ keyTasks(first: 50) { totalCount nodes { title state cadre { fullName } milestones { dueOn status } opinions { verdict } } } }',
  '{ cadres(first: 50) { totalCount nodes { fullName } } }',
];

function rssMegabytes(pid: number | null): number | null {
  if (pid === null) return null;
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Math.round(Number(match[1]) / 1024) : null;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
}

const median = (values: readonly number[]) =>
  percentile(
    [...values].sort((a, b) => a - b),
    0.5,
  );

async function signIn(options: Options): Promise<string> {
  const response = await fetch(new URL('/graphql', options.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($u: String!, $p: String!) { sessionSignIn(username: $u, password: $p) { userErrors { code } } }',
      variables: { u: options.user, p: options.password },
    }),
  });
  const cookie = response.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error(`Could not sign in as ${options.user}.`);
  return cookie;
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  const cookie = await signIn(options);
  const endAt = performance.now() + options.minutes * 60_000;
  let latencies: number[] = [];
  let errors = 0;
  const samples: Array<{ at: number; rss: number | null }> = [];
  const out = process.stdout;
  out.write('elapsed_s  requests  errors  p50_ms  p99_ms  rss_mb\n');
  const started = performance.now();
  const sampler = setInterval(() => {
    const sorted = [...latencies].sort((a, b) => a - b);
    const rss = rssMegabytes(options.pid);
    samples.push({ at: performance.now() - started, rss });
    out.write(
      `${String(Math.round((performance.now() - started) / 1000)).padStart(9)}  ${String(sorted.length).padStart(8)}  ${String(errors).padStart(6)}  ${String(Math.round(percentile(sorted, 0.5))).padStart(6)}  ${String(Math.round(percentile(sorted, 0.99))).padStart(6)}  ${String(rss ?? '-').padStart(6)}\n`,
    );
    latencies = [];
    errors = 0;
  }, 10_000);
  let n = 0;
  async function client(): Promise<void> {
    while (performance.now() < endAt) {
      const query = PAGES[n++ % PAGES.length]!;
      const begin = performance.now();
      try {
        const response = await fetch(new URL('/graphql', options.url), {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie },
          body: JSON.stringify({ query }),
        });
        await response.arrayBuffer();
        if (response.status !== 200) errors++;
      } catch {
        errors++;
      }
      latencies.push(performance.now() - begin);
    }
  }
  await Promise.all(Array.from({ length: options.concurrency }, client));
  clearInterval(sampler);
  const rss = samples.filter((sample) => sample.rss !== null).map((sample) => sample.rss!);
  if (rss.length < 4) return 0;
  // The first quarter is warm-up (JIT, pool, caches filling); growth is measured after it.
  const quarter = Math.max(1, Math.floor(rss.length / 4));
  const settled = median(rss.slice(quarter, 2 * quarter));
  const last = median(rss.slice(-quarter));
  out.write(`RSS median, second quarter ${settled} MB, last quarter ${last} MB (max ${Math.max(...rss)} MB)\n`);
  return last > settled * 1.1 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`Soak failed: ${(error as Error).message}\n`);
    process.exit(2);
  },
);
