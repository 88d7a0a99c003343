import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import busboy from 'busboy';
import type express from 'express';

/** What the multipart body held: the form fields and the one file, already on disk. */
export interface ReceivedUpload {
  readonly fields: ReadonlyMap<string, string>;
  /** The file part, when there was one; `tooLarge` when it passed the size limit (its bytes were cut). */
  readonly file: {
    readonly tempPath: string;
    readonly fileName: string;
    readonly size: number;
    readonly sha256: string;
    readonly tooLarge: boolean;
  } | null;
  /** More than one file, or more parts or fields than a form of ours has. */
  readonly malformed: boolean;
}

/** Counts and hashes the bytes that pass through on their way to disk. */
class Digest extends Transform {
  readonly hash = createHash('sha256');
  size = 0;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: () => void): void {
    this.hash.update(chunk);
    this.size += chunk.length;
    this.push(chunk);
    done();
  }
}

/**
 * Streams a multipart/form-data body: fields into a map, the part named `file` into `tempPath`
 * (hashed as it goes), never more than `maxBytes` of it. Only the caller decides what to keep:
 * it must discard `tempPath` unless it commits the upload.
 */
export function receiveUpload(req: express.Request, tempPath: string, maxBytes: number): Promise<ReceivedUpload> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        // Browsers send the file name as raw UTF-8 in the part header.
        defParamCharset: 'utf8',
        limits: { files: 1, fileSize: maxBytes, fields: 10, fieldSize: 4096, parts: 12 },
      });
    } catch (error) {
      reject(error);
      return;
    }
    const fields = new Map<string, string>();
    let malformed = false;
    let written: Promise<ReceivedUpload['file']> | null = null;
    parser.on('field', (name, value) => fields.set(name, value));
    parser.on('file', (name, stream, info) => {
      if (name !== 'file' || written !== null) {
        malformed = true;
        stream.resume();
        return;
      }
      let tooLarge = false;
      stream.on('limit', () => {
        tooLarge = true;
      });
      const digest = new Digest();
      written = pipeline(stream, digest, createWriteStream(tempPath, { flags: 'wx' })).then(() => ({
        tempPath,
        fileName: info.filename ?? '',
        size: digest.size,
        sha256: digest.hash.digest('hex'),
        tooLarge,
      }));
    });
    for (const limit of ['filesLimit', 'fieldsLimit', 'partsLimit'] as const) {
      parser.on(limit, () => {
        malformed = true;
      });
    }
    // A broken body fails the upload, once the file part (if any) has stopped writing, so the
    // caller's discard cannot race a late write.
    const fail = (error: unknown) => {
      void (written ?? Promise.resolve(null)).catch(() => null).then(() => reject(error));
    };
    parser.on('error', fail);
    parser.on('close', () => {
      (written ?? Promise.resolve(null)).then((file) => resolve({ fields, file, malformed }), reject);
    });
    req.on('aborted', () => fail(new Error('upload aborted by the client')));
    req.pipe(parser);
  });
}
