// Expand each configured source's glob inside the period's input folder.
import fs from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import type { SourceConfig } from '../config/schema.js';

export interface ResolvedFile {
  source: SourceConfig;
  sourceIndex: number;
  path: string;   // absolute
  file: string;   // relative to the input folder, with forward slashes
}

export function resolveSources(inputDir: string, sources: SourceConfig[]): { files: ResolvedFile[]; unmatched: SourceConfig[] } {
  const files: ResolvedFile[] = [];
  const unmatched: SourceConfig[] = [];
  const taken = new Set<string>();
  if (!fs.existsSync(inputDir)) return { files, unmatched: [...sources] };
  sources.forEach((source, sourceIndex) => {
    const pattern = source.file.replace(/\\/g, '/');
    // Not onlyFiles: that would silently drop a link whose file is gone. Folders are marked and left out;
    // a dangling link stays in the list, so reading it fails with a message naming the file.
    const matches = fg.sync(pattern, { cwd: inputDir, onlyFiles: false, markDirectories: true, dot: false, caseSensitiveMatch: false, unique: true })
      .filter((f) => !f.endsWith('/'))
      // Office lock files (~$名单.xlsx) are not rosters.
      .filter((f) => !path.basename(f).startsWith('~$'))
      .sort();
    if (matches.length === 0) unmatched.push(source);
    for (const m of matches) {
      const key = `${source.kind}\u0000${m}`;
      if (taken.has(key)) continue;
      taken.add(key);
      files.push({ source, sourceIndex, path: path.join(inputDir, m), file: m });
    }
  });
  return { files, unmatched };
}

/** Files in the input folder that no source read (a misnamed roster would otherwise go unnoticed). */
export function unusedInputFiles(inputDir: string, used: readonly ResolvedFile[]): string[] {
  if (!fs.existsSync(inputDir)) return [];
  const taken = new Set(used.map((f) => f.file.toLowerCase()));
  return fg.sync('**/*', { cwd: inputDir, onlyFiles: true, dot: false })
    .filter((f) => !path.basename(f).startsWith('~$') && !taken.has(f.toLowerCase()))
    .sort();
}
