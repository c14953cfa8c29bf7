// 医保 / 残联 rosters: 城乡居民医保参保 (two files, system field codes as headers), 大病高额费用, 持证残疾人.
import { factsOf } from '../model.js';
import { stableUnit } from '../rng.js';
import {
  countyShort, periodText, sexText, townHalf, townOf, villageOf, who, whoFact, type Col, type Ctx, type Emit, type FileOut,
} from './common.js';

const MED_COLS: Col[] = [
  { h: 'AAC001', width: 14 }, { h: 'AAC002', f: 'idNumber', width: 21 }, { h: 'AAC003', f: 'name' }, { h: 'AAC004' },
  { h: 'AKC021', width: 12 }, { h: 'AAC008', f: 'insuredStatus', width: 12 }, { h: '缴费年度', f: 'year' },
  { h: '所属乡镇', f: 'township' }, { h: '村(居)', f: 'village' },
];

export function medicalFiles(ctx: Ctx): FileOut[] {
  const { w, st } = ctx;
  const year = ctx.period.slice(0, 4);
  const file = (half: 0 | 1, suffix: string): FileOut => ({
    kind: 'medical', path: `医保/${year}年城乡居民医保参保名单（${suffix}）.xlsx`, format: 'xlsx', plain: true,
    sheets: [{
      name: '参保人员', cols: MED_COLS,
      *rows(): Iterable<Emit> {
        for (const h of ctx.order) {
          if (townHalf(w, h) !== half) continue;
          for (const p of h.members) {
            const cat = h.dibao ? '农村低保对象' : st.age(p) < 18 ? '未成年人' : st.age(p) >= 60 ? '老年居民' : '城乡居民';
            const base = [`52${String(100000000 + p.idx * 7 + (w.seed % 7))}`];
            const g = st.genericMedical(p);
            if (g) {
              const x = who(ctx, p, 'medical');
              yield { invalid: x.invalid, cells: [...base, x.id, x.name, sexText(p), cat, g.status, year, townOf(w, h), villageOf(w, h)] };
            }
            for (const f of factsOf(p, 'medical', ctx.m)) {
              const x = whoFact(p, f);
              yield { invalid: x.invalid, cells: [...base, x.id, x.name, sexText(p), cat, String(f.v.status), year, townOf(w, h), villageOf(w, h)] };
            }
          }
        }
        for (const d of w.dead) {
          if (!d.medical || townHalf(w, d) !== half) continue;
          const t = w.townships[d.town];
          yield { cells: [`52${String(900000000 + (d.id.charCodeAt(16) * 131 + Number(d.id.slice(10, 16))) % 99999999)}`, d.id, d.name, sexText(d), '城乡居民', '终止参保', year, t.name, t.villages[d.village].name] };
        }
      },
    }],
  });
  return [file(0, '一'), file(1, '二')];
}

const ILL_COLS: Col[] = [
  { h: '序号', width: 7 }, { h: '乡镇', f: 'township' }, { h: '村', f: 'village' }, { h: '患者姓名', f: 'name' },
  { h: '身份证号', f: 'idNumber', width: 21 }, { h: '性别' }, { h: '主要诊断', width: 14 }, { h: '医疗总费用\n（元）' },
  { h: '个人自付金额', f: 'selfPay' }, { h: '结算年度' },
];
const DIAGNOSES = ['恶性肿瘤', '尿毒症', '脑梗死', '冠心病', '白血病', '重症肺炎', '股骨骨折', '肝硬化', '糖尿病并发症'];

export function illnessFiles(ctx: Ctx): FileOut[] {
  const { w } = ctx;
  function* rows(): Iterable<Emit> {
    let n = 0;
    for (const h of ctx.order) {
      for (const p of h.members) {
        if (p.illnessPay === null) continue;
        const x = who(ctx, p, 'illness');
        const u = stableUnit(w.seed, `ill:${p.idx}`);
        const total = Math.round((p.illnessPay * (2.5 + u * 4)) * 100) / 100;
        n++;
        yield { invalid: x.invalid, cells: [n, townOf(w, h), villageOf(w, h), x.name, x.id, sexText(p), DIAGNOSES[Math.floor(u * DIAGNOSES.length)], total, p.illnessPay, ctx.period.slice(0, 4)] };
      }
    }
  }
  return [{
    kind: 'illness', path: '医保/大病及高额医疗费用患者名单.xlsx', format: 'xlsx',
    sheets: [{ name: '高额费用', title: `${countyShort(w)}${ctx.period.slice(0, 4)}年度大病及高额医疗费用患者名单`, subtitle: `统计单位：${countyShort(w)}医疗保障局    截至：${periodText(ctx.period)}`, cols: ILL_COLS, rows }],
  }];
}

const DIS_COLS: Col[] = [
  { h: '序号', width: 7 }, { h: '姓名', f: 'name' }, { h: '性别' }, { h: '残疾人证号', f: 'idNumber', width: 24 },
  { h: '残疾类别', f: 'disabilityType' }, { h: '残疾等级', f: 'disabilityLevel' }, { h: '所属乡镇', f: 'township' },
  { h: '所属村', f: 'village' }, { h: '发证日期', width: 12 },
];
const CATS = ['', '视力', '听力', '言语', '肢体', '智力', '精神', '多重'];
const LEVELS = ['', '一级', '二级', '三级', '四级'];

export function disabilityFiles(ctx: Ctx): FileOut[] {
  const { w } = ctx;
  function* rows(): Iterable<Emit> {
    let n = 0;
    for (const h of ctx.order) {
      for (const p of h.members) {
        if (!p.disability) continue;
        const x = who(ctx, p, 'disability');
        const cert = typeof x.id === 'string' && x.id.length === 18 ? `${x.id}${p.disability.cat}${p.disability.level}` : x.id;
        const u = stableUnit(w.seed, `dis:${p.idx}`);
        n++;
        yield {
          invalid: x.invalid,
          cells: [n, x.name, sexText(p), cert, CATS[p.disability.cat], LEVELS[p.disability.level], townOf(w, h), villageOf(w, h),
            `${2012 + Math.floor(u * 13)}-${String(1 + Math.floor(u * 97) % 12).padStart(2, '0')}-${String(1 + Math.floor(u * 997) % 28).padStart(2, '0')}`],
        };
      }
    }
  }
  return [{
    kind: 'disability', path: '残联/持证残疾人名单.xlsx', format: 'xlsx',
    sheets: [{ name: '持证残疾人', title: `${countyShort(w)}第二代残疾人证持证人员名单`, subtitle: `统计单位：${countyShort(w)}残疾人联合会    统计时间：${periodText(ctx.period)}`, cols: DIS_COLS, rows }],
  }];
}
