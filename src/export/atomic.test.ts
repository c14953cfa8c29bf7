import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { atomicWrite, atomicWriteFile } from './atomic.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'fupin-atomic-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const mode = (p: string) => statSync(p).mode & 0o777;

describe('atomicWrite', () => {
  it('writes through a hidden temp file in the same folder and renames it', async () => {
    const p = join(dir, 'out.txt');
    let seen = '';
    await atomicWrite(p, async (tmp) => {
      seen = tmp;
      expect(existsSync(p)).toBe(false);
      expect(mode(tmp)).toBe(0o600); // created with the mode before any data
      await writeFile(tmp, 'hello');
    });
    expect(seen.startsWith(join(dir, '.out.txt.tmp-'))).toBe(true);
    expect(readFileSync(p, 'utf8')).toBe('hello');
    expect(mode(p)).toBe(0o600);
    expect(readdirSync(dir)).toEqual(['out.txt']);
  });

  it('enforces the mode even under a permissive umask or an existing target', async () => {
    const p = join(dir, 'out.txt');
    writeFileSync(p, 'old', { mode: 0o644 });
    const old = process.umask(0);
    try {
      await atomicWriteFile(p, 'new');
    } finally {
      process.umask(old);
    }
    expect(mode(p)).toBe(0o600);
    expect(readFileSync(p, 'utf8')).toBe('new');
  });

  it('honours another mode', async () => {
    const p = join(dir, 'out.txt');
    await atomicWriteFile(p, 'x', 0o640);
    expect(mode(p)).toBe(0o640);
  });

  it('removes the temp file and keeps the old target when writeFn fails', async () => {
    const p = join(dir, 'out.txt');
    writeFileSync(p, 'old');
    await expect(
      atomicWrite(p, async (tmp) => {
        await writeFile(tmp, 'partial');
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(readFileSync(p, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['out.txt']);
  });

  it('fails cleanly when the folder does not exist', async () => {
    const p = join(dir, 'nope', 'out.txt');
    await expect(atomicWriteFile(p, 'x')).rejects.toMatchObject({ code: 'ENOENT' });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('cleans up when the rename fails (target is a folder)', async () => {
    const p = join(dir, 'target');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(p, 'inside'), { recursive: true });
    await expect(atomicWriteFile(p, 'x')).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(['target']);
  });
});
