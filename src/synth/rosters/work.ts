// 教育 / 人社 / 住建 rosters: 学籍 (GBK CSV), 务工就业台账, 农村房屋安全鉴定.
import { factsOf } from '../model.js';
import {
  countyShort, periodText, sexText, townOf, villageOf, who, whoFact, type Col, type Ctx, type Emit, type FileOut,
} from './common.js';

const STUDENT_COLS: Col[] = [
  { h: '序号' }, { h: '乡镇', f: 'township' }, { h: '村组\n（社区）', f: 'village' }, { h: '学生姓名', f: 'name' },
  { h: '身份证件号', f: 'idNumber' }, { h: '户主姓名' }, { h: '学校全称', f: 'school' }, { h: '年级', f: 'grade' },
  { h: '学籍号' }, { h: '学籍状态', f: 'enrolStatus' },
];

export function studentFiles(ctx: Ctx): FileOut[] {
  const { w, st } = ctx;
  const term = Number(ctx.period.slice(5, 7)) >= 9 ? '秋季' : '春季';
  function* rows(): Iterable<Emit> {
    let n = 0;
    for (const h of ctx.order) {
      for (const p of h.members) {
        for (const r of st.studentRecs(p)) {
          const x = who(ctx, p, 'student', n % 9 === 4 ? 'eqwrap' : n % 13 === 7 ? 'apostrophe' : 'normal');
          n++;
          yield { invalid: x.invalid, cells: [n, townOf(w, h), villageOf(w, h), x.name, x.id, h.members[0].name, r.school, r.grade, r.no, r.status] };
        }
      }
    }
  }
  return [{
    kind: 'student', path: `教育/${countyShort(w)}${ctx.period.slice(0, 4)}年${term}学期学籍名册.csv`, format: 'csv-gbk',
    sheets: [{ name: 'csv', title: `${countyShort(w)}${ctx.period.slice(0, 4)}年${term}学期中小学生学籍名册（${periodText(ctx.period)}导出）`, cols: STUDENT_COLS, rows }],
  }];
}

const JOB_COLS: Col[] = [
  { h: '序号', width: 7 }, { h: '乡镇', f: 'township' }, { h: '村', f: 'village' }, { h: '姓名', f: 'name' }, { h: '性别' },
  { h: '公民身份证号', f: 'idNumber', width: 21 }, { h: '就业形式', width: 12 }, { h: '务工地点', f: 'workPlace', width: 14 },
  { h: '就业单位', f: 'employer', width: 22 }, { h: '务工时长\n（月）' },
];

export function employmentFiles(ctx: Ctx): FileOut[] {
  const { w, st } = ctx;
  function* rows(): Iterable<Emit> {
    let n = 0;
    for (const h of ctx.order) {
      const jobs = st.genericJobs(h);
      for (const p of h.members) {
        const j = jobs.get(p);
        if (j) {
          const x = who(ctx, p, 'employment');
          n++;
          yield { invalid: x.invalid, cells: [n, townOf(w, h), villageOf(w, h), x.name, sexText(p), x.id, j.form, j.place, j.employer, j.months] };
        }
        for (const f of factsOf(p, 'employment', ctx.m)) {
          const x = whoFact(p, f);
          const jj = st.jobFor(p);
          n++;
          yield { invalid: x.invalid, cells: [n, townOf(w, h), villageOf(w, h), x.name, sexText(p), x.id, jj.form, jj.place, jj.employer, jj.months] };
        }
      }
    }
  }
  return [{
    kind: 'employment', path: '人社/农村劳动力务工就业台账.xlsx', format: 'xlsx', plain: true,
    sheets: [{ name: '务工就业', title: `${countyShort(w)}${ctx.period.slice(0, 4)}年农村劳动力务工就业台账`, subtitle: `填报单位：${countyShort(w)}人力资源和社会保障局    数据截至：${periodText(ctx.period)}`, cols: JOB_COLS, rows }],
  }];
}

const HOUSE_COLS: Col[] = [
  { h: '序号', width: 7 }, { h: '乡（镇）', f: 'township' }, { h: '村', f: 'village' }, { h: '户主姓名', f: 'name' },
  { h: '身份证号码', f: 'idNumber', width: 21 }, { h: '房屋结构' }, { h: '鉴定等级', f: 'grade' }, { h: '鉴定日期', width: 12 },
  { h: '改造状态', f: 'renovation' }, { h: '改造年度' },
];

export function housingFiles(ctx: Ctx): FileOut[] {
  const { w } = ctx;
  function* rows(): Iterable<Emit> {
    let n = 0;
    for (const h of ctx.order) {
      for (const p of h.members) {
        for (const f of factsOf(p, 'housing', ctx.m)) {
          const x = whoFact(p, f);
          n++;
          yield { invalid: x.invalid, cells: [n, townOf(w, h), villageOf(w, h), x.name, x.id, f.v.structure, f.v.grade, f.v.date, f.v.reno, f.v.year] };
        }
      }
    }
  }
  return [{
    kind: 'housing', path: '住建/农村房屋安全鉴定台账.xlsx', format: 'xlsx',
    sheets: [{ name: '鉴定台账', title: `${countyShort(w)}农村低收入群体等重点对象住房安全鉴定及危房改造台账`, subtitle: `统计单位：${countyShort(w)}住房和城乡建设局    统计时间：${periodText(ctx.period)}`, cols: HOUSE_COLS, rows }],
  }];
}

