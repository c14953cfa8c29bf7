// A generated county that hardening tests copy and break: one good run, its secrets (every ID number,
// name and phone number in the input rosters) and a snapshot of the database and outputs to compare with.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { storedRecords } from './records.js';
import ExcelJS from 'exceljs';
import { generateCounty, type SynthResult } from './synth/truth.js';
import { runCli, tmpDir, type CliResult } from './cli.js';
import { KINDS } from '../../src/model/kinds/index.js';

export interface Person { id: string; name: string; township: string | null; village: string | null; householdId: string | null }

export interface BaseCounty {
  g: SynthResult;
  dir: string;
  period: string;
  secrets: Secrets;
  /** People of the monitoring roster (valid IDs), in roster order. */
  monitored: Person[];
  snapshot: Snapshot;
  goodRun: CliResult;
}

/** Personal data that must never reach stdout/stderr. */
const VOCABULARY = new RegExp(Object.values(KINDS).flatMap((k) => k.fields.flatMap((f) => [f.title, ...f.aliases, ...(f.fallbackAliases ?? [])]))
  .filter((t) => t.length >= 3).sort((a, b) => b.length - a.length).map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');

export class Secrets {
  readonly ids = new Set<string>();
  readonly names = new Set<string>();
  readonly phones = new Set<string>();

  addId(id: string | null | undefined): void { if (id && /^\d{17}[\dX]$/.test(id)) this.ids.add(id); }
  /** Two-character names are real but may collide with ordinary words: only names not in `common` are kept. */
  addName(name: string | null | undefined, common = ''): void {
    if (!name) return;
    const n = name.trim();
    if (n.length >= 2 && !common.includes(n)) this.names.add(n);
  }
  addPhone(p: unknown): void { const s = String(p ?? ''); if (/^1\d{10}$/.test(s)) this.phones.add(s); }

  /** The secrets found in `text` (empty when clean). */
  findIn(text: string): string[] {
    const hits = new Set<string>();
    for (const m of text.matchAll(/\d{17}[\dXx]/g)) if (this.ids.has(m[0].toUpperCase())) hits.add(m[0]);
    for (const m of text.matchAll(/\d{11}/g)) if (this.phones.has(m[0])) hits.add(m[0]);
    // Header texts fupin recognises (shown as the column each field came from) are vocabulary, not names, even
    // when a short generated name such as 付金 happens to be part of one (个人自付金额).
    const words = text.replace(VOCABULARY, ' ');
    for (const n of this.names) if (words.includes(n)) hits.add(n);
    return [...hits];
  }
}

export interface Snapshot {
  /** table -> sha256 of its rows (ordered) */
  tables: Record<string, string>;
  counts: Record<string, number>;
  dbFile: string;
  /** relative path -> sha256 ('<dir>' for directories) */
  outputs: Record<string, string>;
}

const TABLES = ['imports', 'record_chunks', 'record_fills', 'rejected', 'runs', 'findings', 'verifications'];

function sha256(data: string | Buffer): string {
  return crypto.createHash('sha256').update(data).digest('hex');
}

/** Logical content of the database (each table in rowid order) plus the file's own hash. */
export function snapshotDb(db: string): Pick<Snapshot, 'tables' | 'counts' | 'dbFile'> {
  const tables: Record<string, string> = {};
  const counts: Record<string, number> = {};
  const dbFile = fs.existsSync(db) ? sha256(fs.readFileSync(db)) : '<missing>';
  if (!fs.existsSync(db)) return { tables, counts, dbFile };
  const d = new Database(db, { readonly: true, fileMustExist: true });
  try {
    for (const t of TABLES) {
      const rows = d.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all();
      tables[t] = sha256(JSON.stringify(rows));
      counts[t] = rows.length;
    }
  } finally { d.close(); }
  return { tables, counts, dbFile };
}

export function hashTree(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (!fs.existsSync(root)) return out;
  for (const rel of (fs.readdirSync(root, { recursive: true }) as string[]).sort()) {
    const p = path.join(root, rel);
    const st = fs.lstatSync(p);
    out[rel] = st.isDirectory() ? '<dir>' : sha256(fs.readFileSync(p));
  }
  return out;
}

export function snapshot(dir: string): Snapshot {
  return { ...snapshotDb(path.join(dir, 'fupin.db')), outputs: hashTree(path.join(dir, 'output')) };
}

/** Generate, run one good reconcile, collect the secrets and snapshot the result. */
export async function prepareCounty(seed: number, prefix = 'fupin-hard-'): Promise<BaseCounty> {
  const dir = tmpDir(prefix);
  const g = await generateCounty({ dir, seed, scale: 'small' });
  const goodRun = await runCli(['reconcile', '--config', g.configPath, '--period', g.period, '--json']);
  if (goodRun.code !== 0) throw new Error(`good run failed: ${goodRun.stderr}`);

  // Text the tool prints legitimately (file names, config): a two-character name inside it is not a leak.
  const inputDir = path.join(dir, 'input', g.period);
  const common = (fs.readdirSync(inputDir, { recursive: true }) as string[]).join('\n') + fs.readFileSync(g.configPath, 'utf8');
  const secrets = new Secrets();
  const monitored: Person[] = [];
  const d = new Database(path.join(dir, 'fupin.db'), { readonly: true });
  try {
    const recs = storedRecords(path.join(dir, 'fupin.db'));
    for (const r of recs) {
      secrets.addId(r.id_number); secrets.addId(r.head_id_number); secrets.addName(r.name, common);
      if (r.kind === 'monitor') monitored.push({ id: r.id_number, name: r.name, township: r.township, village: r.village, householdId: r.household_id });
    }
    for (const r of d.prepare('SELECT name, raw FROM rejected').all() as any[]) {
      secrets.addName(r.name, common);
      for (const v of Object.values(JSON.parse(r.raw) as Record<string, string>)) for (const m of v.matchAll(/\d{17}[\dX]/g)) secrets.addId(m[0]);
    }
  } finally { d.close(); }
  // The truth file's keys (person IDs) and the monitoring roster's phone numbers.
  for (const e of JSON.parse(fs.readFileSync(g.truthPath, 'utf8')).expected as { key: string }[]) secrets.addId(e.key);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(inputDir, '防返贫监测对象.xlsx'));
  wb.worksheets[0].eachRow((row) => { for (const v of row.values as unknown[]) secrets.addPhone(v); });

  return { g, dir, period: g.period, secrets, monitored, snapshot: snapshot(dir), goodRun };
}

/** A private copy of the county (input, config, database, outputs). */
export function cloneCounty(base: BaseCounty, prefix = 'fupin-case-'): string {
  const dir = tmpDir(prefix);
  fs.cpSync(base.dir, dir, { recursive: true, verbatimSymlinks: true });
  return dir;
}

/** Limits how many CLI processes a test file runs at once (the suite must fit on 2 cores). */
export function limiter(n: number): <T>(fn: () => Promise<T>) => Promise<T> {
  let active = 0;
  const queue: (() => void)[] = [];
  return async <T>(fn: () => Promise<T>): Promise<T> => {
    if (active >= n) await new Promise<void>((r) => queue.push(r));
    active++;
    try { return await fn(); } finally { active--; queue.shift()?.(); }
  };
}
