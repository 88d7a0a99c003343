import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

describe('hardening configuration', () => {
  it('has limits and timeouts by default, each settable', () => {
    const config = loadConfig({});
    expect(config.http).toEqual({ bodyLimitBytes: 262_144, requestTimeoutMs: 20_000 });
    expect(config.database).toMatchObject({ statementTimeoutMs: 15_000, lockTimeoutMs: 5_000, poolSize: 10 });
    expect(loadConfig({ BODY_LIMIT_BYTES: '1024', DATABASE_POOL_SIZE: '3' })).toMatchObject({
      http: { bodyLimitBytes: 1024 },
      database: { poolSize: 3 },
    });
  });

  it('refuses a request deadline that would fire before the statement timeout', () => {
    expect(() => loadConfig({ REQUEST_TIMEOUT_MS: '10000' })).toThrow(/shorter than REQUEST_TIMEOUT_MS/);
    expect(() => loadConfig({ DATABASE_POOL_SIZE: 'many' })).toThrow(ConfigError);
  });

  it('reads replicas only with a primary, as postgres:// URLs', () => {
    expect(loadConfig({}).replicaUrls).toEqual([]);
    expect(
      loadConfig({
        DATABASE_URL: 'postgres://a@p/nvtt',
        DATABASE_REPLICA_URLS: 'postgres://a@r1/nvtt, postgres://a@r2/nvtt',
      }).replicaUrls,
    ).toEqual(['postgres://a@r1/nvtt', 'postgres://a@r2/nvtt']);
    expect(() => loadConfig({ DATABASE_REPLICA_URLS: 'postgres://a@r1/nvtt' })).toThrow(/needs DATABASE_URL/);
    expect(() => loadConfig({ DATABASE_URL: 'postgres://a@p/nvtt', DATABASE_REPLICA_URLS: 'mysql://x' })).toThrow(
      /postgres:\/\//,
    );
  });
});
