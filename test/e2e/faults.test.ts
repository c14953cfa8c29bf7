// Faults and concurrency: SIGKILL and Ctrl-C at each stage of a run, two runs at once. The database must stay whole,
// the period must be all-old (exactly as before) or, only once a run has finished, all-new, and a re-run must give
// the same findings as an uninterrupted run.
//
// Kills are driven by the progress lines reconcile prints on stderr (读取 … / 运行比对规则… / 写出整改清单…), not by
// time: each kill waits until its stage has begun, and the test then checks that the run died inside that stage
// (the next stage's line and the summary never came), so it cannot pass without having interrupted anything.
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCounty, type SynthResult } from '../helpers/synth/truth.js';
import { BIN, runCli, tmpDir } from '../helpers/cli.js';
import { hashTree, snapshotDb } from '../helpers/county.js';

function integrity(db: string): string {
  const d = new Database(db, { readonly: true });
  try { return String(d.pragma('integrity_check', { simple: true })); } finally { d.close(); }
}

function fingerprints(out: string): string[] {
  return JSON.parse(fs.readFileSync(path.join(out, 'findings.json'), 'utf8')).map((f: any) => f.fingerprint).sort();
}

/** A stage of the run: how to tell from stderr that it has begun, and the line that would mean it is over. */
interface Stage { name: string; begun: (stderr: string) => boolean; next: RegExp }

const filesRead = (s: string) => (s.match(/^读取 .*…$/gm) ?? []).length;
const IMPORT_FIRST: Stage = { name: 'import, first file', begun: (s) => filesRead(s) >= 1, next: /^运行比对规则…$/m };
// Halfway through the 17 rosters: earlier files' rows are already written in the open transaction.
const IMPORT_MID: Stage = { name: 'import, 9th file', begun: (s) => filesRead(s) >= 9, next: /^运行比对规则…$/m };
const RULES: Stage = { name: 'rules', begun: (s) => /^运行比对规则…$/m.test(s), next: /^写出整改清单…$/m };
// Outputs are being written to the staging folder; the commit follows them.
const EXPORT: Stage = { name: 'export', begun: (s) => /^写出整改清单…$/m.test(s), next: /比对完成/ };

interface Interrupted { code: number | null; signal: NodeJS.Signals | null; stderr: string; sent: boolean }

/** Run reconcile with its progress on stderr and send `signal` as soon as `stage` has begun. */
function interruptAt(args: string[], stage: Stage, signal: NodeJS.Signals): Promise<Interrupted> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let sent = false;
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (d: string) => {
      stderr += d;
      if (!sent && stage.begun(stderr)) { sent = true; child.kill(signal); }
    });
    child.on('error', reject);
    child.on('close', (code, sig) => resolve({ code, signal: sig, stderr, sent }));
  });
}

/** The signal ended the run inside `stage`: it was sent once the stage had begun, and nothing after it was printed. */
function expectStoppedIn(r: Interrupted, stage: Stage, signal: NodeJS.Signals): void {
  expect(r.sent, `${stage.name}: the run ended before the stage began\n${r.stderr}`).toBe(true);
  if (signal === 'SIGKILL') expect(r.signal, `${stage.name}\n${r.stderr}`).toBe('SIGKILL');
  else {
    expect(r.code, `${stage.name}\n${r.stderr}`).toBe(130);
    expect(r.stderr).toContain('已中断（SIGINT）：临时文件已删除，数据库和已有的输出文件没有任何改动。');
  }
  expect(r.stderr, `${stage.name}: the run went on past the stage`).not.toMatch(stage.next);
  expect(r.stderr, `${stage.name}: the run finished`).not.toContain('比对完成');
}

describe('faults and concurrency', () => {
  let g: SynthResult;
  let dir: string;
  let db: string;
  let out: string;
  let reference: string[];
  let args: string[];
  const resetDb = () => { for (const s of ['', '-wal', '-shm', '.lock']) fs.rmSync(db + s, { force: true }); };
  /** Output files as a user sees them (a SIGKILLed run's staging folder is removed by the next run). */
  const outputs = () => Object.fromEntries(Object.entries(hashTree(path.join(dir, 'output'))).filter(([k]) => !k.includes('.fupin-staging-')));
  const leftovers = () => (fs.readdirSync(out, { recursive: true }) as string[]).filter((n) => /staging|\.tmp/.test(n));

  beforeAll(async () => {
    dir = tmpDir('fupin-faults-');
    g = await generateCounty({ dir, seed: 11, scale: 'small' });
    db = path.join(dir, 'fupin.db');
    out = path.join(dir, 'output', g.period);
    args = ['reconcile', '--config', g.configPath, '--period', g.period];
    const r = await runCli(args);
    expect(r.code, r.stderr).toBe(0);
    reference = fingerprints(out);
  }, 180_000);

  it('SIGKILL at each stage of a first run leaves no data at all; the next run takes over and gives the same findings', async () => {
    const before = outputs();
    for (const stage of [IMPORT_FIRST, IMPORT_MID, RULES, EXPORT]) {
      resetDb();
      expectStoppedIn(await interruptAt(args, stage, 'SIGKILL'), stage, 'SIGKILL');
      expect(integrity(db), stage.name).toBe('ok');
      const { counts } = snapshotDb(db);
      expect(Object.values(counts).every((n) => n === 0), `${stage.name}: ${JSON.stringify(counts)}`).toBe(true);
      expect(outputs(), stage.name).toEqual(before);
    }
    const again = await runCli(args); // the killed run's lock is stale and taken over, its staging folder removed
    expect(again.code, again.stderr).toBe(0);
    expect(fingerprints(out)).toEqual(reference);
    expect(leftovers()).toEqual([]);
    expect(fs.existsSync(db + '.lock')).toBe(false);
  }, 240_000);

  it('SIGKILL at each stage of a re-run leaves the database and the outputs exactly as they were', async () => {
    const before = { db: snapshotDb(db), outputs: outputs() };
    expect(before.db.counts.runs).toBeGreaterThan(0);
    for (const stage of [IMPORT_FIRST, RULES, EXPORT]) {
      expectStoppedIn(await interruptAt(args, stage, 'SIGKILL'), stage, 'SIGKILL');
      expect(integrity(db), stage.name).toBe('ok');
      expect(snapshotDb(db).tables, stage.name).toEqual(before.db.tables);
      expect(outputs(), stage.name).toEqual(before.outputs);
    }
    const again = await runCli(args);
    expect(again.code, again.stderr).toBe(0);
    expect(fingerprints(out)).toEqual(reference);
    expect(leftovers()).toEqual([]);
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

  it('Ctrl-C while importing or writing outputs stops cleanly: no temporary files, no lock, nothing changed', async () => {
    for (const stage of [IMPORT_MID, EXPORT]) {
      // Importing is interrupted on a first run (every roster read); writing outputs on a re-run of the month.
      if (stage === IMPORT_MID) resetDb();
      else expect((await runCli(args)).code).toBe(0);
      const before = { db: snapshotDb(db), outputs: outputs() };
      expectStoppedIn(await interruptAt(args, stage, 'SIGINT'), stage, 'SIGINT');
      expect(fs.existsSync(db + '.lock'), stage.name).toBe(false);
      expect(leftovers(), stage.name).toEqual([]);
      expect(integrity(db), stage.name).toBe('ok');
      const after = snapshotDb(db);
      if (stage === IMPORT_MID) expect(Object.values(after.counts).every((n) => n === 0), JSON.stringify(after.counts)).toBe(true);
      else expect(after.tables, stage.name).toEqual(before.db.tables);
      expect(outputs(), stage.name).toEqual(before.outputs);
    }
  }, 180_000);
});
