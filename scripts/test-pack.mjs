// `npm run test:pack` (run by .ci/run after npm test): the package installs as a command, as a county office would
// install it (product-spec §9.6).
//  1. `npm run pack` → fupin-<version>.tgz; it holds dist/, bin/, the compiled better-sqlite3 and no dev tooling.
//  2. `npm install -g <tgz> --offline` into an empty prefix, with a registry that cannot be reached.
//  3. The installed `fupin` runs from another folder: --version, demo, and a reading command that must not create
//     a database.
//  4. `npm install -g <repository folder>` gives a working `fupin` too.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const win = process.platform === 'win32';
const npm = win ? 'npm.cmd' : 'npm';
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fupin-test-pack-'));
const OFFLINE = ['--offline', '--registry', 'http://127.0.0.1:9', '--no-audit', '--no-fund', '--loglevel', 'error'];
let failures = 0;

function sh(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', shell: win, timeout: 600_000, ...opts });
  return { code: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}
function check(ok, what, detail = '') {
  process.stderr.write(`${ok ? 'ok  ' : 'FAIL'} ${what}${ok || !detail ? '' : `\n${detail}`}\n`);
  if (!ok) failures++;
}
function binOf(prefix) {
  return win ? path.join(prefix, 'fupin.cmd') : path.join(prefix, 'bin', 'fupin');
}
/** Run the installed command with only the prefix's bin and node on PATH, from a folder outside the repository. */
function fupin(prefix, args, cwd) {
  const PATH = [path.dirname(binOf(prefix)), path.dirname(process.execPath)].join(path.delimiter);
  return sh(binOf(prefix), args, { cwd, env: { ...process.env, PATH, NO_COLOR: '1' } });
}

try {
  // ---- 1. pack ----
  const packed = sh(process.execPath, [path.join(ROOT, 'scripts', 'pack.mjs'), path.join(tmp, 'out')], { cwd: ROOT });
  check(packed.code === 0, 'npm run pack', packed.stderr);
  if (packed.code !== 0) throw new Error('pack failed');
  const tgz = packed.stdout.trim().split(/\r?\n/).pop();
  check(/fupin-\d+\.\d+\.\d+\.tgz$/.test(tgz) && fs.existsSync(tgz), `tarball ${path.basename(tgz)}`);
  const list = sh('tar', ['-tzf', tgz]).stdout.split(/\r?\n/);
  const has = (p) => list.includes(`package/${p}`);
  check(has('dist/cli/main.js') && has('bin/fupin'), 'tarball holds dist/ and bin/');
  check(has('node_modules/better-sqlite3/build/Release/better_sqlite3.node'), 'tarball holds the compiled better-sqlite3');
  for (const dep of ['exceljs', 'commander', 'zod', '@e965/xlsx']) check(has(`node_modules/${dep}/package.json`), `tarball bundles ${dep}`);
  check(!list.some((p) => /^package\/(src|test)\//.test(p)), 'tarball has no sources or tests');
  check(!list.some((p) => /^package\/dist\/.*(\.test\.|test-helpers)/.test(p)), 'tarball has no compiled tests or test helpers');
  check(!list.some((p) => /^package\/node_modules\/(typescript|vitest|vite|@types)\//.test(p)), 'tarball has no dev tooling');

  // ---- 2. offline install ----
  const prefix = path.join(tmp, 'prefix');
  fs.mkdirSync(prefix);
  const inst = sh(npm, ['install', '-g', tgz, '--prefix', prefix, ...OFFLINE], { cwd: tmp });
  check(inst.code === 0, 'npm install -g <tgz> --offline (unreachable registry)', inst.stderr);

  // ---- 3. the installed command, elsewhere ----
  const work = path.join(tmp, '某县');
  fs.mkdirSync(work);
  const v = fupin(prefix, ['--version'], work);
  check(v.code === 0 && v.stdout.trim() === JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version, 'fupin --version', v.stderr);
  const demo = fupin(prefix, ['demo'], work);
  check(demo.code === 0 && fs.existsSync(path.join(work, 'fupin-demo', 'output', '2026-10', '整改清单-2026-10.xlsx')),
    'fupin demo from another folder writes 整改清单', demo.stderr.slice(-2000));
  const demoFiles = fs.existsSync(path.join(work, 'fupin-demo')) ? fs.readdirSync(path.join(work, 'fupin-demo')).sort() : [];
  check(demoFiles.join(' ') === '.gitignore fupin.config.json fupin.db input output', 'fupin demo writes only config, rosters, database and outputs', demoFiles.join(' '));
  const empty = path.join(tmp, 'empty');
  fs.mkdirSync(empty);
  const f = fupin(prefix, ['findings'], empty);
  check(f.code === 2 && f.stderr.includes('找不到数据库') && !fs.existsSync(path.join(empty, 'fupin.db')),
    'fupin findings in an empty folder: exit 2, 找不到数据库, no database created', `${f.code} ${f.stderr}`);
  const bad = fupin(prefix, ['findings', '--status', '完成', '--json'], empty);
  check(bad.code === 2 && JSON.parse(bad.stdout).error?.code, 'bad option value with --json: exit 2 and an error object', `${bad.code} ${bad.stdout}`);

  // ---- 4. install from the repository folder ----
  const prefix2 = path.join(tmp, 'prefix-folder');
  fs.mkdirSync(prefix2);
  const inst2 = sh(npm, ['install', '-g', ROOT, '--prefix', prefix2, ...OFFLINE], { cwd: tmp });
  check(inst2.code === 0, 'npm install -g <repository folder>', inst2.stderr);
  const v2 = fupin(prefix2, ['--help'], empty);
  check(v2.code === 0 && v2.stdout.includes('用法'), 'fupin --help from the folder install (Chinese help)', v2.stdout + v2.stderr);
} catch (e) {
  check(false, String(e));
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
process.stderr.write(failures ? `\n${failures} 项失败\n` : '\n安装测试全部通过\n');
process.exitCode = failures ? 1 : 0;
