// Atomic file output: write to a hidden temp file beside the target, then rename (product-spec §6).
import { randomBytes } from 'node:crypto';
import { chmod, open, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Temp name in the target's directory, so the final rename never crosses file systems. */
export function tempPathFor(path: string): string {
  const rand = randomBytes(6).toString('hex');
  return join(dirname(path), `.${basename(path)}.tmp-${process.pid}-${rand}`);
}

/**
 * Create `<dir>/.<name>.tmp-<pid>-<rand>` with `mode`, let `writeFn` fill it, flush it to disk and
 * rename it over `path`. On any failure the temp file is removed and the error rethrown, so the
 * target is either the complete new file or untouched.
 */
export async function atomicWrite(
  path: string,
  writeFn: (tmpPath: string) => Promise<void>,
  mode = 0o600,
): Promise<void> {
  const tmp = tempPathFor(path);
  let created = false;
  try {
    // 'wx': never follow or reuse an existing file; the mode is set at creation, before any data.
    const fh = await open(tmp, 'wx', mode);
    created = true;
    await fh.close();
    await writeFn(tmp);
    // The umask may have cleared bits at creation, or writeFn may have recreated the file.
    await chmod(tmp, mode);
    const sync = await open(tmp, 'r+');
    try {
      await sync.sync();
    } finally {
      await sync.close();
    }
    await rename(tmp, path);
    created = false;
  } catch (e) {
    if (created) await rm(tmp, { force: true }).catch(() => undefined);
    throw e;
  }
  await syncDir(dirname(path));
}

/** Atomically write a whole buffer or string. */
export async function atomicWriteFile(path: string, data: string | Uint8Array, mode = 0o600): Promise<void> {
  await atomicWrite(path, (tmp) => writeFile(tmp, data), mode);
}

// Persist the rename itself; not possible on every platform (e.g. Windows), hence best effort.
async function syncDir(dir: string): Promise<void> {
  try {
    const fh = await open(dir, 'r');
    try {
      await fh.sync();
    } finally {
      await fh.close();
    }
  } catch {
    /* best effort */
  }
}
