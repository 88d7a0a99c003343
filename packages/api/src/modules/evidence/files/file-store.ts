import { randomUUID } from 'node:crypto';
import { mkdir, rename, unlink } from 'node:fs/promises';
import path from 'node:path';

/** Where evidence files live and how large one may be (EVIDENCE_DIR, EVIDENCE_MAX_BYTES). */
export interface EvidenceStorageOptions {
  readonly dir: string;
  readonly maxBytes: number;
}

/**
 * Evidence bytes on disk, one file per evidence row, named by the row's id. An upload is written
 * to a hidden temporary file in the same folder (so the final rename is atomic), and renamed only
 * once the row and its audit record have committed; a refused or rolled-back upload is deleted.
 */
export class EvidenceFileStore {
  private ready: Promise<void> | null = null;

  constructor(readonly options: EvidenceStorageOptions) {}

  get maxBytes(): number {
    return this.options.maxBytes;
  }

  /** Makes the folder on first use (the data dir may be fresh). */
  ensureDir(): Promise<void> {
    return (this.ready ??= mkdir(this.options.dir, { recursive: true }).then(() => undefined));
  }

  newTempPath(): string {
    return path.join(this.options.dir, `.upload-${randomUUID()}.part`);
  }

  pathOf(evidenceId: number): string {
    return path.join(this.options.dir, String(evidenceId));
  }

  async commit(tempPath: string, evidenceId: number): Promise<void> {
    await rename(tempPath, this.pathOf(evidenceId));
  }

  async discard(tempPath: string): Promise<void> {
    try {
      await unlink(tempPath);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
}
