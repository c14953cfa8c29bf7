// Households of departmental rosters (低保, 特困, 残疾人, 大病): persons linked by headIdNumber,
// by the same 户编号 within one roster kind, or by being the same person in several rosters.
import type { PersonRecord } from '../model/types.js';
import { isHeadRelation } from './build-index.js';

export interface DeptHousehold {
  /** Stable subject key: 'H:' + headIdNumber. */
  key: string;
  /** The head's ID; for a household of one without household data, the person's own ID. */
  headIdNumber: string;
  /** Every ID in the household, sorted (includes the head even when the head has no record). */
  memberIds: string[];
  records: PersonRecord[];
}

class UnionFind {
  private readonly parent = new Map<string, string>();
  find(x: string): string {
    if (!this.parent.has(x)) { this.parent.set(x, x); return x; }
    let root = x;
    while (this.parent.get(root) !== root) root = this.parent.get(root) as string;
    // Path compression.
    while (x !== root) {
      const next = this.parent.get(x) as string;
      this.parent.set(x, root);
      x = next;
    }
    return root;
  }
  union(a: string, b: string): void {
    const ra = this.find(a), rb = this.find(b);
    if (ra !== rb) this.parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
  nodes(): string[] { return [...this.parent.keys()]; }
}

const ID_NODE = 'P:';

export function groupDeptHouseholds(records: PersonRecord[]): DeptHousehold[] {
  const uf = new UnionFind();
  for (const r of records) {
    const me = ID_NODE + r.idNumber;
    uf.find(me);
    if (r.headIdNumber) uf.union(me, ID_NODE + r.headIdNumber);
    if (r.householdId) uf.union(me, `HID:${r.kind}:${r.householdId}`);
  }
  const ids = new Map<string, string[]>();
  for (const n of uf.nodes()) {
    if (!n.startsWith(ID_NODE)) continue;
    const root = uf.find(n);
    const list = ids.get(root);
    if (list) list.push(n.slice(ID_NODE.length)); else ids.set(root, [n.slice(ID_NODE.length)]);
  }
  const recs = new Map<string, PersonRecord[]>();
  for (const r of records) {
    const root = uf.find(ID_NODE + r.idNumber);
    const list = recs.get(root);
    if (list) list.push(r); else recs.set(root, [r]);
  }
  const out: DeptHousehold[] = [];
  for (const [root, memberIds] of ids) {
    memberIds.sort();
    const rs = recs.get(root) ?? [];
    const head = pickHead(memberIds, rs);
    out.push({ key: `H:${head}`, headIdNumber: head, memberIds, records: rs });
  }
  return out.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

function pickHead(memberIds: string[], records: PersonRecord[]): string {
  const named = new Map<string, number>();
  for (const r of records) if (r.headIdNumber) named.set(r.headIdNumber, (named.get(r.headIdNumber) ?? 0) + 1);
  if (named.size > 0) {
    return [...named.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
  }
  const byRelation = records.filter((r) => isHeadRelation(r.relation)).map((r) => r.idNumber).sort();
  if (byRelation.length > 0) return byRelation[0];
  return memberIds[0];
}
