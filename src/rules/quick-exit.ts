// QUICK_EXIT (快进快出): a household whose risk was marked eliminated less than minMonitorMonths after it was
// identified. Months are whole calendar months (风险消除时间 year*12+month minus 识别监测时间/风险识别时间's; days are
// ignored because the export keeps these dates as YYYYMM). A household whose 风险是否消除 is 否 is skipped.
// When the export lacks either date, ctx.monitorHistory (month-by-month statuses from earlier imports) is used:
// the household's last monitored run must have ended (latest status eliminated/exited) and must have started
// after the first period of the history (otherwise the real identification date is unknown); its length is the
// months from the run's first period to the first period after it.
import type { PersonRecord } from '../model/types.js';
import type { MonitorHousehold } from '../match/index-types.js';
import { monthsBetween, parseRiskEliminated, parseYearMonth, type YearMonth } from '../model/vocab.js';
import type { Rule, RuleContext, RuleFinding, RuleMeta } from './types.js';
import { basisOf, householdField, householdFinding } from './finding.js';
import { atOf, message } from './message-data.js';

const meta: RuleMeta = {
  code: 'QUICK_EXIT',
  title: '疑似快进快出（监测不足规定期限即消除风险）',
  category: '风险消除不实',
  leadDept: '乡村振兴局',
  subject: 'household',
  requires: ['monitor'],
  params: ['minMonitorMonths'],
  needs: { monitor: ['riskEliminated', 'identifiedAt', 'eliminatedAt'] },
  description: '防止返贫致贫监测名单中风险已消除的户，风险消除时间距识别监测时间（或风险识别时间）不足 minMonitorMonths 个月（按年月计算，不计日），'
    + '或风险消除时间早于识别时间；名单缺少这两个时间时，按历次导入的监测名单判断：该户纳入监测后不足 minMonitorMonths 个月即转为风险消除或退出监测。',
  question: '该户纳入监测后采取了哪些帮扶措施？风险消除时收入是否已稳定超过监测标准、“三保障”和饮水安全是否落实？为何监测不足规定期限即标注消除？',
  national: ['2_11_002'],
};

type HistoryEntry = NonNullable<RuleContext['monitorHistory']> extends Map<string, (infer E)[]> ? E : never;

function ymOfPeriod(period: string): YearMonth | null {
  const v = parseYearMonth(period);
  return v ?? null;
}

/** The last monitored run that has ended, when its start is known: [first monitored period, first period after]. */
export function lastEndedRun(entries: HistoryEntry[], historyStart: string): { start: YearMonth; end: YearMonth; endStatus: 'eliminated' | 'exited' } | null {
  const sorted = entries.filter((e) => ymOfPeriod(e.period)).sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
  if (sorted.length === 0 || sorted[sorted.length - 1].status === 'monitored') return null;
  let j = -1;
  for (let k = sorted.length - 1; k >= 0; k--) if (sorted[k].status === 'monitored') { j = k; break; }
  if (j < 0) return null;
  let i = j;
  while (i > 0 && sorted[i - 1].status === 'monitored') i--;
  if (i === 0 && sorted[0].period <= historyStart) return null; // monitored since the history began
  return { start: ymOfPeriod(sorted[i].period)!, end: ymOfPeriod(sorted[j + 1].period)!, endStatus: sorted[j + 1].status as 'eliminated' | 'exited' };
}

function dateOf(ctx: RuleContext, hh: MonitorHousehold, field: string): { ym: YearMonth; value: string; record: PersonRecord } | null {
  const f = householdField(hh, field);
  if (!f) return null;
  const ym = parseYearMonth(f.value);
  if (ym === undefined) ctx.unknown('monitor', field, f.value, f.record);
  return ym ? { ym, value: f.value, record: f.record } : null;
}

const rule: Rule = {
  ...meta,
  run(ctx) {
    const min = ctx.params.minMonitorMonths;
    const history = ctx.monitorHistory;
    let historyStart = '';
    if (history) {
      const periods = [...history.values()].flat().map((e) => e.period).filter((p) => ymOfPeriod(p)).sort();
      historyStart = periods[0] ?? '';
    }
    const findings: RuleFinding[] = [];
    for (const hh of ctx.index.monitorHouseholds.values()) {
      const riskF = householdField(hh, 'riskEliminated');
      const eliminated = parseRiskEliminated(riskF?.value);
      if (riskF && eliminated === undefined) { ctx.unknown('monitor', 'riskEliminated', riskF.value, riskF.record); continue; }
      if (eliminated === false) continue;

      const from = dateOf(ctx, hh, 'identifiedAt');
      const to = dateOf(ctx, hh, 'eliminatedAt');
      if (from && to) {
        const months = monthsBetween(from.ym, to.ym);
        if (months >= min) continue;
        findings.push(householdFinding(meta, hh, {
          members: [],
          message: message('QUICK_EXIT.dates', {
            identified: from.ym, identifiedAt: atOf(from.record), eliminated: to.ym, eliminatedAt: atOf(to.record), months, min,
          }),
          basis: basisOf(['monitor']),
          records: [from.record, to.record, ...(riskF ? [riskF.record] : [])],
          facts: [`FROM:${from.ym.year}-${from.ym.month}`, `TO:${to.ym.year}-${to.ym.month}`],
        }));
        continue;
      }

      const entries = history?.get(hh.householdId);
      if (!entries) continue;
      const run = lastEndedRun(entries, historyStart);
      if (!run) continue;
      const months = monthsBetween(run.start, run.end);
      if (months >= min) continue;
      const head = hh.head ?? hh.members[0];
      findings.push(householdFinding(meta, hh, {
        members: [],
        message: message('QUICK_EXIT.history', { start: run.start, end: run.end, endStatus: run.endStatus, months, min }),
        basis: `${basisOf(['monitor'])}（历次导入）`,
        records: head ? [head] : [],
        facts: [`HIST:${run.start.year}-${run.start.month}:${run.end.year}-${run.end.month}:${run.endStatus}`],
      }));
    }
    return findings;
  },
};

export default rule;
