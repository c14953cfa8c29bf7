// 防返贫监测对象.xlsx: the national monitoring system export (one row per member).
import { on } from '../model.js';
import { countyShort, periodText, sexText, townOf, villageOf, who, type Col, type Ctx, type Emit, type FileOut } from './common.js';

const COLS: Col[] = [
  { h: '序号', width: 7 }, { h: '省' }, { h: '市' }, { h: '县' }, { h: '乡', f: 'township' }, { h: '村', f: 'village' },
  { h: '户编号', f: 'householdId', width: 19 }, { h: '人口编号', f: 'personId', width: 21 }, { h: '姓名', f: 'name' },
  { h: '性别', f: 'sex', width: 6 }, { h: '出生日期', f: 'birthDate', width: 11 }, { h: '证件号码', f: 'idNumber', width: 21 },
  { h: '民族', width: 8 }, { h: '与户主关系', f: 'relation' }, { h: '文化程度', f: 'educationLevel' },
  { h: '在校生状况', f: 'studentStatus' }, { h: '健康状况', f: 'health', width: 16 }, { h: '残疾类别', f: 'disabilityType' },
  { h: '劳动技能', f: 'laborSkill', width: 16 }, { h: '务工时间\n（月）', f: 'workMonths' }, { h: '务工所在地', f: 'workPlace', width: 14 },
  { h: '户类型', f: 'householdType' }, { h: '监测对象类别', f: 'monitorType', width: 14 }, { h: '风险是否消除', f: 'riskEliminated' },
  { h: '识别监测时间', f: 'identifiedAt' }, { h: '风险消除时间', f: 'eliminatedAt' }, { h: '脱贫年度', f: 'exitYear' },
  { h: '人均纯收入\n（元）', f: 'perCapitaIncome' }, { h: '户联系电话', width: 13 }, { h: '户主姓名' },
  { h: '户主证件号码', f: 'headIdNumber', width: 21 },
];

const DISABILITY = ['', '视力残疾', '听力残疾', '言语残疾', '肢体残疾', '智力残疾', '精神残疾', '多重残疾'];

export function monitorFiles(ctx: Ctx): FileOut[] {
  const { w, m, st } = ctx;
  function* rows(): Iterable<Emit> {
    let n = 0;
    for (const h of ctx.order) {
      if (!on(h.monitor, m)) continue;
      const head = h.members[0];
      const jobs = st.employed(h);
      for (let i = 0; i < h.members.length; i++) {
        const p = h.members[i];
        if (on(p.offMonitor, m)) continue;
        const x = who(ctx, p, 'monitor');
        const job = jobs.has(p) ? st.genericJobs(h).get(p) ?? st.jobFor(p) : null;
        const student = st.studentStatus(p);
        n++;
        yield {
          invalid: x.invalid,
          cells: [
            n, w.county.province, w.county.city, countyShort(w), townOf(w, h), villageOf(w, h), h.hid,
            `${h.hid}0${String(i + 1).padStart(2, '0')}`, x.name, sexText(p), String(p.birth), x.id, p.ethnic, p.rel,
            student && student !== '学龄前儿童' ? '' : st.age(p) >= 16 ? p.edu || '初中' : '', student, st.health(p),
            p.disability ? DISABILITY[p.disability.cat] : '', st.laborSkill(p), job ? job.months : 0, job ? job.place : '',
            h.type, h.monitorType, h.risk, h.identifiedAt, h.eliminatedAt, h.exitYear, h.income[m], h.phone, head.name, head.id,
          ],
        };
      }
    }
  }
  return [{
    kind: 'monitor', path: '防返贫监测对象.xlsx', format: 'xlsx', plain: true,
    sheets: [{ name: '监测对象', title: `${countyShort(w)}防返贫监测对象及家庭成员信息（${periodText(ctx.period)}）`, cols: COLS, rows }],
  }];
}
