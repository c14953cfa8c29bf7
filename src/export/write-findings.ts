// findings.json and findings.csv (product-spec §6): full, unmasked data for scripts; mode 0600.
// Both are streamed, so 100,000 findings never become one giant string.
import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { atomicWrite } from './atomic.js';
import { csvLine } from './csv.js';
import type { ExportFinding } from '../model/report.js';
import { BOM } from '../model/text.js';

const BATCH = 500;

/** Keys in a stable order; the first ones are the contract of product-spec §6. */
export function findingJson(f: ExportFinding): Record<string, unknown> {
  return {
    rule: f.rule,
    category: f.category,
    subject: f.subject,
    householdId: f.householdId,
    headIdNumber: f.headIdNumber,
    headName: f.headName,
    idNumber: f.idNumber,
    name: f.name,
    township: f.township,
    village: f.village,
    members: f.members,
    memberNames: f.memberNames,
    description: f.description,
    basis: f.basis,
    leadDept: f.leadDept,
    evidence: f.evidence.map((e) => ({ kind: e.kind, file: e.file, sheet: e.sheet, row: e.row })),
    status: f.status,
    fingerprint: f.fingerprint,
    evidenceHash: f.evidenceHash,
    national: f.national ?? [],
    firstPeriod: f.firstPeriod ?? null,
    verification: f.verification ?? null,
    exemption: f.exemption ?? null,
  };
}

export async function writeFindingsJson(path: string, findings: readonly ExportFinding[], mode = 0o600): Promise<void> {
  function* chunks(): Generator<string> {
    if (findings.length === 0) {
      yield '[]\n';
      return;
    }
    for (let i = 0; i < findings.length; i += BATCH) {
      const part = findings.slice(i, i + BATCH).map((f) => JSON.stringify(findingJson(f)));
      yield (i === 0 ? '[\n' : ',\n') + part.join(',\n');
    }
    yield '\n]\n';
  }
  await streamTo(path, chunks(), mode);
}

export const CSV_COLUMNS = [
  'rule', 'category', 'subject', 'householdId', 'headIdNumber', 'headName', 'idNumber', 'name', 'township',
  'village', 'members', 'memberNames', 'description', 'basis', 'leadDept', 'evidence', 'status', 'firstPeriod',
  'fingerprint', 'evidenceHash', 'national',
] as const;

/** Flattened cells of one finding, in CSV_COLUMNS order (not yet quoted or neutralised). */
export function findingCsvCells(f: ExportFinding): string[] {
  return [
    f.rule, f.category, f.subject, f.householdId ?? '', f.headIdNumber ?? '', f.headName ?? '', f.idNumber ?? '',
    f.name ?? '', f.township ?? '', f.village ?? '', f.members.join('|'), f.memberNames.join('|'), f.description,
    f.basis, f.leadDept, f.evidence.map((e) => `${e.kind}:${e.file}:${e.sheet}:${e.row}`).join('|'), f.status,
    f.firstPeriod ?? '', f.fingerprint, f.evidenceHash, (f.national ?? []).join('|'),
  ];
}

/** UTF-8 with BOM (Excel detects the encoding), CRLF line ends. */
export async function writeFindingsCsv(path: string, findings: readonly ExportFinding[], mode = 0o600): Promise<void> {
  function* chunks(): Generator<string> {
    yield BOM + csvLine(CSV_COLUMNS);
    for (let i = 0; i < findings.length; i += BATCH) {
      yield findings.slice(i, i + BATCH).map((f) => csvLine(findingCsvCells(f))).join('');
    }
  }
  await streamTo(path, chunks(), mode);
}

async function streamTo(path: string, chunks: Iterable<string>, mode: number): Promise<void> {
  await atomicWrite(path, (tmp) => pipeline(Readable.from(chunks), createWriteStream(tmp, { flags: 'w' })), mode);
}
