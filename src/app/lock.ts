// One writer per database: a lock file next to it, created exclusively, removed on exit; stale locks are taken over.
import fs from 'node:fs';
import { fail } from '../errors.js';
import path from 'node:path';
import { onInterruptRemove } from './cleanup.js';

export function alive(pid: number): boolean {
  try { process.kill(pid, 0); return true; } catch (e) { return (e as NodeJS.ErrnoException).code === 'EPERM'; }
}

export interface Lock { release(): void }

const held = new Set<string>();
let hooked = false;

export function acquireLock(dbFile: string): Lock {
  const lockFile = path.resolve(dbFile) + '.lock';
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(lockFile, 'wx', 0o600);
      fs.writeSync(fd, JSON.stringify({ pid: process.pid, startedAt: new Date().toISOString() }));
      fs.closeSync(fd);
      held.add(lockFile);
      const forget = onInterruptRemove(lockFile);
      if (!hooked) {
        hooked = true;
        process.on('exit', () => { for (const f of held) { try { fs.unlinkSync(f); } catch { /* gone */ } } });
      }
      return { release() { forget(); held.delete(lockFile); try { fs.unlinkSync(lockFile); } catch { /* gone */ } } };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      let pid = 0;
      try { pid = Number(JSON.parse(fs.readFileSync(lockFile, 'utf8')).pid) || 0; } catch { /* half-written lock: treat as stale */ }
      if (pid && pid !== process.pid && alive(pid)) {
        throw fail('DB_LOCKED', { db: path.basename(dbFile), pid, lockFile: path.basename(lockFile) });
      }
      try { fs.unlinkSync(lockFile); } catch { /* raced: retry */ }
    }
  }
  throw fail('DB_LOCKED', { db: path.basename(dbFile) });
}
