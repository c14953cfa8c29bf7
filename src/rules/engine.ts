// Runs the rule catalogue over one period's data: skip what cannot run, collect findings and unknown values.
import type { MatchIndex } from '../match/index-types.js';
import type { Dataset, Evidence, Finding, RuleParams, SourceKind, UnknownValue } from '../model/types.js';
import { buildIndex } from '../match/build-index.js';
import type { Rule, RuleContext } from './types.js';
import { RULES } from './index.js';
import { kindWithDept } from './kind-labels.js';
import { CELL_ERRORS, cellErrorsOf } from '../model/cell-errors.js';

export interface RunResult {
  findings: Finding[];
  rulesRun: string[];
  rulesSkipped: { rule: string; reason: string }[];
  unknownValues: UnknownValue[];
  /** The match index the rules ran on (households and their members, for the visit forms); null once released. */
  index: MatchIndex | null;
}

/** Why a rule cannot run on this data, in Chinese; null when it can. */
export function skipReason(rule: Rule, present: Set<SourceKind>, disabled: Set<string>): string | null {
  if (disabled.has(rule.code)) return '配置中已停用';
  const missing = rule.requires.filter((k) => !present.has(k));
  if (missing.length > 0) return `未配置或本期无文件：${missing.map(kindWithDept).join('、')}`;
  if (rule.requiresAny && rule.requiresAny.length > 0 && !rule.requiresAny.some((k) => present.has(k))) {
    return `未配置或本期无文件：${rule.requiresAny.map(kindWithDept).join('、')}（至少需要其中之一）`;
  }
  return null;
}

const collator = new Intl.Collator('zh-CN');

function cmp(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1; // empty last
  if (b === null) return -1;
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** Deterministic order: rule order, township, village, householdId, idNumber, then fingerprint. */
export function sortFindings(findings: Finding[], rules: Rule[] = RULES): Finding[] {
  const order = new Map(rules.map((r, i) => [r.code, i]));
  return findings.sort((a, b) =>
    (order.get(a.rule) ?? 1e9) - (order.get(b.rule) ?? 1e9)
    || cmp(a.township, b.township)
    || cmp(a.village, b.village)
    || cmp(a.householdId, b.householdId)
    || cmp(a.idNumber, b.idNumber)
    || cmp(a.headIdNumber, b.headIdNumber)
    || cmp(a.fingerprint, b.fingerprint));
}

/** Merges findings that share a fingerprint (a rule bug or duplicated input), keeping the first. */
function dedupe(findings: Finding[]): Finding[] {
  const byFp = new Map<string, Finding>();
  for (const f of findings) {
    const prev = byFp.get(f.fingerprint);
    if (!prev) { byFp.set(f.fingerprint, f); continue; }
    const seen = new Set(prev.evidence.map((e) => `${e.kind}\u0000${e.file}\u0000${e.sheet}\u0000${e.row}`));
    for (const e of f.evidence) {
      const k = `${e.kind}\u0000${e.file}\u0000${e.sheet}\u0000${e.row}`;
      if (!seen.has(k)) { seen.add(k); prev.evidence.push(e); }
    }
  }
  return [...byFp.values()];
}

export function runRules(data: Dataset, params: RuleParams, rules: Rule[] = RULES, extra: Pick<RuleContext, 'monitorHistory'> = {}): RunResult {
  const index = buildIndex(data);
  const disabled = new Set(params.disabled.map((d) => d.trim().toUpperCase()));

  // Unknown values: counted once per (value, record), whichever rules looked at the record.
  const unknown = new Map<string, UnknownValue>();
  const seenAt = new Set<string>();
  const ctx: RuleContext = {
    data, index, params, monitorHistory: extra.monitorHistory,
    unknown(kind, field, value, where) {
      const key = `${kind}\u0000${field}\u0000${value}`;
      const at = `${key}\u0000${where.file}\u0000${where.sheet}\u0000${where.row}`;
      if (seenAt.has(at)) return;
      seenAt.add(at);
      const example: Evidence = { kind: where.kind, file: where.file, sheet: where.sheet, row: where.row };
      const u = unknown.get(key);
      if (u) u.count++; else unknown.set(key, { kind, field, value, count: 1, example });
    },
  };

  // Formula errors in mapped columns (other than the ID) were kept at import: list them with the unknown values.
  for (const [kind, list] of data.records) {
    for (const r of list) {
      if (r.f[CELL_ERRORS] === undefined) continue;
      for (const [field, error] of cellErrorsOf(r.f)) ctx.unknown(kind, field, error, r);
    }
  }

  const findings: Finding[] = [];
  const rulesRun: string[] = [];
  const rulesSkipped: { rule: string; reason: string }[] = [];
  for (const rule of rules) {
    const reason = skipReason(rule, data.present, disabled);
    if (reason) { rulesSkipped.push({ rule: rule.code, reason }); continue; }
    for (const { message, ...f } of rule.run(ctx)) {
      // The message lives in the description from here on: findings are stored and exported as they were.
      void message;
      f.national ??= rule.national;
      findings.push(f);
    }
    rulesRun.push(rule.code);
  }

  const unknownValues = [...unknown.values()].sort((a, b) =>
    a.kind.localeCompare(b.kind) || a.field.localeCompare(b.field) || b.count - a.count || cmp(a.value, b.value));
  return { findings: sortFindings(dedupe(findings), rules), rulesRun, rulesSkipped, unknownValues, index };
}
