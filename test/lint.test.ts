// The layer rules (.dependency-cruiser.cjs, `npm run lint`) really refuse what README 代码结构 forbids: run on small
// scratch trees, each with one import against the flow, and on one that follows it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers/cli.js';

const dirs: string[] = [];
afterAll(() => { for (const d of dirs) fs.rmSync(d, { recursive: true, force: true }); });

/** Writes the files (path -> source) under a scratch src/ and runs the project's depcruise config on it. */
function lint(files: Record<string, string>): { status: number | null; out: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fupin-lint-'));
  dirs.push(dir);
  fs.copyFileSync(path.join(ROOT, '.dependency-cruiser.cjs'), path.join(dir, '.dependency-cruiser.cjs'));
  fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', strict: true } }));
  for (const [f, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    fs.writeFileSync(path.join(dir, f), text);
  }
  const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs'), 'src', '--config', '.dependency-cruiser.cjs', '--output-type', 'err'],
    { cwd: dir, encoding: 'utf8' });
  return { status: r.status, out: r.stdout + r.stderr };
}

const uses = (target: string) => `import { x } from '${target}';\nexport const y = x;\n`;
const leaf = 'export const x = 1;\n';

describe('npm run lint (layer rules)', () => {
  it('passes a tree whose imports follow the layers', () => {
    const r = lint({
      'src/cli/commands/c.ts': uses('../../app/a.js'), 'src/app/a.ts': uses('../store/s.js'), 'src/store/s.ts': uses('../model/m.js'),
      'src/model/m.ts': leaf,
    });
    expect(r.out).toContain('no dependency violations');
    expect(r.status).toBe(0);
  });

  it.each([
    ['store imports app', { 'src/store/s.ts': uses('../app/a.js'), 'src/app/a.ts': leaf }, 'store-imports-only-lower-layers'],
    ['rules import export', { 'src/rules/r.ts': uses('../export/e.js'), 'src/export/e.ts': leaf }, 'rules-imports-only-lower-layers'],
    ['the CLI opens the store', { 'src/cli/c.ts': uses('../store/s.js'), 'src/store/s.ts': leaf }, 'cli-imports-only-lower-layers'],
    ['model imports sources', { 'src/model/m.ts': uses('../sources/h.js'), 'src/sources/h.ts': leaf }, 'model-imports-only-lower-layers'],
    ['a cycle inside a layer', { 'src/app/a.ts': uses('./b.js'), 'src/app/b.ts': uses('./a.js') }, 'no-circular'],
    ['product code imports a test helper', { 'src/rules/r.ts': uses('./test-helpers.js'), 'src/rules/test-helpers.ts': leaf }, 'no-test-code-in-product'],
    ['a folder that is no layer', { 'src/misc/x.ts': uses('../model/m.js'), 'src/model/m.ts': leaf }, 'known-layer'],
  ])('refuses %s', (_name, files, rule) => {
    const r = lint(files as Record<string, string>);
    expect(r.out).toContain(`error ${rule}:`);
    expect(r.status).not.toBe(0);
  });
});
