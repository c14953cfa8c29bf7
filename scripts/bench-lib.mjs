// Shared benchmark helpers: run the built CLI as a whole process and measure wall time and peak RSS.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const BENCH_DIR = path.join(ROOT, '.bench');

export function runMeasured(args, { cwd = ROOT, env = {} } = {}) {
  const rssFile = path.join(os.tmpdir(), `fupin-rss-${process.pid}-${Date.now()}`);
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['-r', path.join(ROOT, 'scripts/rss-probe.cjs'), ...args], {
    cwd, env: { ...process.env, NO_COLOR: '1', FUPIN_RSS_FILE: rssFile, ...env }, encoding: 'utf8', maxBuffer: 1 << 28,
  });
  const wall = Number(process.hrtime.bigint() - t) / 1e9;
  let rss = NaN;
  try { rss = Number(fs.readFileSync(rssFile, 'utf8')); fs.unlinkSync(rssFile); } catch { /* crashed */ }
  return { wall, rss, code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export const mb = (b) => `${(b / 1048576).toFixed(0)} MiB`;
export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
export function machine() {
  return `${os.cpus().length} 核, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
}

/** The month a generated county folder holds: its only input/<period> folder (the generator writes no other). */
export function generatedPeriod(countyDir) {
  const periods = fs.readdirSync(path.join(countyDir, 'input')).filter((n) => /^\d{4}-\d{2}$/.test(n)).sort();
  if (periods.length !== 1) throw new Error(`${countyDir}: expected one input/<period> folder, found ${periods.join(', ') || 'none'}`);
  return periods[0];
}
