// fupin init [dir]: a commented starter config, its JSON Schema, input/ and output/.
import { Command } from 'commander';
import fs from 'node:fs';
import path from 'node:path';
import type { CliContext } from '../main.js';
import { configJsonSchema } from '../../config/schema.js';
import { usageError } from '../../errors.js';

export const STARTER_CONFIG = `// fupin 配置文件。可以写 // 注释。各项说明见 README，编辑器会根据 fupin.schema.json 提示。
{
  "$schema": "./fupin.schema.json",
  // 县名，写在清单标题里
  "county": "示例县",
  // 数据库文件：保存每月导入、比对结果和核实情况，不要删除
  "database": "fupin.db",
  // 每月的名册放在 input/2026-10/ 这样的目录里；{period} 会替换为月份
  "input": "input/{period}",
  "output": "output/{period}",
  "rules": {
    // 年龄基准日，null 表示比对月份的最后一天
    "referenceDate": null,
    // 监测收入标准（元/人/年），按本省当年标准填写
    "incomeThreshold": 6700,
    "compulsoryEducationAge": [6, 15],
    "laborAge": [16, 60],
    "illnessSelfPayThreshold": 10000,
    "vehicleTypes": ["K30", "K31", "K32", "K33", "K34", "K40", "K41", "K42", "K43"],
    // 不想运行的规则代码，如 ["ZERO_EMPLOYMENT"]
    "disabled": []
  },
  // 每个来源：kind 是名册类型（fupin sources 可查），file 是 input 目录里的文件名，可用 * 通配
  "sources": [
    { "kind": "monitor", "file": "防返贫监测*.xlsx" },
    { "kind": "dibao", "file": "民政/*低保*.xlsx" },
    { "kind": "tekun", "file": "民政/*特困*.xlsx" },
    { "kind": "deceased", "file": "*死亡*.xlsx" },
    { "kind": "medical", "file": "医保/*参保*.xlsx" },
    { "kind": "illness", "file": "医保/*大病*.xlsx" },
    { "kind": "student", "file": "教育/*学籍*.xlsx" },
    { "kind": "housing", "file": "住建/*危房*.xlsx" },
    { "kind": "disability", "file": "*残疾*.xlsx" },
    { "kind": "employment", "file": "人社/*务工*.xlsx" },
    { "kind": "staff", "file": "*财政供养*.xlsx" },
    { "kind": "business", "file": "*市场主体*.xlsx" },
    { "kind": "property", "file": "*不动产*.xlsx" },
    // 表头不在自动识别范围内时，可指定工作表、表头行和列名：
    { "kind": "vehicle", "file": "*机动车*.xlsx", "columns": { "idNumber": "身份证明号码" } }
  ],
  // maskIdNumbers：清单中身份证号脱敏；splitBy："township" 时另为每个乡镇输出一个工作簿
  "export": { "maskIdNumbers": true, "splitBy": "township" }
}
`;

export function makeInitCommand(ctx: CliContext): Command {
  return new Command('init')
    .description('在目录中生成带注释的配置文件 fupin.config.json 以及 input/、output/ 目录')
    .argument('[dir]', '目录', '.')
    .option('--force', '覆盖已有的配置文件')
    .action((dir: string, opts: { force?: boolean }) => {
      const target = path.resolve(ctx.io.cwd, dir);
      fs.mkdirSync(target, { recursive: true });
      const cfg = path.join(target, 'fupin.config.json');
      if (fs.existsSync(cfg) && !opts.force) {
        throw usageError('CONFIG_EXISTS', `${path.relative(ctx.io.cwd, cfg) || cfg} 已存在，未做改动。`, '如确要覆盖，加 --force。');
      }
      fs.writeFileSync(cfg, STARTER_CONFIG);
      fs.writeFileSync(path.join(target, 'fupin.schema.json'), JSON.stringify(configJsonSchema(), null, 2) + '\n');
      fs.mkdirSync(path.join(target, 'input'), { recursive: true });
      fs.mkdirSync(path.join(target, 'output'), { recursive: true });
      ctx.io.err(`已生成 ${path.join(dir, 'fupin.config.json')}、fupin.schema.json、input/、output/。\n` +
        `下一步：把本月名册放到 input/<月份>/（如 input/2026-10/），然后运行 fupin reconcile --period 2026-10。\n`);
    });
}
