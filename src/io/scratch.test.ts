import { it } from 'vitest';
import { makeXlsx, makeCsv, makeXls } from '../../test/helpers/workbooks.js';
import { readAllEvents } from './read-table.js';
it('smoke', async () => {
const d = '/tmp/fp';
await makeXlsx(d + '/a.xlsx', [{ name: '低保名单', rows: [
  ['XX县2026年10月农村低保名单'], [], ['序号', '姓名', '身份证号', '日期', '金额', '公式', '错误', '链接', '富文本'],
  [1, '张三', '110101199003077890', new Date(Date.UTC(1990, 2, 7)), 12.5, { formula: 'E4*2', result: 25 }, { formula: 'VLOOKUP(1,A:A,2,0)', result: { error: '#N/A' } }, { text: '网站', hyperlink: 'http://x' }, { richText: [{ text: '李' }, { font: { bold: true }, text: '四' }] }],
], merges: ['A1:I1'] }, { name: 'Sheet2', rows: [['x']] }]);
console.log(JSON.stringify(await readAllEvents(d + '/a.xlsx'), null, 0));
await makeXls(d + '/a.xls', [{ name: '低保', rows: [['标题'], [], ['姓名', '身份证号', '日期'], ['张三', '110101199003077890', new Date(Date.UTC(1990, 2, 7))]], merges: ['A1:C1'] }]);
console.log(JSON.stringify(await readAllEvents(d + '/a.xls')));
await makeCsv(d + '/a.csv', [['姓名', '身份证号'], ['张三', '110101199003077890'], ['李"四', 'a\nb']], { encoding: 'gbk', delimiter: ';' });
console.log(JSON.stringify(await readAllEvents(d + '/a.csv')));
});
