import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { send, type Target } from './load.js';
import { say } from './log.js';
import type { Operation } from './ops/index.js';
import { rssMb, type RunningServer } from './servers/processes.js';

/** One minute of a soak: what was answered in it and the API's resident memory. */
export interface SoakMinute {
  readonly minute: number;
  readonly requests: number;
  readonly errors: number;
  readonly medianMs: number;
  readonly rssMaxMb: number;
  /** The last sample of the minute: where the process settled, not a momentary peak. */
  readonly rssEndMb: number;
}

export interface SoakVerdict {
  readonly minutes: readonly SoakMinute[];
  /** Least-squares slope of the per-second RSS samples after the first (warm-up) minute, MB/min. */
  readonly slopeMbPerMinute: number;
  readonly rssMaxMb: number;
  /** No growth: the slope would add under 1 MB per minute (10 MB over ten minutes), and never 300 MB. */
  readonly pass: boolean;
}

interface Sample {
  readonly at: number;
  readonly mb: number;
}

function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

function slopePerMinute(samples: readonly Sample[]): number {
  if (samples.length < 2) return Number.NaN;
  const xs = samples.map((s) => s.at / 60_000);
  const meanX = xs.reduce((a, b) => a + b, 0) / xs.length;
  const meanY = samples.reduce((a, s) => a + s.mb, 0) / samples.length;
  let num = 0;
  let den = 0;
  samples.forEach((sample, i) => {
    num += (xs[i]! - meanX) * (sample.mb - meanY);
    den += (xs[i]! - meanX) ** 2;
  });
  return num / den;
}

/** Continuous load on one server for `seconds`, its RSS read every second (quality target: no growth in 10 minutes). */
export function soak(target: Target, seconds: number, connections: number): Promise<SoakVerdict> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const samples: Sample[] = [];
    const latencies: number[][] = [];
    const errors: number[] = [];
    const minuteOf = () => Math.floor((performance.now() - started) / 60_000);
    const sampler = setInterval(() => {
      const mb = rssMb(target.pid);
      if (mb !== null) samples.push({ at: performance.now() - started, mb });
      if (samples.length % 60 === 0) say(`soak: ${samples.length} s, RSS ${mb ?? '?'} MB`);
    }, 1000);
    const instance = autocannon(
      {
        url: target.url,
        connections,
        duration: seconds,
        requests: [{ setupRequest: (r) => ({ ...r, ...target.next() }) }],
      },
      (error) => {
        clearInterval(sampler);
        if (error) return reject(error);
        const count = Math.ceil(seconds / 60);
        const minutes: SoakMinute[] = Array.from({ length: count }, (_, minute) => {
          const inMinute = samples.filter((s) => Math.floor(s.at / 60_000) === minute);
          return {
            minute: minute + 1,
            requests: latencies[minute]?.length ?? 0,
            errors: errors[minute] ?? 0,
            medianMs: median(latencies[minute] ?? []),
            rssMaxMb: Math.max(0, ...inMinute.map((s) => s.mb)),
            rssEndMb: inMinute.at(-1)?.mb ?? Number.NaN,
          };
        });
        const slope = slopePerMinute(samples.filter((s) => s.at >= 60_000));
        const rssMax = Math.max(0, ...samples.map((s) => s.mb));
        resolve({ minutes, slopeMbPerMinute: slope, rssMaxMb: rssMax, pass: slope < 1 && rssMax < 300 });
      },
    );
    instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
      const minute = minuteOf();
      if (statusCode >= 200 && statusCode < 300) (latencies[minute] ??= []).push(responseTime);
      else errors[minute] = (errors[minute] ?? 0) + 1;
    });
    instance.on('reqError', () => {
      const minute = minuteOf();
      errors[minute] = (errors[minute] ?? 0) + 1;
    });
  });
}

export function soakTable(label: string, verdict: SoakVerdict): string {
  return [
    `## Soak: ${label}`,
    '',
    '| Minute | Requests | Errors | Median ms | RSS max MB | RSS at end MB |',
    '| -----: | -------: | -----: | --------: | ---------: | ------------: |',
    ...verdict.minutes.map(
      (m) =>
        `| ${m.minute} | ${m.requests} | ${m.errors} | ${m.medianMs.toFixed(1)} | ${m.rssMaxMb.toFixed(0)} | ${m.rssEndMb.toFixed(0)} |`,
    ),
    '',
    `RSS slope after the first minute: ${verdict.slopeMbPerMinute.toFixed(2)} MB/min; max ${verdict.rssMaxMb.toFixed(0)} MB — ` +
      `${verdict.pass ? 'no growth (met)' : 'growth or over 300 MB (not met)'}`,
  ].join('\n');
}

/** Soaks our API alone on each operation in turn; returns the report's Markdown. */
export async function soakOperations(
  ops: readonly Operation[],
  server: RunningServer,
  seconds: number,
  connections: number,
): Promise<{ text: string; pass: boolean }> {
  const sections: string[] = [];
  let pass = true;
  for (const op of ops) {
    const next = op.request('api');
    const { status } = await send(server.url, next());
    if (status !== 200) throw new Error(`bench: the API answered ${status} to "${op.label}" before the soak`);
    say(`soak: ${op.label}, ${seconds} s`);
    const verdict = await soak({ url: server.url, pid: server.pid, next }, seconds, connections);
    pass &&= verdict.pass;
    sections.push(soakTable(op.label, verdict));
  }
  return { text: sections.join('\n\n'), pass };
}
