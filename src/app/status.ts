// Chinese names of finding statuses, shared by the CLI and the lists.
export const STATUS_ZH: Record<string, string> = {
  new: '新增', persisting: '持续', resolved: '已销号', not_evaluated: '未评估', false_positive: '核实不属实',
};

export function statusZh(s: string): string {
  return STATUS_ZH[s] ?? s;
}
