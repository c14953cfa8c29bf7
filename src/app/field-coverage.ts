// What the columns of this period's rosters let the rules see (product-spec §9.1): fields a rule reads that no
// column provides, and columns whose every value is outside the vocabulary. Pure; reconcile adds the results to
// its warnings and its JSON summary, so that a rule silenced by the layout of a file never passes unnoticed.
import type { Dataset, PersonRecord, SourceKind } from '../model/types.js';
import type { SheetColumns } from '../model/column-ref.js';
import { RULES } from '../rules/index.js';
import { KINDS } from '../model/kinds/index.js';
import * as v from '../model/vocab.js';

export interface MissingField { kind: SourceKind; field: string; title: string; rules: string[] }

/** Fields that rules which ran read, but that no sheet of their roster maps. Kinds with no column record are skipped. */
export function missingFields(columnsByKind: Map<SourceKind, SheetColumns[]>, rulesRun: string[]): MissingField[] {
  const out = new Map<string, MissingField>();
  const byCode = new Map(RULES.map((r) => [r.code, r]));
  for (const rule of rulesRun) {
    for (const [kind, fields] of Object.entries(byCode.get(rule)?.needs ?? {}) as [SourceKind, string[]][]) {
      const sheets = columnsByKind.get(kind);
      if (!sheets || sheets.length === 0) continue;
      for (const field of fields) {
        if (sheets.some((s) => s.columns[field] !== undefined)) continue;
        const key = `${kind}.${field}`;
        let m = out.get(key);
        if (!m) out.set(key, (m = { kind, field, title: KINDS[kind].fields.find((f) => f.name === field)?.title ?? field, rules: [] }));
        m.rules.push(rule);
      }
    }
  }
  return [...out.values()];
}

export function missingFieldWarning(m: MissingField): string {
  const how = m.rules.includes('QUICK_EXIT') && (m.field === 'eliminatedAt' || m.field === 'identifiedAt') ? '（QUICK_EXIT 改为按历次导入的名单判断）' : '';
  return `${KINDS[m.kind].title}名册中没有「${m.title}」列（${m.field}），规则 ${m.rules.join('、')} 中用到它的检查没有进行${how}。` +
    `如果该列存在但表头写法不同，请用 fupin inspect 查看，并在配置该数据源的 columns 中写明，例如 "${m.field}": "实际表头"。`;
}

type Parser = (raw: string) => unknown;

/** Fields with a controlled vocabulary: a parser that returns undefined for a value nobody knows. */
const VOCAB: Partial<Record<SourceKind, Record<string, Parser>>> = {
  monitor: {
    householdType: v.parseHouseholdType, monitorType: v.parseMonitorType, riskEliminated: v.parseRiskEliminated,
    enjoysDibao: (s) => v.parseEnjoysPolicy(s, 'dibao'), enjoysTekun: (s) => v.parseEnjoysPolicy(s, 'tekun'),
    medicalInsured: v.parseYesNo, unsafeHouse: v.parseYesNo, seriousIllnessInsured: v.parseYesNo, employeeMedicalInsured: v.parseYesNo,
    waterSafe: v.parseWaterSafe, assistanceStatus: v.parseAssistanceStatus, laborSkill: v.hasLaborCapacity,
    studentStatus: v.parseSchoolStage, educationLevel: v.parseEducationLevel, sex: v.parseSex,
    identifiedAt: v.parseYearMonth, eliminatedAt: v.parseYearMonth, perCapitaIncome: v.parseNumber,
  },
  housing: { grade: v.parseHousingGrade, renovation: v.parseRenovationFinished },
  disability: { disabilityLevel: v.parseDisabilityLevel },
  vehicle: { vehicleType: v.parseVehicleType, vehicleStatus: v.isVehicleActive },
  business: { entityStatus: v.parseBusinessStatus, role: v.isOperatorRole },
  property: { propertyType: v.isCommercialHousing },
  medical: { insuredStatus: v.isInsuredStatus },
  illness: { selfPay: v.parseNumber },
};

export interface UnrecognisedColumn {
  kind: SourceKind; file: string; sheet: string; field: string; title: string;
  letter: string | null; header: string | null;
  rows: number; distinct: number; samples: string[];
}

/** Below this many filled rows a column is too small to call wholly unrecognised. */
const MIN_ROWS = 5;

/**
 * Columns of a sheet in which no filled value is understood: a wrong column, or codes fupin does not know. Each
 * value's verdict is cached, so a county's million records cost one map lookup per field.
 */
export function unrecognisedColumns(data: Dataset, columns: SheetColumns[]): UnrecognisedColumn[] {
  const out: UnrecognisedColumn[] = [];
  for (const [kind, records] of data.records) {
    const parsers = VOCAB[kind];
    if (!parsers) continue;
    const fields = Object.keys(parsers);
    // (file, sheet) -> field -> [filled rows, understood rows, distinct unknown values]
    const bySheet = new Map<string, { file: string; sheet: string; stats: Map<string, { rows: number; known: number; unknown: Set<string> }> }>();
    const verdict = new Map<string, Map<string, boolean>>(fields.map((f) => [f, new Map()]));
    let cur: PersonRecord | null = null;
    let entry: ReturnType<typeof bySheet.get> = undefined;
    for (const r of records) {
      if (!cur || cur.file !== r.file || cur.sheet !== r.sheet) {
        const key = `${r.file}\u0000${r.sheet}`;
        entry = bySheet.get(key);
        if (!entry) bySheet.set(key, (entry = { file: r.file, sheet: r.sheet, stats: new Map() }));
        cur = r;
      }
      for (const f of fields) {
        const val = r.f[f];
        if (val === undefined || val === '') continue;
        const cache = verdict.get(f)!;
        let ok = cache.get(val);
        if (ok === undefined) cache.set(val, (ok = parsers[f](val) !== undefined));
        let st = entry!.stats.get(f);
        if (!st) entry!.stats.set(f, (st = { rows: 0, known: 0, unknown: new Set() }));
        st.rows++;
        if (ok) st.known++; else if (st.unknown.size < 50) st.unknown.add(val);
      }
    }
    for (const { file, sheet, stats } of bySheet.values()) {
      for (const [field, st] of stats) {
        if (st.rows < MIN_ROWS || st.known > 0) continue;
        const src = columns.find((c) => c.file === file && c.sheet === sheet)?.columns[field];
        out.push({
          kind, file, sheet, field, title: KINDS[kind].fields.find((f) => f.name === field)?.title ?? field,
          letter: src?.letter ?? null, header: src?.header ?? null, rows: st.rows, distinct: st.unknown.size,
          samples: [...st.unknown].slice(0, 3).map(safeSample),
        });
      }
    }
  }
  return out;
}

/** A value shown in a warning: codes only; anything with a run of digits (an ID or phone number) is cut. */
function safeSample(s: string): string {
  const t = s.replace(/\d{6,}/g, '…');
  return t.length > 12 ? t.slice(0, 12) + '…' : t;
}

export function unrecognisedColumnWarning(u: UnrecognisedColumn): string {
  const col = u.letter ? `${u.letter} 列「${u.header ?? ''}」` : `「${u.title}」列`;
  return `${u.file}：工作表「${u.sheet}」${col}（${u.title}，${u.field}）填写的 ${u.rows} 行取值都无法识别` +
    `（${u.distinct >= 50 ? '50 种以上' : `${u.distinct} 种`}，如${u.samples.map((s) => `「${s}」`).join('、')}），用到它的检查实际没有进行。` +
    `请用 fupin inspect 查看该列的取值，确认是否选错了列（例如重名列的另一份）；如取值是本地写法，请告知维护人员。`;
}
