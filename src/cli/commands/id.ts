// fupin id <number...>: validate and explain ID numbers.
import { Command } from 'commander';
import type { CliContext } from '../context.js';
import { parseIdNumber } from '../../idcard/index.js';
import { table } from '../render.js';
import { parseDateValue } from '../options.js';

export function makeIdCommand(ctx: CliContext): Command {
  return new Command('id')
    .description('校验并解释身份证号（地区、出生日期、性别、年龄、错在哪里）')
    .argument('<number...>', '一个或多个身份证号')
    .option('--date <YYYY-MM-DD>', '计算年龄的基准日（默认今天）', (v: string) => parseDateValue('--date', v))
    .option('--json', '以 JSON 数组输出')
    .action((numbers: string[], opts: { json?: boolean; date?: string }) => {
      const results = numbers.map((n) => {
        const i = parseIdNumber(n, { referenceDate: opts.date });
        return { input: n, valid: i.valid, idNumber: i.idNumber, reason: i.reason, reasonText: i.reasonText, region: i.region,
          province: i.province, birthDate: i.birthDate, sex: i.sex, age: i.age, upgradedFrom15: i.upgradedFrom15 };
      });
      if (opts.json) {
        ctx.io.out(JSON.stringify(results, null, 2) + '\n');
        return;
      }
      ctx.io.out(table(['输入', '结果', '规范号码', '地区', '出生日期', '性别', '年龄'], results.map((r) => [
        r.input,
        r.valid ? (r.upgradedFrom15 ? '有效（15位已升为18位）' : '有效') : `无效：${r.reasonText}`,
        r.idNumber ?? '', [r.province, r.region].filter(Boolean).join(' '), r.birthDate ?? '', r.sex ?? '', r.age ?? '',
      ])));
    });
}
