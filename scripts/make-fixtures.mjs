// Regenerates fixtures/ (small, deterministic, synthetic): `node scripts/make-fixtures.mjs`.
// The files are committed so that `npx fupin import fixtures/…` works right after `npm ci`.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { ROOT } from './bench-lib.mjs';
import { nationalExport } from './national-export.mjs';

function checkChar(s17) {
  const W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(s17[i]) * W[i];
  return '10X98765432'[sum % 11];
}
const id = (birth, seq) => { const s = `522422${birth}${String(seq).padStart(3, '0')}`; return s + checkChar(s); };

const dir = path.join(ROOT, 'fixtures');
fs.mkdirSync(dir, { recursive: true });
const wb = new ExcelJS.Workbook();
wb.created = wb.modified = new Date(Date.UTC(2026, 9, 31));
const ws = wb.addWorksheet('低保名单');
const head = id('19650312', 11);
const rows = [
  ['示例县2026年10月农村低保名单（虚构数据）'],
  ['统计单位：示例县民政局', null, null, null, null, '统计时间：2026年10月'],
  ['序号', '乡（镇）', '村', '户主姓名', '户主身份证号', '成员姓名', '公民身份\n号码', '与户主关系', '月保障金额（元）'],
  [1, '城关镇', '红旗村', '王德明', head, '王德明', head, '户主', 420],
  [2, null, '红旗村', '王德明', head, '李秀英', id('19680720', 22).toLowerCase(), '配偶', 420],
  [3, null, '红旗村', '王德明', head, '王小军', ` ${id('20120105', 31)} `, '之子', 420],
  [4, '龙场镇', '新寨村', '阿依·木呷', id('19720101', 41), '阿依·木呷', id('19720101', 41), '户主', 380],
  [5, null, '新寨村', '阿依·木呷', id('19720101', 41), '木呷日火', 522422199505050000, '之子', 380],
  [6, '龙场镇', '新寨村', '张国强', '', '张国强', '', '户主', 300],
  [7, '龙场镇', '坪上村', '陈玉兰', id('19500909', 52), '陈玉兰', id('19500909', 51), '户主', 300],
  ['合计', null, null, null, null, null, null, null, 2620],
  ['制表人：XXX    审核人：XXX'],
];
rows.forEach((r, i) => r.forEach((v, j) => { if (v !== null) ws.getCell(i + 1, j + 1).value = v; }));
ws.mergeCells('A1:I1');
ws.mergeCells('B4:B6');
ws.mergeCells('B7:B9');
await wb.xlsx.writeFile(path.join(dir, '低保名单-示例.xlsx'));
console.log('fixtures/低保名单-示例.xlsx');

// The monitoring export in the national system's real layout (scripts/national-export.mjs): every cell is text,
// as the system writes it, with the title and the merged group headers above the names.
const ex = nationalExport();
const wb2 = new ExcelJS.Workbook();
wb2.created = wb2.modified = new Date(Date.UTC(2026, 9, 31));
const ws2 = wb2.addWorksheet(ex.sheetName);
ex.rows.forEach((r, i) => r.forEach((v, j) => { if (v !== null && v !== '') ws2.getCell(i + 1, j + 1).value = String(v); }));
for (const m of ex.merges) ws2.mergeCells(m);
ws2.getRow(2).font = ws2.getRow(3).font = { bold: true };
await wb2.xlsx.writeFile(path.join(dir, '（自定义）监测对象信息-示例.xlsx'));
console.log('fixtures/（自定义）监测对象信息-示例.xlsx');
