// The generator: files and config, determinism, planted IDs, and truth re-derived from the files read back.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { ColumnRef } from '../model/column-ref.js';
import fg from 'fast-glob';
import iconv from 'iconv-lite';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigSchema } from '../config/schema.js';
import { SOURCE_KINDS } from '../model/types.js';
import { KINDS } from '../model/kinds/index.js';
import type { SourceKind } from '../model/types.js';
import { Deriver, DEFAULT_PARAMS, type Expected, type Fields } from '../../test/helpers/synth/derive.js';
import { normalizeIdCell } from '../../test/helpers/synth/id-check.js';
import { generateCounty, type SynthResult, type Truth } from '../../test/helpers/synth/truth.js';
import { plantedWorld } from './index.js';
import { INVALID_FORMS } from './model.js';
import { MONITOR_COLS } from './rosters/monitor.js';

const RULES = ['MISSED', 'FOUR_CAT_STAFF', 'FOUR_CAT_BUSINESS', 'FOUR_CAT_PROPERTY', 'FOUR_CAT_VEHICLE', 'WRONG_EXIT',
  'EDU_DROPOUT', 'MED_UNINSURED', 'HOUSING_UNSAFE', 'DECEASED_LISTED', 'ZERO_EMPLOYMENT', 'ID_INVALID', 'ID_NAME_CONFLICT',
  // Issue 7: roster lint, dates and household fields of the monitoring export.
  'HH_STRUCTURE', 'SEX_MISMATCH', 'DUPLICATE_PERSON', 'AGE_FIELD_MISMATCH', 'FLAG_CONTRADICTION', 'QUICK_EXIT',
  'NO_LABOR_ELIMINATED', 'NO_ASSISTANCE', 'WATER_UNSAFE', 'INCOME_BELOW_LINE',
  // issue 12: national numbered checks
  'TEKUN_ABLE_BODIED', 'RISK_MISMATCH', 'WORK_RECORD_IMPLAUSIBLE', 'MEASURE_MISMATCH', 'MONITOR_FIELD_MISSING', 'EDUCATION_RECORD_CONFLICT', 'LAND_AREA_IMPLAUSIBLE'];

let tmp: string;
beforeAll(() => { tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fupin-synth-')); });
afterAll(() => { fs.rmSync(tmp, { recursive: true, force: true }); });

const readTruth = (p: string): Truth => JSON.parse(fs.readFileSync(p, 'utf8')) as Truth;
const keys = (l: Expected[]) => l.map((e) => `${e.rule} ${e.key}`).sort();

// ---------------------------------------------------------------------------------------------
// An independent reader: finds the header row by the kinds' alias lists and re-derives the truth.

type Table = { sheet: string; rows: { n: number; cells: unknown[] }[] };

const normHeader = (s: unknown) => String(s ?? '').normalize('NFKC').replace(/\s+/g, '');

const tableCache = new Map<string, Table[]>();

async function readTables(abs: string): Promise<Table[]> {
  let t = tableCache.get(abs);
  if (!t) { t = await readTablesUncached(abs); tableCache.set(abs, t); }
  return t;
}

async function readTablesUncached(abs: string): Promise<Table[]> {
  if (abs.endsWith('.csv')) {
    const buf = fs.readFileSync(abs);
    const text = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? buf.subarray(3).toString('utf8') : iconv.decode(buf, 'gbk');
    const recs = parseCsv(text, { relax_column_count: true }) as string[][];
    return [{ sheet: path.basename(abs, '.csv'), rows: recs.map((cells, i) => ({ n: i + 1, cells })) }];
  }
  if (abs.endsWith('.xls')) {
    const X = await import('@e965/xlsx');
    const wb = X.read(fs.readFileSync(abs), { type: 'buffer' });
    return wb.SheetNames.map((name) => ({
      sheet: name,
      rows: (X.utils.sheet_to_json(wb.Sheets[name], { header: 1, raw: true, defval: null }) as unknown[][]).map((cells, i) => ({ n: i + 1, cells })),
    }));
  }
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(abs);
  return wb.worksheets.map((ws) => {
    const rows: Table['rows'] = [];
    ws.eachRow((row, n) => { rows.push({ n, cells: (row.values as unknown[]).slice(1) }); });
    return { sheet: ws.name, rows };
  });
}

function aliasMap(kind: SourceKind, overrides: Record<string, ColumnRef> = {}) {
  const m = new Map<string, string>();
  const fallback = new Map<string, string>();
  for (const f of KINDS[kind].fields) {
    for (const a of f.aliases) m.set(normHeader(a), f.name);
    for (const a of f.fallbackAliases ?? []) fallback.set(normHeader(a), f.name);
  }
  for (const [field, header] of Object.entries(overrides)) if (typeof header === 'string') m.set(normHeader(header), field);
  return { m, fallback };
}

async function rederive(dir: string, truth: Truth): Promise<{ expected: Expected[]; invalidRows: number; dataRows: number }> {
  const cfg = ConfigSchema.parse(JSON.parse(fs.readFileSync(path.join(dir, 'fupin.config.json'), 'utf8')));
  const input = path.join(dir, cfg.input.replace('{period}', truth.period));
  const d = new Deriver({ referenceDate: truth.referenceDate, ...DEFAULT_PARAMS });
  let invalidRows = 0, dataRows = 0;
  for (const src of cfg.sources) {
    const { m, fallback } = aliasMap(src.kind, src.columns);
    for (const rel of fg.sync(src.file, { cwd: input }).sort()) {
      for (const t of await readTables(path.join(input, rel))) {
        if (typeof src.sheet === 'string' && t.sheet !== src.sheet) continue;
        const hi = t.rows.findIndex((r) => r.cells.filter((c) => m.has(normHeader(c))).length >= 3);
        if (hi < 0) continue;
        const cols = new Map<number, string>();
        t.rows[hi].cells.forEach((c, i) => { const f = m.get(normHeader(c)); if (f && ![...cols.values()].includes(f)) cols.set(i, f); });
        if (![...cols.values()].includes('name')) {
          t.rows[hi].cells.forEach((c, i) => { const f = fallback.get(normHeader(c)); if (f && !cols.has(i)) cols.set(i, f); });
        }
        expect([...cols.values()], `${rel} ${t.sheet}`).toContain('idNumber');
        for (const r of t.rows.slice(hi + 1)) {
          if (r.cells.every((c) => c === null || c === undefined || c === '')) continue;
          if (String(r.cells[0] ?? '').startsWith('合计')) continue;
          const rec: Fields = {};
          for (const [i, f] of cols) rec[f] = r.cells[i] as Fields[string];
          dataRows++;
          if (!normalizeIdCell(rec.idNumber ?? null, truth.referenceDate).ok) invalidRows++;
          d.add(src.kind, rel, t.sheet, r.n, rec, [...cols.values()].includes('role'));
        }
      }
    }
  }
  return { expected: d.finish(), invalidRows, dataRows };
}

// ---------------------------------------------------------------------------------------------

describe('synthetic county (small)', () => {
  let months: SynthResult[] = [];
  let truths: Truth[] = [];

  beforeAll(async () => {
    const dir = path.join(tmp, 'county');
    months = [];
    for (const month of [0, 1, 2]) months.push(await generateCounty({ dir, seed: 11, month }));
    truths = months.map((r) => readTruth(path.join(r.dir, `truth-${r.period}.json`)));
  });

  it('writes every roster, a config that passes the schema, and truth for each month', () => {
    const r = months[0];
    expect(r.period).toBe('2026-10');
    expect(r.referenceDate).toBe('2026-10-31');
    expect(months.map((x) => x.period)).toEqual(['2026-10', '2026-11', '2026-12']);
    for (const f of r.files) expect(fs.existsSync(f), f).toBe(true);
    expect(r.files.some((f) => f.endsWith('.xls'))).toBe(true);
    expect(r.files.filter((f) => f.endsWith('.csv'))).toHaveLength(2);
    const cfg = ConfigSchema.safeParse(JSON.parse(fs.readFileSync(r.configPath, 'utf8')));
    expect(cfg.success).toBe(true);
    expect(new Set(cfg.data!.sources.map((s) => s.kind)).size).toBe(SOURCE_KINDS.length);
    expect(r.people).toBeGreaterThan(2000);
    expect(r.people).toBeLessThan(4000);
    expect(readTruth(r.truthPath).period).toBe('2026-12'); // truth.json is the last month generated
  });

  it('plants several cases of every rule, and look-alikes', () => {
    for (const t of truths) {
      for (const rule of RULES) expect(t.expected.filter((e) => e.rule === rule).length, `${t.period} ${rule}`).toBeGreaterThanOrEqual(2);
    }
    const t0 = truths[0];
    for (const rule of RULES) if (rule !== 'ID_INVALID' && rule !== 'DECEASED_LISTED') {
      expect(t0.expected.filter((e) => e.rule === rule).length, rule).toBeGreaterThanOrEqual(3);
    }
    const negRules = new Set(t0.negatives.map((n) => n.rule));
    for (const rule of RULES) if (!['ID_INVALID', 'DECEASED_LISTED'].includes(rule)) expect(negRules.has(rule), rule).toBe(true);
    const exp = new Set(keys(t0.expected));
    for (const n of t0.negatives) expect(exp.has(`${n.rule} ${n.key}`), `${n.rule} ${n.key}`).toBe(false);
  });

  it('consecutive months: some problems fixed, some persisting, some new', () => {
    const [a, b, c] = truths.map((t) => new Set(keys(t.expected).filter((k) => !k.startsWith('ID_INVALID'))));
    const fixed = [...a].filter((k) => !b.has(k));
    const kept = [...a].filter((k) => b.has(k));
    const added1 = [...b].filter((k) => !a.has(k));
    const added2 = [...c].filter((k) => !b.has(k));
    expect(fixed.length).toBeGreaterThanOrEqual(8);
    expect(kept.length).toBeGreaterThan(fixed.length);
    expect(added1.length).toBeGreaterThanOrEqual(4);
    expect(added2.length).toBeGreaterThanOrEqual(3);
  });

  it('truth equals an independent re-derivation from the files read back', async () => {
    for (const t of truths) {
      const dir = months[0].dir;
      const { expected, invalidRows, dataRows } = await rederive(dir, t);
      expect(keys(expected)).toEqual(keys(t.expected));
      expect(invalidRows).toBe(t.expected.filter((e) => e.rule === 'ID_INVALID').length);
      expect(dataRows).toBeGreaterThan(9000);
    }
  });

  it('every canonical column of the monitor export is written under a header the monitor kind knows', () => {
    const { m } = aliasMap('monitor');
    const mapped = MONITOR_COLS.filter((c) => c.f).map((c) => [c.f, m.get(normHeader(c.h))]);
    expect(mapped.filter(([f, g]) => f !== g)).toEqual([]);
    for (const f of ['identifiedAt', 'eliminatedAt', 'waterSafe', 'assistanceStatus', 'industryAid', 'employmentAid', 'publicJobAid',
      'financeAid', 'sex', 'educationLevel', 'studentStatus', 'laborSkill', 'health', 'unsafeHouse', 'medicalInsured', 'enjoysDibao', 'enjoysTekun']) {
      expect(MONITOR_COLS.some((c) => c.f === f), f).toBe(true);
    }
  });

  it('every generated person has a unique valid ID; only planted invalid forms are written invalid', () => {
    const { w } = plantedWorld(11);
    const seen = new Set<string>();
    for (const p of [...w.persons, ...w.dead]) {
      expect(normalizeIdCell(p.id, w.refDates[0])).toEqual({ ok: true, id: p.id });
      expect(seen.has(p.id)).toBe(false);
      seen.add(p.id);
    }
    const invalidForms = w.persons.flatMap((p) => [...(p.facts ?? []), ...(p.alts ?? [])]).filter((f) => f.idForm && INVALID_FORMS.has(f.idForm));
    expect(invalidForms.length).toBeGreaterThanOrEqual(6);
  });

  it('generates a second small county into a fresh folder (speed is measured by npm run bench, not here)', async () => {
    const g = await generateCounty({ dir: path.join(tmp, 'fast'), seed: 3 });
    expect(fs.existsSync(g.truthPath)).toBe(true);
  });
});

describe('determinism', () => {
  async function cellDump(dir: string, period: string): Promise<string> {
    const input = path.join(dir, 'input', period);
    const out: string[] = [];
    for (const rel of fg.sync('**/*', { cwd: input }).sort()) {
      const abs = path.join(input, rel);
      if (rel.endsWith('.csv')) { out.push(rel, fs.readFileSync(abs).toString('base64')); continue; }
      for (const t of await readTables(abs)) out.push(rel, t.sheet, JSON.stringify(t.rows));
    }
    return out.join('\n');
  }

  it('same seed gives the same truth and the same cell values; another seed differs', async () => {
    const a = await generateCounty({ dir: path.join(tmp, 'da'), seed: 5 });
    const b = await generateCounty({ dir: path.join(tmp, 'db'), seed: 5 });
    expect(fs.readFileSync(a.truthPath, 'utf8')).toBe(fs.readFileSync(b.truthPath, 'utf8'));
    expect(fs.readFileSync(a.configPath, 'utf8')).toBe(fs.readFileSync(b.configPath, 'utf8'));
    expect(await cellDump(a.dir, a.period)).toBe(await cellDump(b.dir, b.period));
    const ids = (seed: number) => plantedWorld(seed).w.persons.slice(0, 50).map((p) => p.id);
    expect(ids(5)).toEqual(ids(5));
    expect(ids(6)).not.toEqual(ids(5));
  });
});
