// What ships: dist/ holds the program and nothing only tests or dev scripts use. Every compiled module is reached
// from the entry point bin/fupin loads (static and dynamic imports, worker URLs), or holds no code (types only).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/cli.js';

const DIST = path.join(ROOT, 'dist');
const ENTRY = path.join(DIST, 'cli', 'main.js');
// import … from './x.js', export … from './x.js', import('./x.js'), import './x.js', new URL('./x.js', import.meta.url)
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\bnew URL\(\s*)['"]([^'"]+)['"]/g;

function modules(): string[] {
  return (fs.readdirSync(DIST, { recursive: true }) as string[]).filter((f) => f.endsWith('.js')).map((f) => path.join(DIST, f)).sort();
}

function relativeImports(file: string): string[] {
  const code = fs.readFileSync(file, 'utf8');
  return [...code.matchAll(SPECIFIER)].map((m) => m[1]).filter((s) => s.startsWith('.'))
    .map((s) => path.resolve(path.dirname(file), s));
}

/** `export {};` and comments: what tsc emits for a module of types only. */
const holdsNoCode = (file: string) => fs.readFileSync(file, 'utf8').replace(/^\s*\/\/.*$/gm, '').trim() === 'export {};';

describe('dist/ (npm run build)', () => {
  it('exists', () => {
    expect(fs.existsSync(ENTRY), 'run npm run build first (npm test does it)').toBe(true);
  });

  it('holds no tests and no test helpers', () => {
    const all = fs.readdirSync(DIST, { recursive: true }) as string[];
    expect(all.filter((f) => /(\.test\.|test-helpers|(^|[/\\])test[/\\])/.test(f))).toEqual([]);
  });

  it('holds only modules compiled from src/ (no leftovers of earlier builds)', () => {
    const orphans = modules().filter((f) => !fs.existsSync(path.join(ROOT, 'src', path.relative(DIST, f)).replace(/\.js$/, '.ts')));
    expect(orphans.map((f) => path.relative(DIST, f))).toEqual([]);
  });

  it('every module is reached from the CLI entry point or holds no code', () => {
    const seen = new Set<string>();
    const outside: string[] = [];
    const stack = [ENTRY];
    while (stack.length) {
      const f = stack.pop()!;
      if (seen.has(f)) continue;
      seen.add(f);
      for (const t of relativeImports(f)) {
        if (!t.startsWith(DIST + path.sep)) { if (t !== path.join(ROOT, 'package.json')) outside.push(`${path.relative(DIST, f)} → ${path.relative(ROOT, t)}`); continue; }
        if (t.endsWith('.js')) stack.push(t);
      }
    }
    expect(outside, 'dist modules import only dist modules (and package.json for the version)').toEqual([]);
    const unreached = modules().filter((f) => !seen.has(f) && !holdsNoCode(f)).map((f) => path.relative(DIST, f));
    expect(unreached, 'modules nothing in the program uses: test or dev code belongs in test/ or scripts/').toEqual([]);
    expect(seen.size).toBeGreaterThan(50);
  });
});
