#!/usr/bin/env node
// Screenshot an HTML report with Debian's headless chromium, to look at it (not part of CI).
//   node scripts/screenshot-report.mjs <report.html> <out.png> [--size 1280,2400] [--pdf <out.pdf>]
// Chromium runs with a fresh profile, no network services and a file:// URL only.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

function usage(code) {
  console.error('用法: node scripts/screenshot-report.mjs <报告.html> <输出.png> [--size 宽,高] [--pdf <输出.pdf>]');
  process.exit(code);
}

const args = process.argv.slice(2);
function option(name) {
  const at = args.indexOf(name);
  if (at < 0) return null;
  const v = args[at + 1];
  if (!v) usage(2);
  args.splice(at, 2);
  return v;
}
const pdf = option('--pdf');
const size = option('--size') ?? '1280,2400';
if (!/^\d+,\d+$/.test(size)) usage(2);
if (args.length !== 2) usage(2);
const [html, png] = args.map((a) => resolve(a));
if (!existsSync(html)) {
  console.error(`找不到报告文件: ${html}`);
  process.exit(2);
}

// CHROMIUM=<path> picks another binary.
const chromium = (process.env.CHROMIUM ? [process.env.CHROMIUM] : CANDIDATES).find((p) => existsSync(p));
if (!chromium) {
  console.log('未找到 chromium，跳过截图。安装方法（Debian/Ubuntu，需 root）:');
  console.log('  apt-get update && apt-get install -y chromium fonts-noto-cjk');
  process.exit(0);
}

function run(extra) {
  const profile = mkdtempSync(join(tmpdir(), 'fupin-chromium-'));
  try {
    const flags = [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--hide-scrollbars', `--user-data-dir=${profile}`, ...extra, pathToFileURL(html).href,
    ];
    const r = spawnSync(chromium, flags, { encoding: 'utf8', timeout: 120_000 });
    if (r.error) throw r.error;
    return r;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

rmSync(png, { force: true }); // a stale PNG must not pass for a fresh one
const shot = run([`--window-size=${size}`, `--screenshot=${png}`]);
if (!existsSync(png) || statSync(png).size === 0) {
  console.error(`截图失败 (chromium 退出码 ${shot.status})`);
  if (shot.stderr) console.error(shot.stderr.trim().split('\n').slice(-10).join('\n'));
  process.exit(1);
}
console.log(`截图: ${png}`);

if (pdf) {
  const out = resolve(pdf);
  rmSync(out, { force: true });
  run(['--no-pdf-header-footer', `--print-to-pdf=${out}`]);
  if (!existsSync(out)) {
    console.error('PDF 生成失败');
    process.exit(1);
  }
  console.log(`PDF: ${out}`);
}
