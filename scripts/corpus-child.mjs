// Child process of scripts/corpus.mjs: reads one file with the product reader and with SheetJS, sends both back.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { readAllEvents } = await import(path.join(ROOT, 'dist/io/read-table.js'));
const { readXls } = await import(path.join(ROOT, 'dist/io/read-xls.js'));
console.log = console.error = console.warn = () => {}; // SheetJS reports unknown records on the console

const enc = (c) => (c instanceof Date ? { date: Number.isNaN(c.getTime()) ? 'Invalid' : c.toISOString() } : c);
function pack(evs) {
  const sheets = [];
  let cur = null;
  for (const e of evs) {
    if (e.type === 'sheet') sheets.push(cur = { name: e.sheet, rows: [], merges: [] });
    else if (e.type === 'row') cur.rows.push([e.row.row, e.row.cells.map(enc)]);
    else cur.merges = e.merges;
  }
  return sheets;
}
async function run(fn) {
  try { return { ok: pack(await fn()) }; } catch (e) { return { err: e?.code ?? 'CRASH', msg: String(e?.message ?? e).slice(0, 200) }; }
}
process.on('message', async (file) => {
  const product = await run(() => readAllEvents(file));
  const sheetjs = await run(async () => { const out = []; for await (const ev of readXls(fs.readFileSync(file), 'x')) out.push(ev); return out; });
  process.send({ file, product, sheetjs });
});
