// Compare reconcile's findings.json with the generator's truth.json.
import fs from 'node:fs';

export interface FindingJson {
  rule: string; subject: string; householdId: string | null; headIdNumber: string | null; idNumber: string | null;
  evidence: { kind: string; file: string; sheet: string; row: number }[]; status: string; fingerprint: string;
  township: string | null; description: string; members: string[];
}

/** The key the generator uses for each rule's subject (see test/helpers/synth/truth.ts). */
export function truthKey(f: FindingJson): string {
  if (f.subject === 'row') { const e = f.evidence[0]; return `${e.file}#${e.sheet}#${e.row}`; }
  if (f.subject === 'person') return f.idNumber ?? '';
  if (f.rule === 'MISSED') return f.headIdNumber ?? f.idNumber ?? '';
  return f.householdId ?? '';
}

export function compareWithTruth(findingsPath: string, truthPath: string) {
  const findings = JSON.parse(fs.readFileSync(findingsPath, 'utf8')) as FindingJson[];
  const truth = JSON.parse(fs.readFileSync(truthPath, 'utf8')) as { expected: { rule: string; key: string }[] };
  const got = new Set(findings.map((f) => `${f.rule}|${truthKey(f)}`));
  const exp = new Set(truth.expected.map((e) => `${e.rule}|${e.key}`));
  return {
    findings,
    missing: [...exp].filter((k) => !got.has(k)).sort(),
    extra: [...got].filter((k) => !exp.has(k)).sort(),
    rules: new Set(truth.expected.map((e) => e.rule)),
  };
}
