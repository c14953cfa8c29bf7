// Human report of `fupin verify` (stderr): per file, per sheet, every row or sheet that could not be used.
import type { VerifyFileReport, VerifyProblem } from '../app/verify.js';

const MAX_LISTED = 30;

export function renderVerifyReport(reports: readonly VerifyFileReport[]): string {
  const out: string[] = [];
  let lost = 0;
  for (const r of reports) {
    if (r.error) {
      out.push(`✗ ${r.error.message}`);
      continue;
    }
    const c = (x: { rowsRead: number; matched: number; recorded: number; verifiedTrue: number; verifiedFalse: number; blank: number }) =>
      `读取 ${x.rowsRead} 行，对上 ${x.matched} 条，记录 ${x.recorded} 条（属实 ${x.verifiedTrue}，不属实 ${x.verifiedFalse}）；未填 ${x.blank} 条`;
    out.push(`${r.ok ? '✓' : '✗'} ${r.file}${r.period ? `（${r.period}）` : ''}：${c(r)}。`);
    for (const s of r.sheets) {
      out.push(`  工作表「${s.sheet}」：${c(s)}。`);
      out.push(...listProblems(s.problems, '    '));
    }
    out.push(...listProblems(r.problems, '  '));
    lost += [...r.problems, ...r.sheets.flatMap((s) => s.problems)].filter((p) => p.severity === 'error').length;
  }
  const badFiles = reports.filter((r) => r.error).length;
  if (badFiles || lost) {
    const parts = [badFiles ? `${badFiles} 个文件未能读回` : '', lost ? `${lost} 处返回的核实内容未能记录` : ''].filter(Boolean).join('，');
    out.push(`错误：${parts}：请按上面的提示修改后重新读回（已记录的不受影响，重复读回同一文件不会重复记录）。`);
  }
  return out.join('\n') + '\n';
}

function listProblems(problems: readonly VerifyProblem[], indent: string): string[] {
  const lines: string[] = [];
  // Errors first: they are what the user must act on; "not returned" can be long.
  const sorted = [...problems].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  for (const p of sorted.slice(0, MAX_LISTED)) lines.push(`${indent}${p.severity === 'error' ? '未记录' : '提醒'}：${p.message}`);
  if (sorted.length > MAX_LISTED) lines.push(`${indent}……另有 ${sorted.length - MAX_LISTED} 条，完整列表见 --json。`);
  const notReturned = problems.filter((p) => p.code === 'NOT_RETURNED').length;
  if (notReturned > 1) lines.push(`${indent}共 ${notReturned} 条已下发的疑点没有返回。`);
  return lines;
}
