// Finds the configured 豁免清单 files (relative to the config file; globs allowed).
import path from 'node:path';
import fg from 'fast-glob';
import type { ExemptionFile } from './read-exemptions.js';

export function resolveExemptionFiles(configDir: string, patterns: string | string[] | undefined): { files: ExemptionFile[]; unmatched: string[] } {
  const files: ExemptionFile[] = [];
  const unmatched: string[] = [];
  const seen = new Set<string>();
  for (const p of patterns === undefined ? [] : Array.isArray(patterns) ? patterns : [patterns]) {
    const matches = fg.sync(p.replace(/\\/g, '/'), { cwd: configDir, onlyFiles: true, dot: false, caseSensitiveMatch: false, unique: true })
      .filter((f) => !path.basename(f).startsWith('~$'))
      .sort();
    if (matches.length === 0) unmatched.push(p);
    for (const m of matches) {
      if (seen.has(m)) continue;
      seen.add(m);
      files.push({ path: path.resolve(configDir, m), file: m });
    }
  }
  return { files, unmatched };
}
