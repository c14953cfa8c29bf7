// The contract between the engine and the one-file-per-rule catalogue.
import type { Dataset, Finding, RuleParams, SourceKind, Subject, Evidence } from '../model/types.js';
import type { MatchIndex } from '../match/index-types.js';
import type { RuleMessage } from './message-data.js';

/** Roster fields a rule reads, by kind. */
export type FieldNeeds = Partial<Record<SourceKind, string[]>>;

export interface RuleMeta {
  code: string;          // stable, e.g. FOUR_CAT_VEHICLE
  title: string;         // Chinese title
  category: string;      // 类别, e.g. 四类人员
  leadDept: string;      // 牵头单位
  subject: Subject;
  /** Every one of these kinds must be present, or the rule is skipped. */
  requires: SourceKind[];
  /** At least one of these kinds must be present (in addition to `requires`), if given. */
  requiresAny?: SourceKind[];
  /** Names of RuleParams it reads (listed by `fupin rules` and the 说明 sheet). */
  params: (keyof RuleParams)[];
  /**
   * Roster fields it reads that a sheet may lack: the rule runs when its rosters are there, but the check that reads
   * such a field finds nothing without the column, silently, so reconcile and inspect name it (product-spec §9.1).
   */
  needs: FieldNeeds;
  /** What fires it, in Chinese (README, `fupin rules`). */
  description: string;
  /** The question a township should ask at the household (Chinese). */
  question: string;
  /** National check numbers (X_YY_ZZZ, rules/national.ts) this rule covers; may be empty. */
  national: string[];
}

export interface RuleContext {
  data: Dataset;
  index: MatchIndex;
  params: RuleParams;
  /** Report a value outside the vocabulary of a field (counted into the data-quality list). */
  unknown(kind: SourceKind, field: string, value: string, where: Evidence): void;
  /**
   * Month-by-month monitoring status of households from earlier imports (key: MonitorHousehold.householdId,
   * entries by period YYYY-MM); optional, used by QUICK_EXIT when the export lacks dates.
   */
  monitorHistory?: Map<string, { period: string; status: 'monitored' | 'eliminated' | 'exited' }[]>;
}

/** A finding as a rule makes it: with the message its description was rendered from. */
export interface RuleFinding extends Finding {
  message: RuleMessage;
}

export interface Rule extends RuleMeta {
  run(ctx: RuleContext): RuleFinding[];
}
