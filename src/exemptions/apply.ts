// Applies the 豁免清单 to this period's listed findings (product-spec §9.4). Pure: the same findings and list always
// give the same result. An exemption names a subject and a rule (code, national number or Chinese title); an
// expired one no longer applies and the finding it would cover comes back with a note.
import type { ExemptionInfo, ExportFinding } from '../model/report.js';
import type { Exemption } from './types.js';

export interface RuleRef { code: string; title: string }

export interface ApplyResult {
  /** Findings that stay on the lists (expired exemptions noted in their description). */
  listed: ExportFinding[];
  /** Findings taken off the lists, status `exempted`, with the exemption that covers them. */
  exempted: ExportFinding[];
  /** Rows naming an unknown rule, rows matching nothing, expired exemptions that matched (Chinese, no IDs). */
  warnings: string[];
}

const NATIONAL = /^\d_\d{2}_\d{3}$/;
const squash = (s: string) => s.replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')');

type RuleMatch = { code: string } | { national: string };

function resolveRule(text: string, rules: readonly RuleRef[]): RuleMatch | null {
  const t = squash(text);
  const upper = t.toUpperCase();
  const byCode = rules.find((r) => r.code === upper);
  if (byCode) return { code: byCode.code };
  if (NATIONAL.test(t)) return { national: t };
  const byTitle = rules.find((r) => squash(r.title) === t);
  return byTitle ? { code: byTitle.code } : null;
}

function where(e: Exemption): string {
  return `豁免清单 ${e.file} 工作表「${e.sheet}」第 ${e.row} 行`;
}

function info(e: Exemption): ExemptionInfo {
  return { reason: e.reason, docNo: e.docNo, validUntil: e.validUntil, file: e.file, sheet: e.sheet, row: e.row };
}

export function applyExemptions(
  findings: readonly ExportFinding[], exemptions: readonly Exemption[], rules: readonly RuleRef[], referenceDate: string,
): ApplyResult {
  const warnings: string[] = [];
  if (exemptions.length === 0) return { listed: [...findings], exempted: [], warnings };

  // Findings by the subjects an exemption can name.
  const byPerson = new Map<string, ExportFinding[]>();
  const byHead = new Map<string, ExportFinding[]>();
  const byHousehold = new Map<string, ExportFinding[]>();
  const put = (m: Map<string, ExportFinding[]>, k: string | null, f: ExportFinding) => {
    if (!k) return;
    const l = m.get(k);
    if (!l) m.set(k, [f]); else if (l[l.length - 1] !== f) l.push(f);
  };
  for (const f of findings) {
    put(byPerson, f.idNumber, f);
    for (const m of f.members) put(byPerson, m, f);
    put(byPerson, f.headIdNumber, f);
    put(byHead, f.headIdNumber, f);
    put(byHousehold, f.householdId, f);
  }

  const applied = new Map<ExportFinding, Exemption>();
  const expiredOn = new Map<ExportFinding, Exemption>();
  for (const e of exemptions) {
    const rule = resolveRule(e.ruleText, rules);
    if (!rule) {
      warnings.push(`${where(e)}的规则“${e.ruleText.slice(0, 40)}”不是已知的规则代码、国家校验编号或规则名称（见 fupin rules、fupin rules --national），该行未使用。`);
      continue;
    }
    const pool = e.subject.by === 'idNumber' ? byPerson : e.subject.by === 'headIdNumber' ? byHead : byHousehold;
    const hits = (pool.get(e.subject.value) ?? []).filter((f) =>
      'code' in rule ? f.rule === rule.code : (f.national ?? []).includes(rule.national));
    const expired = e.validUntil !== null && e.validUntil < referenceDate;
    if (hits.length === 0) {
      if (!expired) warnings.push(`${where(e)}的豁免没有对应本期任何疑点（人或户、规则不符，或该疑点已不存在），请核对。`);
      continue;
    }
    for (const f of hits) {
      if (expired) { if (!applied.has(f)) expiredOn.set(f, e); } else if (!applied.has(f)) { applied.set(f, e); expiredOn.delete(f); }
    }
    if (expired) warnings.push(`${where(e)}的豁免已于 ${e.validUntil} 到期，对应的 ${hits.length} 条疑点本期恢复列出。`);
  }

  const listed: ExportFinding[] = [];
  const exempted: ExportFinding[] = [];
  for (const f of findings) {
    const e = applied.get(f);
    if (e) { exempted.push({ ...f, status: 'exempted', exemption: info(e) }); continue; }
    const x = expiredOn.get(f);
    if (x) {
      const doc = x.docNo ? `，批准文号${x.docNo}` : '';
      listed.push({ ...f, description: `${f.description}（原豁免已于${x.validUntil}到期${doc}，本期恢复列出）` });
      continue;
    }
    listed.push(f);
  }
  return { listed, exempted, warnings };
}
