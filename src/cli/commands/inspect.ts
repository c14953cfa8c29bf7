// fupin inspect <file>: how fupin reads a roster, before anything is imported (product-spec §9.1).
import { Command } from 'commander';
import path from 'node:path';
import type { CliContext } from '../context.js';
import type { SourceKind } from '../../model/types.js';
import { currentPeriod, lastDayOfPeriod } from '../../model/period.js';
import { KINDS } from '../../model/kinds/index.js';
import { choiceOption, KIND_CHOICES, parsePositiveInt } from '../options.js';
import type { InspectReport, SheetReport } from '../../app/inspect.js';

export function makeInspectCommand(ctx: CliContext): Command {
  return new Command('inspect')
    .description('查看一个名册文件会被如何读取（不导入）：工作表、表头行、每个字段取自哪一列、没用上的表头、各代码字段的取值，以及缺列时应写的配置')
    .argument('<file>', '名册文件（.xlsx / .xls / .csv）')
    .addOption(choiceOption('--kind <kind>', '按此名册类型识别（默认按表头自动判断；见 fupin sources）', KIND_CHOICES))
    .option('--sheet <name|index>', '只查看这个工作表（名称或从 1 开始的序号）')
    .option('--header-row <n>', '表头所在行（默认自动识别）', (v: string) => parsePositiveInt('--header-row', v))
    .option('--json', '以 JSON 输出')
    .action(async (file: string, opts: { kind?: string; sheet?: string; headerRow?: number; json?: boolean }) => {
      const headerRow = opts.headerRow;
      const sheet = opts.sheet === undefined ? undefined : /^\d+$/.test(opts.sheet) ? Number(opts.sheet) : opts.sheet;
      const { inspectFile } = await import('../../app/inspect.js');
      const abs = path.resolve(ctx.io.cwd, file);
      const report = await inspectFile(abs, {
        kind: opts.kind as SourceKind | undefined, sheet, headerRow, referenceDate: lastDayOfPeriod(currentPeriod()), displayName: path.basename(file),
      });
      ctx.io.out(opts.json ? JSON.stringify(report, null, 2) + '\n' : render(report));
      if (!report.ok) ctx.exitCode = 1;
    });
}

function render(r: InspectReport): string {
  const out: string[] = [];
  const kind = r.kind ? `${r.kind}（${KINDS[r.kind].title}）${r.kindGuessed ? '，按表头自动判断，可用 --kind 指定' : ''}` : '无法判断（没有找到身份证号列的表头）';
  out.push(`文件：${r.file}`, `名册类型：${kind}`, '');
  for (const s of r.sheets) out.push(...renderSheet(s), '');
  if (r.snippet) {
    out.push(r.ok && !r.snippet.columns ? '配置（写在 fupin.config.json 的 sources 中；不需要 columns）：' : '配置示例（写在 fupin.config.json 的 sources 中，把 <实际表头> 换成文件中的列名）：');
    out.push('  ' + JSON.stringify(r.snippet, null, 2).replace(/\n/g, '\n  '), '');
  }
  out.push(r.ok ? '结论：必需的列都已找到，可以导入。' : '结论：缺少必需的列或找不到表头，按上面的提示修改配置后再试（退出码 1）。');
  return out.join('\n') + '\n';
}

function renderSheet(s: SheetReport): string[] {
  const out: string[] = [];
  const head = `工作表「${s.name}」（第 ${s.index} 个，${s.rows} 行非空）`;
  if (s.headerRow === null) {
    out.push(`${head}：${s.problem ?? '没有可识别的表头'}`);
    return out;
  }
  out.push(`${head}：表头在第 ${s.headerRow} 行${s.groupRow ? `，上面第 ${s.groupRow} 行是分组表头（合并单元格）` : ''}；` +
    `数据 ${s.rowsUsed + s.rowsRejected} 行 = 可用 ${s.rowsUsed} 行 + 不可用 ${s.rowsRejected} 行（身份证号无效、合计行等，导入时列在数据质量清单）`);
  out.push('  字段取自哪一列：');
  const w = Math.max(...s.fields.map((f) => width(`${f.title} ${f.field}`)), 10);
  for (const f of s.fields) {
    const label = `${f.title} ${f.field}`;
    out.push(`    ${label}${' '.repeat(w - width(label))}  ${f.letter.padEnd(3)} 「${f.header}」${f.group ? `  分组「${f.group}」` : ''}`);
  }
  if (s.missing.length > 0) {
    out.push('  没有找到的列：');
    for (const m of s.missing) {
      out.push(`    ${m.title} ${m.field}${m.required ? '（必需）' : ''}` +
        (m.rules.length ? `：规则 ${m.rules.join('、')} 用到它，缺少时相应检查不进行` : '') +
        (m.suggestion ? `；可能是「${m.suggestion}」` : ''));
    }
  }
  if (s.unused.length > 0) {
    const shown = s.unused.slice(0, 60).map((u) => `${u.letter}「${u.header}」`);
    out.push(`  没有用到的表头（${s.unused.length} 个，fupin 不需要它们）：${shown.join('、')}${s.unused.length > shown.length ? ' 等' : ''}`);
  }
  const values = Object.entries(s.values);
  if (values.length > 0) {
    out.push('  各代码字段的取值（次数）：');
    const title = (f: string) => s.fields.find((x) => x.field === f)?.title ?? f;
    const empty: string[] = [];
    for (const [f, v] of values) {
      if (v.distinct === 0) { empty.push(title(f)); continue; }
      out.push(`    ${title(f)}（${v.distinct}${v.distinct >= 1000 ? '+' : ''} 种）：${v.top.map((t) => `${t.value} ${t.count}`).join('、')}${v.more ? ' …' : ''}`);
    }
    if (empty.length > 0) out.push(`    全部为空：${empty.join('、')}`);
  }
  for (const x of s.warnings) out.push(`  提醒：${x}`);
  return out;
}

/** Display width: CJK characters take two columns. */
function width(s: string): number {
  let n = 0;
  for (const ch of s) n += /[\u2E80-\uFFEF]/.test(ch) ? 2 : 1;
  return n;
}
