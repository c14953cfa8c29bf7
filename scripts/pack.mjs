// `npm run pack [-- <out-dir>]`: an installable fupin-<version>.tgz that installs without registry access on this
// platform (product-spec §9.6). It bundles the production dependencies exactly as installed here, including the
// compiled better-sqlite3 binary, so `npm install -g fupin-<version>.tgz --offline` needs no network and no compiler.
//
// Why a staging folder instead of a bare `npm pack` at the root: npm packs a bundled dependency with that
// dependency's own "files" list, which leaves out better-sqlite3's build/ (the compiled binary), and npm runs the
// bundled better-sqlite3's install script (download a prebuilt binary or compile) on install, which needs the network.
// The staged copy of better-sqlite3 ships its binary and has no install step. node_modules itself is only read.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.resolve(process.argv[2] ?? process.cwd());
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(cmd, args, cwd) {
  const r = spawnSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', shell: process.platform === 'win32' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status})`);
  return r.stdout;
}

function fail(msg) {
  process.stderr.write(`打包失败：${msg}\n`);
  process.exit(1);
}

const BINARY = path.join('build', 'Release', 'better_sqlite3.node');
const root = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const rootModules = path.join(ROOT, 'node_modules');
if (!fs.existsSync(path.join(rootModules, 'better-sqlite3', BINARY))) fail('没有找到编译好的 better-sqlite3，请先运行 npm ci。');

process.stderr.write('编译 dist/ …\n');
run(npm, ['run', 'build', '--silent'], ROOT);

/** Package folders (relative to the root) that the production dependencies need, found as Node would find them. */
function productionTree() {
  const seen = new Set();
  const visit = (dir, manifest) => {
    const deps = { ...manifest.optionalDependencies, ...manifest.dependencies };
    for (const name of Object.keys(deps)) {
      let found = null;
      for (let cur = dir; ; cur = path.dirname(cur)) {
        const candidate = path.join(cur, 'node_modules', name);
        if (fs.existsSync(path.join(candidate, 'package.json'))) { found = candidate; break; }
        if (cur === ROOT || path.dirname(cur) === cur) break;
      }
      if (!found) {
        if (manifest.optionalDependencies?.[name]) continue;
        fail(`依赖 ${name}（${path.relative(ROOT, dir) || '本项目'} 需要）没有安装，请先运行 npm ci。`);
      }
      const rel = path.relative(ROOT, found);
      if (seen.has(rel)) continue;
      seen.add(rel);
      visit(found, JSON.parse(fs.readFileSync(path.join(found, 'package.json'), 'utf8')));
    }
  };
  visit(ROOT, root);
  return [...seen].sort();
}

const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'fupin-pack-'));
try {
  for (const p of ['bin', 'dist', 'README.md']) fs.cpSync(path.join(ROOT, p), path.join(stage, p), { recursive: true });
  const pkg = {
    ...root,
    scripts: {},          // nothing to build or run on the user's machine: dist/ is already built
    devDependencies: undefined,
    allowScripts: undefined,
    files: ['bin/', 'dist/', 'README.md'],
    bundleDependencies: Object.keys(root.dependencies),
  };
  fs.writeFileSync(path.join(stage, 'package.json'), JSON.stringify(pkg, null, 2) + '\n');

  // Production dependency tree, as installed: Node's own lookup (nearest node_modules upwards) from each package.
  const dirs = productionTree();
  for (const rel of dirs) {
    const from = path.join(ROOT, rel);
    const to = path.join(stage, rel);
    const isSqlite = rel === path.join('node_modules', 'better-sqlite3');
    fs.cpSync(from, to, {
      recursive: true,
      dereference: true,
      filter: (src) => {
        const r = path.relative(from, src);
        if (r === '') return true;
        // Nested packages are copied on their own (when npm ls lists them as production dependencies).
        if (r.split(path.sep)[0] === 'node_modules') return false;
        if (!isSqlite) return true;
        // better-sqlite3: the JavaScript and the compiled binary; not the C sources or the build's object files.
        const top = r.split(path.sep)[0];
        if (top === 'lib' || r === 'package.json' || r === 'LICENSE' || r === 'README.md') return true;
        return r === 'build' || r === path.join('build', 'Release') || r === BINARY;
      },
    });
    if (isSqlite) {
      const pj = path.join(to, 'package.json');
      const p = JSON.parse(fs.readFileSync(pj, 'utf8'));
      p.files = ['lib/**', 'build/Release/better_sqlite3.node'];
      delete p.scripts;      // no download, no compiler: the binary is here
      p.gypfile = false;     // without this npm would run `node-gyp rebuild` by default
      fs.writeFileSync(pj, JSON.stringify(p, null, 2) + '\n');
    }
  }

  fs.mkdirSync(outDir, { recursive: true });
  const out = run(npm, ['pack', '--json', '--pack-destination', outDir], stage);
  const info = JSON.parse(out)[0];
  const tgz = path.join(outDir, info.filename);
  process.stderr.write(`已生成 ${path.relative(process.cwd(), tgz) || tgz}（${(info.size / 1e6).toFixed(1)} MB，${info.entryCount} 个文件，` +
    `含 ${info.bundled.length} 个依赖；适用于 ${process.platform}-${process.arch}、Node ${process.versions.node.split('.')[0]}）\n`);
  process.stdout.write(tgz + '\n');
} finally {
  fs.rmSync(stage, { recursive: true, force: true });
}
