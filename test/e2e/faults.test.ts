// Faults and concurrency: SIGKILL at random points, two runs at once, Ctrl-C. The database must stay whole,
// the period must be all-old or all-new, and a re-run must give the same findings as an uninterrupted run.
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCounty, type SynthResult } from '../helpers/synth/truth.js';
import { BIN, runCli, tmpDir } from '../helpers/cli.js';

function integrity(db: string): string {
  const d = new Database(db, { readonly: true });
  try { return String(d.pragma('integrity_check', { simple: true })); } finally { d.close(); }
}

function periodState(db: string, period: string): { run: number; findings: number; imports: number } {
  const d = new Database(db, { readonly: true });
  try {
    const one = (sql: string) => (d.prepare(sql).get(period) as { n: number }).n;
    return { run: one('SELECT count(*) n FROM runs WHERE period = ?'), findings: one('SELECT count(*) n FROM findings WHERE period = ?'),
      imports: one('SELECT count(*) n FROM imports WHERE period = ?') };
  } finally { d.close(); }
}

function fingerprints(out: string): string[] {
  return JSON.parse(fs.readFileSync(path.join(out, 'findings.json'), 'utf8')).map((f: any) => f.fingerprint).sort();
}

/** Start reconcile and kill it after `ms` milliseconds with `signal`. */
function runAndKill(args: string[], ms: number, signal: NodeJS.Signals): Promise<{ code: number | null; signal: string | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const t = setTimeout(() => child.kill(signal), ms);
    child.on('close', (code, sig) => { clearTimeout(t); resolve({ code, signal: sig, stderr }); });
  });
}

describe('faults and concurrency', () => {
  let g: SynthResult;
  let db: string;
  let out: string;
  let reference: string[];
  let args: string[];
  beforeAll(async () => {
    const dir = tmpDir('fupin-faults-');
    g = await generateCounty({ dir, seed: 11, scale: 'small' });
    db = path.join(dir, 'fupin.db');
    out = path.join(dir, 'output', g.period);
    args = ['reconcile', '--config', g.configPath, '--period', g.period, '--quiet'];
    const r = await runCli(args);
    expect(r.code, r.stderr).toBe(0);
    reference = fingerprints(out);
  }, 180_000);

  it('SIGKILL at random points never corrupts the database or leaves a half period', async () => {
    // Deterministic "random" kill points spread over the run (import, rules, export, commit).
    const points = [150, 700, 1300, 1900, 2600];
    for (const ms of points) {
      fs.rmSync(db, { force: true }); fs.rmSync(db + '-wal', { force: true }); fs.rmSync(db + '-shm', { force: true });
      fs.rmSync(db + '.lock', { force: true });
      await runAndKill(args, ms, 'SIGKILL');
      if (fs.existsSync(db)) {
        expect(integrity(db)).toBe('ok');
        const s = periodState(db, g.period);
        // all-old (nothing) or all-new (run, its findings and imports)
        if (s.run === 0) expect(s).toEqual({ run: 0, findings: 0, imports: 0 });
        else expect(s.imports).toBeGreaterThan(0);
      }
      const again = await runCli(args); // a stale lock from the killed run is taken over
      expect(again.code, again.stderr).toBe(0);
      expect(fingerprints(out)).toEqual(reference);
    }
  }, 240_000);

  it('two runs at once: one wins, the other waits or stops with a clear message; nothing is corrupted', async () => {
    const [a, b] = await Promise.all([runCli(args), runCli(args)]);
    const codes = [a.code, b.code].sort();
    expect(codes[0]).toBe(0);
    for (const r of [a, b]) {
      if (r.code !== 0) {
        expect(r.code).toBe(1);
        expect(r.stderr).toContain('另一个 fupin 进程');
        expect(r.stderr).toContain('未做任何改动');
      }
    }
    expect(integrity(db)).toBe('ok');
    expect(fingerprints(out)).toEqual(reference);
  }, 120_000);

  it('Ctrl-C stops cleanly: no temporary files, message says nothing changed', async () => {
    const before = periodState(db, g.period);
    const r = await runAndKill(args, 1500, 'SIGINT');
    if (r.code === 0) return; // finished before the signal: nothing to check
    expect(r.code).toBe(130);
    expect(r.stderr).toContain('没有任何改动');
    expect(fs.existsSync(db + '.lock')).toBe(false);
    const leftovers = (fs.readdirSync(out, { recursive: true }) as string[]).filter((n) => /staging|\.tmp/.test(n));
    expect(leftovers).toEqual([]);
    expect(integrity(db)).toBe('ok');
    expect(periodState(db, g.period)).toEqual(before);
  }, 60_000);
});
