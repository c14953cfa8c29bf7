// Amounts in yuan as the messages and the 说明 sheet show them: whole yuan without decimals, else two decimals.
export function formatYuan(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(2);
}
