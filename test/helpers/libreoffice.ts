// LibreOffice as the township's spreadsheet: convert a workbook the way "Save as" does. Dev machines
// have it (Debian `libreoffice-calc-nogui`); CI does not, so tests fall back to committed outputs.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

let found: boolean | undefined;

export function hasLibreOffice(): boolean {
  if (process.env.FUPIN_NO_LIBREOFFICE) return false;
  found ??= spawnSync('soffice', ['--version'], { stdio: 'ignore', timeout: 60_000 }).status === 0;
  return found;
}

const FILTERS: Record<string, string> = {
  xlsx: 'xlsx:Calc MS Excel 2007 XML',
  xls: 'xls:MS Excel 97',
  pdf: 'pdf:calc_pdf_Export',
};

/** Convert `src` into `outDir` (same base name, new extension); returns the new path. */
export function libreOfficeConvert(src: string, to: 'xlsx' | 'xls' | 'pdf', outDir: string): string {
  fs.mkdirSync(outDir, { recursive: true });
  // A private profile: parallel soffice runs (other tests, other users) would otherwise share a lock.
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'fupin-lo-'));
  try {
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', FILTERS[to], '--outdir', outDir, src],
      { stdio: 'ignore', timeout: 180_000 });
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
  const out = path.join(outDir, path.basename(src).replace(/\.[^.]+$/, `.${to}`));
  if (!fs.existsSync(out)) throw new Error(`LibreOffice did not write ${out}`);
  return out;
}
