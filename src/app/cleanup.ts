// Things to undo if the process is interrupted (Ctrl-C, SIGTERM from cron/systemd): staging folders, lock files.
// The database needs nothing here: an uncommitted SQLite transaction simply never happened.
import fs from 'node:fs';
import { fail, type FupinError } from '../errors.js';

const paths = new Set<string>();

export function onInterruptRemove(p: string): () => void {
  paths.add(p);
  return () => paths.delete(p);
}

export function cleanupNow(): void {
  for (const p of paths) {
    // A write still in flight on libuv's thread pool may add a file while the folder is being removed
    // (ENOTEMPTY): retry briefly until the folder is gone.
    try { fs.rmSync(p, { recursive: true, force: true, maxRetries: 5, retryDelay: 20 }); } catch { /* best effort */ }
  }
  paths.clear();
}

let installed = false;

/** Ctrl-C: remove temporary files, say that nothing changed, exit 130 (SIGTERM: 143). */
export function installInterruptHandlers(write: (s: string) => void, also?: (error: FupinError<'INTERRUPTED'>) => void): void {
  if (installed) return;
  installed = true;
  const handler = (sig: NodeJS.Signals) => {
    cleanupNow();
    const e = fail('INTERRUPTED', { signal: sig });
    write(`\n${e.message}\n`);
    also?.(e);
    process.exit(sig === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', handler);
  process.once('SIGTERM', handler);
}
