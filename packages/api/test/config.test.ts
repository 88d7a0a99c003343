import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

describe('configuration', () => {
  it('loads no demo data (so no demo accounts) in production unless explicitly asked', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).seedDemo).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', NVTT_SEED_DEMO: 'true' }).seedDemo).toBe(true);
    expect(loadConfig({}).seedDemo).toBe(true);
  });

  it('explains bad values', () => {
    expect(() => loadConfig({ PORT: 'bốn nghìn' })).toThrow(ConfigError);
    expect(() => loadConfig({ NVTT_SEED_DEMO: 'maybe' })).toThrow('NVTT_SEED_DEMO must be true or false');
  });
});
