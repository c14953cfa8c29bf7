// ID_INVALID: every rejected row whose ID number is missing, malformed, fails the check or was stored as a number.
import type { RejectedRow } from '../model/types.js';
import { ID_REASONS, normalizeIdText } from '../idcard/index.js';
import { evidenceHash, fingerprint } from '../match/hash.js';
import type { Rule, RuleFinding, RuleMeta } from './types.js';
import { described, evidenceOf } from './finding.js';
import { message } from './message-data.js';
import { KIND_LABELS } from './kind-labels.js';

const meta: RuleMeta = {
  code: 'ID_INVALID',
  title: '身份证号无效',
  category: '数据质量',
  leadDept: '各数据提供部门',
  subject: 'row',
  requires: [],
  params: [],
  needs: {},
  description: '名册中身份证号为空、位数或格式错误、校验位错误、出生日期或省份代码无效，或曾被 Excel 存成数字而丢失末几位的行；这些行无法参与比对。'
    + '同一名册中身份证号、姓名、乡镇都相同的多行合为一条。',
  question: '请提供该名册的部门按户籍或证件原件核对并更正身份证号（以文本格式录入），下期重新报送。',
  national: ['4_01_003'],
};

const ID_REASON_SET = new Set<string>(ID_REASONS);

/** The ID cell of a rejected row as written (empty when there is none). */
export function rawIdText(r: RejectedRow): string {
  return r.column ? (r.raw[r.column] ?? '').trim() : '';
}

const rule: Rule = {
  ...meta,
  run(ctx) {
    const groups = new Map<string, RejectedRow[]>();
    for (const r of ctx.data.rejected) {
      if (!ID_REASON_SET.has(r.reason)) continue;
      const key = [r.kind, normalizeIdText(rawIdText(r)), r.name ?? '', r.township ?? ''].join('\u0000');
      const list = groups.get(key);
      if (list) list.push(r); else groups.set(key, [r]);
    }
    const findings: RuleFinding[] = [];
    for (const [key, rows] of groups) {
      const r = rows[0];
      const raw = rawIdText(r);
      const name = r.name ?? '';
      findings.push({
        rule: meta.code,
        category: meta.category,
        subject: meta.subject,
        householdId: null,
        headIdNumber: null,
        headName: null,
        idNumber: null,
        name: name || null,
        township: r.township,
        village: r.village,
        members: [],
        memberNames: [],
        ...described(message('ID_INVALID', {
          kind: r.kind, file: r.file, sheet: r.sheet, rows: rows.map((x) => x.row), name, raw, reasonText: r.reasonText,
        })),
        basis: `${KIND_LABELS[r.kind].basis}（身份证号校验）`,
        leadDept: meta.leadDept,
        evidence: evidenceOf(rows),
        fingerprint: fingerprint(meta.code, key),
        evidenceHash: evidenceHash([...new Set(rows.map((x) => `${x.reason}:${normalizeIdText(rawIdText(x))}`))]),
        // 4_01_003 reads the national export only.
        national: r.kind === 'monitor' ? ['4_01_003'] : [],
      });
    }
    return findings;
  },
};

export default rule;
