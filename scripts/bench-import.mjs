// npm run bench:import — import speed and peak RSS for a generated 300,000-row dibao roster (13 columns).
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { BENCH_DIR, ROOT, runMeasured, mb, median, machine } from './bench-lib.mjs';

const ROWS = Number(process.env.ROWS ?? 300_000);
const file = path.join(BENCH_DIR, `dibao-${ROWS}.xlsx`);

function checkChar(s17) {
  const W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(s17[i]) * W[i];
  return '10X98765432'[sum % 11];
}

async function generate() {
  fs.mkdirSync(BENCH_DIR, { recursive: true });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const ws = wb.addWorksheet('低保名单');
  ws.addRow(['示例县2026年10月农村低保名单']).commit();
  ws.addRow(['序号', '乡镇', '村', '户主姓名', '户主身份证号', '成员姓名', '公民身份号码', '与户主关系', '保障人数', '月保障金额', '救助类型', '开户银行', '备注']).commit();
  for (let i = 0; i < ROWS; i++) {
    const seq = String(i % 1000).padStart(3, '0');
    const d = new Date(Date.UTC(1940, 0, 1) + (i * 7919 % 25000) * 86400000);
    const s17 = `522422${d.getUTCFullYear()}${String(d.getUTCMonth() + 1).padStart(2, '0')}${String(d.getUTCDate()).padStart(2, '0')}${seq}`;
    const id = s17 + checkChar(s17);
    ws.addRow([i + 1, `乡镇${i % 12}`, `村${i % 97}`, `户主${i >> 2}`, id, `成员${i}`, id, i % 4 === 0 ? '户主' : '之子', 4, 350 + (i % 50), '农村低保', '信用社', '']).commit();
  }
  await wb.commit();
}

if (!fs.existsSync(file)) {
  process.stderr.write(`生成 ${ROWS} 行测试名册…\n`);
  await generate();
}
const runs = [];
for (let k = 0; k < 3; k++) {
  const db = path.join(BENCH_DIR, `import-${k}.db`);
  for (const f of [db, db + '-wal', db + '-shm']) fs.rmSync(f, { force: true });
  const r = runMeasured([path.join(ROOT, 'bin/fupin'), 'import', file, '--kind', 'dibao', '--period', '2026-10', '--db', db]);
  if (r.code !== 0) { process.stderr.write(r.stderr); process.exit(1); }
  runs.push(r);
}
const wall = median(runs.map((r) => r.wall));
const rss = median(runs.map((r) => r.rss));
console.log(`import ${ROWS} 行 × 13 列 .xlsx（${machine()}）：中位数 ${wall.toFixed(2)} s，${Math.round(ROWS / wall)} 行/秒，峰值内存 ${mb(rss)}`);

// fupin inspect on the same file: one streamed pass without a database (product-spec §9.1).
const inspections = [];
for (let k = 0; k < 3; k++) {
  const r = runMeasured([path.join(ROOT, 'bin/fupin'), 'inspect', file, '--json']);
  if (r.code !== 0) { process.stderr.write(r.stderr); process.exit(1); }
  inspections.push(r);
}
const iwall = median(inspections.map((r) => r.wall));
console.log(`inspect ${ROWS} 行 × 13 列 .xlsx：中位数 ${iwall.toFixed(2)} s，峰值内存 ${mb(median(inspections.map((r) => r.rss)))}`);
