// SIGKILL loop at county scale (issue 6): kill `reconcile` at random points N times; after each kill the database
// must pass integrity_check and the period must be all-old or all-new; a final re-run must give the same findings
// as an uninterrupted run. Usage: npm run build && node scripts/kill-loop.mjs [N=20]   (uses .bench/county-1)
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { BENCH_DIR, ROOT, generatedPeriod } from './bench-lib.mjs';

const N = Number(process.argv[2] ?? 20);
const dir = path.join(BENCH_DIR, 'county-1');
if (!fs.existsSync(path.join(dir, 'fupin.config.json'))) { console.error('先运行 npm run bench 生成 .bench/county-1'); process.exit(1); }
const period = generatedPeriod(dir);
const db = path.join(dir, 'fupin.db');
const args = [path.join(ROOT, 'bin/fupin'), 'reconcile', '--config', path.join(dir, 'fupin.config.json'), '--period', period, '--quiet'];
const fps = () => JSON.parse(fs.readFileSync(path.join(dir, 'output', period, 'findings.json'), 'utf8')).map((f) => f.fingerprint).sort().join(',');
const reset = () => { for (const s of ['', '-wal', '-shm', '.lock']) fs.rmSync(db + s, { force: true }); };

reset();
let t = Date.now();
if (spawnSync(process.execPath, args, { stdio: 'inherit' }).status !== 0) process.exit(1);
const fullMs = Date.now() - t;
const reference = fps();
console.log(`uninterrupted run: ${(fullMs / 1000).toFixed(1)} s`);

let seed = 12345;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
let bad = 0;
for (let i = 0; i < N; i++) {
  // Half the kills on a fresh database (import in progress), half on one that already holds the period
  // (a complete earlier run of the same month), so that "all-old" is a real previous state, not nothing.
  if (i % 2 === 0) reset();
  else if (spawnSync(process.execPath, args, { stdio: 'ignore' }).status !== 0) process.exit(1);
  const before = fs.existsSync(db) ? state() : null;
  const ms = Math.floor(500 + rand() * fullMs);
  await new Promise((resolve) => {
    const child = spawn(process.execPath, args, { stdio: 'ignore' });
    const timer = setTimeout(() => child.kill('SIGKILL'), ms);
    child.on('close', () => { clearTimeout(timer); resolve(); });
  });
  const integrity = fs.existsSync(db) ? check() : 'no database yet';
  const after = fs.existsSync(db) ? state() : null;
  const consistent = !after || after.runs === 0 ? (!after || (after.findings === 0 && after.imports === 0)) : after.imports > 0;
  const ok = (integrity === 'ok' || integrity === 'no database yet') && consistent;
  if (!ok) bad++;
  console.log(`kill ${i + 1}/${N} at ${(ms / 1000).toFixed(1)} s: integrity ${integrity}; period ${after ? JSON.stringify(after) : '-'}${before ? ` (before ${JSON.stringify(before)})` : ''} ${ok ? 'OK' : 'FAIL'}`);
}
t = Date.now();
if (spawnSync(process.execPath, args, { stdio: 'inherit' }).status !== 0) process.exit(1);
const same = fps() === reference;
console.log(`re-run after the kills: ${((Date.now() - t) / 1000).toFixed(1)} s, findings ${same ? 'identical to' : 'DIFFERENT from'} the uninterrupted run`);
process.exit(bad === 0 && same ? 0 : 1);

function check() {
  const d = new Database(db, { readonly: true });
  try { return String(d.pragma('integrity_check', { simple: true })); } finally { d.close(); }
}
function state() {
  const d = new Database(db, { readonly: true });
  try {
    const one = (sql) => d.prepare(sql).get(period).n;
    return { runs: one('SELECT count(*) n FROM runs WHERE period = ?'), findings: one('SELECT count(*) n FROM findings WHERE period = ?'),
      imports: one('SELECT count(*) n FROM imports WHERE period = ?') };
  } finally { d.close(); }
}
