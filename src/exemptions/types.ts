// 豁免清单 (product-spec §9.4): one row = one subject exempted from one rule, with the approval behind it.

export type ExemptionSubject =
  | { by: 'idNumber'; value: string }
  | { by: 'headIdNumber'; value: string }
  | { by: 'householdId'; value: string };

export interface Exemption {
  file: string;
  sheet: string;
  row: number;
  subject: ExemptionSubject;
  /** As written: a rule code, a national number or a rule's Chinese title. */
  ruleText: string;
  reason: string;
  docNo: string;
  /** YYYY-MM-DD (inclusive), null = no end. */
  validUntil: string | null;
}
