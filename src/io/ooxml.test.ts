import { describe, expect, it } from 'vitest';
import { decodeXml, decodeXstring, SharedStringsParser } from './ooxml.js';

/** The regex-only parser the scanner replaced, as the reference. */
function reference(xml: string): string[] {
  const out: string[] = [];
  const re = /<(?:\w+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?si>)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml))) {
    if (m[1] === undefined) { out.push(''); continue; }
    const body = m[1].replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, '');
    const tre = /<(?:\w+:)?t(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?t>)/g;
    let t: RegExpExecArray | null;
    let s = '';
    while ((t = tre.exec(body))) if (t[1]) s += t[1];
    out.push(decodeXstring(decodeXml(s)));
  }
  return out;
}

function parse(xml: string, n: number): string[] {
  const p = new SharedStringsParser();
  for (let i = 0; i < xml.length; i += n) p.push(xml.slice(i, i + n));
  return p.strings;
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const ITEMS = [
  '<si><t>姓名</t></si>',
  '<si><t xml:space="preserve">  身份证号 </t></si>',
  '<si><r><t>王</t></r><r><rPr><b/><sz val="11"/><rFont val="宋体"/></rPr><t xml:space="preserve">五 </t></r><rPh sb="0" eb="1"><t>ワン</t></rPh><phoneticPr fontId="1"/></si>',
  '<si><t>第一行_x000D_第二行 _x005F_x000D_</t></si>',
  '<si/>',
  '<si></si>',
  '<si><t/></si>',
  '<si><t>A&amp;B &lt;C&gt; &#x4E2D;&#25991; &quot;q&quot;</t></si>',
  '<si count="1">\n  <t>缩进</t>\n</si>',
  '<si><t>x</t><rPh sb="0" eb="1"/><t>y</t></si>',
  `<si><t>${'长'.repeat(5000)}</t></si>`,
  '<si><t>110101199003077890</t></si>',
];

describe('SharedStringsParser', () => {
  it('gives the same strings as the regex parser, whatever the chunking', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst ${NS} count="12" uniqueCount="12">${ITEMS.join('')}</sst>`;
    const want = reference(xml);
    expect(want.length).toBe(ITEMS.length);
    expect(want[2]).toBe('王五 ');
    expect(want[3]).toBe('第一行\r第二行 _x000D_');
    expect(want[7]).toBe('A&B <C> 中文 "q"');
    expect(want[9]).toBe('xy');
    for (let n = 1; n <= 40; n++) expect(parse(xml, n), `${n}-char chunks`).toEqual(want);
    expect(parse(xml, 1 << 20)).toEqual(want);
  });

  it('reads a table written with a namespace prefix', () => {
    const xml = `<x:sst xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:si><x:t>甲</x:t></x:si><x:si><x:r><x:t>乙</x:t></x:r><x:r><x:t>丙</x:t></x:r></x:si></x:sst>`;
    for (const n of [1, 7, 1000]) expect(parse(xml, n)).toEqual(['甲', '乙丙']);
  });
});
