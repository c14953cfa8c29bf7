// Use-case behind `fupin init`: a county folder with a commented starter config, its JSON Schema, input/ and output/.
import fs from 'node:fs';
import path from 'node:path';
import { configJsonSchema } from '../config/schema.js';
import { fail } from '../errors.js';

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
  // 每个来源：kind 是名册类型（fupin sources 可查），file 是 input 目录里的文件名，可用通配符：
  //   * 任意文字，**/ 任意一层或多层子目录（如 民政/），{xlsx,xls,csv} 三种格式任一。
  // 文件名与这里都对不上时，比对会提醒“没有被任何来源读取”的文件，按实际文件名改这里即可。
  "sources": [
    { "kind": "monitor", "file": "**/*{防返贫,监测对象}*.{xlsx,xls,csv}" },
    { "kind": "dibao", "file": "**/*低保*.{xlsx,xls,csv}" },
    { "kind": "tekun", "file": "**/*特困*.{xlsx,xls,csv}" },
    // 农村低收入人口（低保边缘家庭、刚性支出困难家庭）；文件名含“低保”的会被上面的低保名册读走，请命名为“低收入人口…”
    { "kind": "lowincome", "file": "**/*低收入*.{xlsx,xls,csv}" },
    { "kind": "deceased", "file": "**/*{死亡,户籍注销}*.{xlsx,xls,csv}" },
    { "kind": "medical", "file": "**/*参保*.{xlsx,xls,csv}" },
    { "kind": "illness", "file": "**/*{大病,高额医疗}*.{xlsx,xls,csv}" },
    { "kind": "student", "file": "**/*学籍*.{xlsx,xls,csv}" },
    { "kind": "housing", "file": "**/*{危房,房屋安全}*.{xlsx,xls,csv}" },
    { "kind": "disability", "file": "**/*残疾*.{xlsx,xls,csv}" },
    { "kind": "employment", "file": "**/*{务工,就业}*.{xlsx,xls,csv}" },
    { "kind": "staff", "file": "**/*财政供养*.{xlsx,xls,csv}" },
    { "kind": "business", "file": "**/*{市场主体,个体工商户,企业登记}*.{xlsx,xls,csv}" },
    { "kind": "property", "file": "**/*不动产*.{xlsx,xls,csv}" },
    // 表头不在自动识别范围内时，可指定工作表、表头行和列名，例如：
    //   "sheet": "机动车登记信息", "headerRow": 3, "columns": { "idNumber": "身份证明号码" }
    { "kind": "vehicle", "file": "**/*机动车*.{xlsx,xls,csv}" }
  ],
  // maskIdNumbers：清单中身份证号脱敏；splitBy："township" 时另为每个乡镇输出一个工作簿
  "export": { "maskIdNumbers": true, "splitBy": "township" }
}
`;

/** Writes the starter files into `target` (created if needed); `shown` names the config file in messages. */
export function initCountyFolder(target: string, opts: { force?: boolean; shownConfig: (file: string) => string }): void {
  const fresh = !fs.existsSync(target) || fs.readdirSync(target).length === 0;
  fs.mkdirSync(target, { recursive: true });
  const cfg = path.join(target, 'fupin.config.json');
  if (fs.existsSync(cfg) && !opts.force) {
    throw fail('CONFIG_EXISTS', { file: opts.shownConfig(cfg) });
  }
  fs.writeFileSync(cfg, STARTER_CONFIG);
  fs.writeFileSync(path.join(target, 'fupin.schema.json'), JSON.stringify(configJsonSchema(), null, 2) + '\n');
  fs.mkdirSync(path.join(target, 'input'), { recursive: true });
  fs.mkdirSync(path.join(target, 'output'), { recursive: true });
  // A county folder holds personal data: made inside a git clone (or any repository), git must not pick it up.
  if (fresh) writeGitIgnore(target);
}

export const GITIGNORE_TEXT = '# fupin：本目录的名册、数据库和清单含个人信息，不要提交到 git。\n*\n';

/** Only in a folder fupin created: an existing project's own .gitignore is never touched. */
export function writeGitIgnore(dir: string): void {
  const f = path.join(dir, '.gitignore');
  if (!fs.existsSync(f)) fs.writeFileSync(f, GITIGNORE_TEXT);
}
