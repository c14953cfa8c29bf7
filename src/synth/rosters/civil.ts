// 民政 / 公安 rosters: 农村低保 (one workbook, two sheets), 特困供养 (.xls), 死亡人员.
import { on } from '../model.js';
import { stableUnit } from '../rng.js';
import {
  countyShort, periodText, sexText, townHalf, townOf, villageOf, who, type Col, type Ctx, type Emit, type FileOut, type SheetOut,
} from './common.js';

const DIBAO_COLS: Col[] = [
  { h: '序号', width: 7 }, { h: '乡镇\n（街道）', f: 'township' }, { h: '村\n（社区）', f: 'village' }, { h: '户主姓名' },
  { h: '户主身份证号', f: 'headIdNumber', width: 21 }, { h: '成员姓名', f: 'name' }, { h: '与户主关系', f: 'relation' },
  { h: '身份证号码', f: 'idNumber', width: 21 }, { h: '保障人数' }, { h: '月保障金额\n（元）' }, { h: '救助类型' }, { h: '备注' },
];

export function dibaoFiles(ctx: Ctx): FileOut[] {
  const { w, m } = ctx;
  const sheet = (half: 0 | 1, name: string): SheetOut => ({
    name,
    title: `${countyShort(w)}${periodText(ctx.period)}农村低保名单`,
    subtitle: `统计单位：${countyShort(w)}民政局    统计时间：${periodText(ctx.period)}`,
    cols: DIBAO_COLS,
    *rows(): Iterable<Emit> {
      let n = 0, people = 0, money = 0;
      for (const h of ctx.order) {
        if (!on(h.dibao, m) || townHalf(w, h) !== half) continue;
        const head = h.members[0];
        const perHead = 280 + Math.floor(stableUnit(w.seed, `dibao:${h.idx}`) * 16) * 20;
        for (const p of h.members) {
          const x = who(ctx, p, 'dibao');
          n++;
          people++;
          money += perHead;
          yield {
            invalid: x.invalid,
            cells: [n, townOf(w, h), villageOf(w, h), head.name, head.id, x.name, p.rel, x.id, h.members.length,
              p === head ? perHead * h.members.length : null, '农村低保', ''],
          };
        }
      }
      if (half === 0) yield { nonData: true, cells: ['合计', null, null, null, null, null, null, null, people, money, null, null] };
    },
  });
  return [{
    kind: 'dibao', path: `民政/${countyShort(w)}${periodText(ctx.period)}农村低保名单.xlsx`, format: 'xlsx',
    sheets: [sheet(0, '低保名单（一）'), sheet(1, '低保名单（二）')],
  }];
}

const LOWINCOME_COLS: Col[] = [
  { h: '序号', width: 7 }, { h: '所属乡镇', f: 'township' }, { h: '所属村', f: 'village' }, { h: '户主姓名' },
  { h: '户主身份证号', f: 'headIdNumber', width: 21 }, { h: '姓名', f: 'name' }, { h: '与户主关系', f: 'relation' },
  { h: '身份证号', f: 'idNumber', width: 21 }, { h: '类别', f: 'lowIncomeType', width: 16 }, { h: '认定时间', width: 12 },
];

/** 农村低收入人口 (低保边缘家庭, 刚性支出困难家庭): one row per member, a 类别 per household. */
export function lowincomeFiles(ctx: Ctx): FileOut[] {
  const { w, m } = ctx;
  function* rows(): Iterable<Emit> {
    let n = 0;
    for (const h of ctx.order) {
      if (!h.lowIncome || !on(h.lowIncome.mask, m)) continue;
      const head = h.members[0];
      for (const p of h.members) {
        const x = who(ctx, p, 'lowincome');
        n++;
        yield { invalid: x.invalid, cells: [n, townOf(w, h), villageOf(w, h), head.name, head.id, x.name, p.rel, x.id, h.lowIncome.type, '2025-09'] };
      }
    }
  }
  return [{
    kind: 'lowincome', path: `民政/${countyShort(w)}农村低收入人口名单.xlsx`, format: 'xlsx',
    sheets: [{ name: '低收入人口', title: `${countyShort(w)}农村低收入人口（低保边缘、刚性支出困难）名单（${periodText(ctx.period)}）`, cols: LOWINCOME_COLS, rows }],
  }];
}

const TEKUN_COLS: Col[] = [
  { h: '序号', width: 7 }, { h: '乡镇', f: 'township' }, { h: '村', f: 'village' }, { h: '姓名', f: 'name' }, { h: '性别' },
  { h: '公民身份号码', f: 'idNumber', width: 21 }, { h: '出生年月' }, { h: '供养方式', f: 'supportType' }, { h: '备注' },
];

export function tekunFiles(ctx: Ctx): FileOut[] {
  const { w, m } = ctx;
  function* rows(): Iterable<Emit> {
    let n = 0;
    for (const h of ctx.order) {
      for (const p of h.members) {
        if (!on(p.tekun, m)) continue;
        const x = who(ctx, p, 'tekun');
        n++;
        const b = String(p.birth);
        yield {
          invalid: x.invalid,
          cells: [n, townOf(w, h), villageOf(w, h), x.name, sexText(p), x.id, `${b.slice(0, 4)}.${b.slice(4, 6)}`,
            stableUnit(w.seed, `tk:${p.idx}`) < 0.8 ? '分散供养' : '集中供养', ''],
        };
      }
    }
  }
  return [{
    kind: 'tekun', path: '民政/特困供养人员花名册.xls', format: 'xls',
    sheets: [{ name: '特困人员', title: `${countyShort(w)}特困供养人员花名册（${periodText(ctx.period)}）`, cols: TEKUN_COLS, rows }],
  }];
}

const DEAD_COLS: Col[] = [
  { h: '序号', width: 7 }, { h: '死者姓名', f: 'name' }, { h: '性别' }, { h: '公民身份\n号码', f: 'idNumber', width: 21 },
  { h: '死亡日期', f: 'deathDate', width: 12, date: true }, { h: '户籍地址', width: 26 }, { h: '注销原因' },
];

export function deceasedFiles(ctx: Ctx): FileOut[] {
  const { w, m } = ctx;
  const ref = w.refDates[m];
  function* rows(): Iterable<Emit> {
    type Item = { date: string; cells: (n: number) => Emit };
    const items: Item[] = [];
    const addr = (t: number, v: number) => `${w.county.province}${w.county.city}${countyShort(w)}${w.townships[t].name}${w.townships[t].villages[v].name}`;
    for (const h of ctx.order) {
      for (const p of h.members) {
        const date = p.deathDate;
        if (!on(p.deceased, m) || !date) continue;
        items.push({
          date,
          cells: (n) => {
            const x = who(ctx, p, 'deceased');
            return { invalid: x.invalid, cells: [n, x.name, sexText(p), x.id, isoDate(date), addr(h.town, h.village), '死亡'] };
          },
        });
      }
    }
    for (const d of w.dead) {
      if (d.deathDate > ref) continue;
      items.push({ date: d.deathDate, cells: (n) => ({ cells: [n, d.name, sexText(d), d.id, isoDate(d.deathDate), addr(d.town, d.village), '死亡'] }) });
    }
    items.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    let n = 0;
    for (const it of items) yield it.cells(++n);
  }
  return [{
    kind: 'deceased', path: '公安/死亡人员户籍注销名单.xlsx', format: 'xlsx',
    sheets: [{
      name: '死亡注销', title: `${countyShort(w)}公安局户籍注销（死亡）人员名单`,
      subtitle: `统计单位：${countyShort(w)}公安局    统计时间：${ref.slice(0, 4)}年1月1日至${periodText(ctx.period)}`, cols: DEAD_COLS, rows,
    }],
  }];
}

function isoDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}
