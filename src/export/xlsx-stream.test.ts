// A write error in the middle of a workbook (disk full) fails the job promptly and leaves nothing.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';

const failAfter = { bytes: Infinity };
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  return {
    ...fs,
    createWriteStream: (path: string, opts: object) => {
      const real = fs.createWriteStream(path, opts as Parameters<typeof fs.createWriteStream>[1]);
      let written = 0;
      const w = new Writable({
        write(chunk: Buffer, _enc, cb) {
          written += chunk.length;
          if (written > failAfter.bytes) return cb(Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' }));
          real.write(chunk, cb);
        },
        final(cb) {
          real.end(cb);
        },
        destroy(err, cb) {
          real.destroy();
          real.once('close', () => cb(err));
        },
      });
      return w;
    },
  };
});

const { writeXlsxStream } = await import('./xlsx-stream.js');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'fupin-xlsx-'));
});
afterEach(() => {
  failAfter.bytes = Infinity;
  rmSync(dir, { recursive: true, force: true });
});

async function bigBook(p: string) {
  await writeXlsxStream(p, async (book) => {
    const s = await book.table({ name: '表', columns: [{ header: 'a', width: 10 }, { header: 'b', width: 10 }] });
    for (let i = 0; i < 20_000; i++) await s.add([`值${i}-${'x'.repeat(40)}`, i]);
    s.commit();
  });
}

it('writes normally through the stream', async () => {
  await bigBook(join(dir, 'ok.xlsx'));
  expect(readdirSync(dir)).toEqual(['ok.xlsx']);
});

it('rejects on a stream error and removes the temp file', async () => {
  failAfter.bytes = 50_000;
  await expect(bigBook(join(dir, 'full.xlsx'))).rejects.toMatchObject({ code: 'ENOSPC' });
  expect(readdirSync(dir)).toEqual([]);
});
