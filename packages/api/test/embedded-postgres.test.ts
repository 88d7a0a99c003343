import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EmbeddedDatabaseError, startEmbeddedPostgres } from '../src/db/embedded-postgres.js';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'nvtt-embedded-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('embedded PostgreSQL start-up problems are explained', () => {
  it('refuses a data folder that holds something other than PostgreSQL data', async () => {
    const dataDir = path.join(scratch, 'not-postgres');
    mkdirSync(path.join(dataDir, 'postgres'), { recursive: true });
    writeFileSync(path.join(dataDir, 'postgres', 'notes.txt'), 'my files');
    const start = startEmbeddedPostgres({ dataDir, port: null, persistent: true });
    await expect(start).rejects.toBeInstanceOf(EmbeddedDatabaseError);
    await expect(start).rejects.toThrow(/not empty but holds no PostgreSQL data/);
  });

  it('refuses data of another PostgreSQL major version', async () => {
    const dataDir = path.join(scratch, 'old-version');
    mkdirSync(path.join(dataDir, 'postgres'), { recursive: true });
    writeFileSync(path.join(dataDir, 'postgres', 'PG_VERSION'), '15\n');
    await expect(startEmbeddedPostgres({ dataDir, port: null, persistent: true })).rejects.toThrow(
      /holds PostgreSQL 15 data/,
    );
  });

  it('refuses a data folder path that is a file', async () => {
    const dataDir = path.join(scratch, 'a-file');
    writeFileSync(dataDir, 'not a folder');
    await expect(startEmbeddedPostgres({ dataDir, port: null, persistent: true })).rejects.toThrow(
      /cannot be used.*NVTT_DATA_DIR/s,
    );
  });

  it('names the taken port and the variable to change', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      await expect(
        startEmbeddedPostgres({ dataDir: path.join(scratch, 'port'), port, persistent: true }),
      ).rejects.toThrow(new RegExp(`Port ${port} \\(NVTT_PG_PORT\\) is already in use`));
    } finally {
      blocker.close();
    }
  });
});
