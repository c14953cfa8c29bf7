// The 'physical limit' for the benchmark: unzip each sheet's XML and scan its cells with a regex,
// resolving shared strings, without building row objects. CSV: decode and split. Prints seconds.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import iconv from 'iconv-lite';

function zipEntries(buf) {
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  const n = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const out = new Map();
  for (let i = 0; i < n; i++) {
    const method = buf.readUInt16LE(p + 10), csize = buf.readUInt32LE(p + 20);
    const nlen = buf.readUInt16LE(p + 28), xlen = buf.readUInt16LE(p + 30), clen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nlen);
    out.set(name, { method, csize, local });
    p += 46 + nlen + xlen + clen;
  }
  const read = (name) => {
    const e = out.get(name);
    if (!e) return null;
    const start = e.local + 30 + buf.readUInt16LE(e.local + 26) + buf.readUInt16LE(e.local + 28);
    const data = buf.subarray(start, start + e.csize);
    return e.method === 8 ? zlib.inflateRawSync(data) : data;
  };
  return { names: [...out.keys()], read };
}

let cells = 0;
const t = process.hrtime.bigint();
for (const f of process.argv.slice(2)) {
  const ext = path.extname(f).toLowerCase();
  if (ext === '.csv') {
    const b = fs.readFileSync(f);
    const text = b[0] === 0xef ? b.toString('utf8') : iconv.decode(b, 'gb18030');
    for (const line of text.split('\n')) cells += line.split(',').length;
  } else if (ext === '.xlsx') {
    const z = zipEntries(fs.readFileSync(f));
    const ss = [];
    const sst = z.read('xl/sharedStrings.xml');
    if (sst) for (const m of sst.toString('utf8').matchAll(/<si>([\s\S]*?)<\/si>/g)) ss.push(m[1].replace(/<[^>]+>/g, ''));
    for (const name of z.names.filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))) {
      const xml = z.read(name).toString('utf8');
      for (const m of xml.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>(?:<v>([^<]*)<\/v>|<is><t[^>]*>([^<]*)<\/t><\/is>)?<\/c>)/g)) {
        cells++;
        if (m[2].includes('t="s"') && m[3] !== undefined) void ss[Number(m[3])];
      }
    }
  } else {
    fs.readFileSync(f);
  }
}
console.log(JSON.stringify({ seconds: Number(process.hrtime.bigint() - t) / 1e9, cells }));
