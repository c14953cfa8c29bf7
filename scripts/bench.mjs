// npm run bench — county-scale reconcile: wall time, rows/s, peak RSS, phases, and ratio to the physical limit.
// SCALE=province runs every county folder of a province set one after another (see README).
import fs from 'node:fs';
import path from 'node:path';
import { BENCH_DIR, ROOT, generatedPeriod, runMeasured, mb, machine, median } from './bench-lib.mjs';
import { generateProvince } from './province.mjs';

const scale = process.env.SCALE ?? 'county';
const seed = Number(process.env.SEED ?? 1);
const dir = path.join(BENCH_DIR, `${scale}-${seed}`);
const { generateCounty } = await import(path.join(ROOT, 'dist/synth/index.js'));

if (!fs.existsSync(path.join(dir, '.complete'))) {
  process.stderr.write(`生成 ${scale} 规模数据到 ${dir}（只需一次，之后复用）…\n`);
  fs.rmSync(dir, { recursive: true, force: true });
  const t = Date.now();
  if (scale === 'province') await generateProvince(dir, seed);
  else await generateCounty({ dir, seed, scale });
  fs.writeFileSync(path.join(dir, '.complete'), String(Date.now() - t));
}

const configs = [];
const walk = (d) => { for (const e of fs.readdirSync(d, { withFileTypes: true })) {
  if (e.isDirectory() && e.name !== 'output' && e.name !== 'input') walk(path.join(d, e.name));
  else if (e.name === 'fupin.config.json') configs.push(path.join(d, e.name));
} };
walk(dir);
configs.sort();

// Medians of RUNS whole-process runs (default 3 for one county, 1 per county at province scale): this VM's timings
// vary by ±15 % from run to run. Peak memory is the largest of the runs.
const runs = Number(process.env.RUNS ?? (configs.length > 1 ? 1 : 3));
let totalWall = 0, peak = 0, totalRows = 0, totalLimit = 0;
for (const cfg of configs) {
  const cdir = path.dirname(cfg);
  const period = generatedPeriod(cdir);
  const inputDir = path.join(cdir, 'input', period);
  const files = fs.readdirSync(inputDir, { recursive: true }).map((f) => path.join(inputDir, f)).filter((f) => fs.statSync(f).isFile());
  const results = [];
  for (let i = 0; i < runs; i++) {
    for (const f of fs.readdirSync(cdir)) if (/^fupin\.db/.test(f)) fs.rmSync(path.join(cdir, f));
    const r = runMeasured([path.join(ROOT, 'bin/fupin'), 'reconcile', '--config', cfg, '--period', period, '--json', '--quiet'],
      { env: { FUPIN_TIMINGS: '1' } });
    if (r.code !== 0) { process.stderr.write(r.stderr); process.exit(1); }
    const lim = runMeasured([path.join(ROOT, 'scripts/limit-reader.mjs'), ...files]);
    results.push({ r, lim, timings: JSON.parse((/FUPIN_TIMINGS (.*)/.exec(r.stderr) ?? [null, '{}'])[1]) });
  }
  const mid = [...results].sort((a, b) => a.r.wall - b.r.wall)[Math.floor(runs / 2)];
  const wall = mid.r.wall;
  const limWall = median(results.map((x) => x.lim.wall));
  const rss = Math.max(...results.map((x) => x.r.rss));
  const rows = JSON.parse(mid.r.stdout).sources.reduce((s, x) => s + x.rowsRead, 0);
  const timings = mid.timings;
  totalWall += wall; peak = Math.max(peak, rss); totalRows += rows; totalLimit += limWall;
  const each = runs > 1 ? `（${runs} 次：${results.map((x) => x.r.wall.toFixed(1)).join('/')} s；极限 ${results.map((x) => x.lim.wall.toFixed(1)).join('/')} s）` : '';
  console.log(`${path.relative(BENCH_DIR, cdir)}：${rows} 行，reconcile ${wall.toFixed(1)} s（${Math.round(rows / wall)} 行/秒），峰值内存 ${mb(rss)}；` +
    `阶段 ${Object.entries(timings).filter(([k]) => !/(Rss|Heap)$/.test(k)).map(([k, v]) => `${k} ${(v / 1000).toFixed(1)}s`).join('，')}；` +
    `阶段末内存（RSS/主线程堆）${Object.keys(timings).filter((k) => k.endsWith('Rss')).map((k) => `${k.slice(0, -3)} ${timings[k]}/${timings[k.slice(0, -3) + 'Heap']} MB`).join('，')}；` +
    `物理极限（解压+扫描）${limWall.toFixed(1)} s，比值 ${(wall / limWall).toFixed(2)}${each}`);
}
if (configs.length > 1) {
  console.log(`合计 ${configs.length} 个县：${totalRows} 行，${totalWall.toFixed(0)} s，最大峰值内存 ${mb(peak)}，比值 ${(totalWall / totalLimit).toFixed(2)}`);
}
console.log(`机器：${machine()}`);
