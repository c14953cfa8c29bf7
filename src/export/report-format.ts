// Text helpers of the HTML report: escaping, redaction of personal data, number and date formatting,
// and a rough text-width estimate for laying out SVG labels without a browser. Pure.

/** Escape text for HTML element content and quoted attribute values (also valid inside inline SVG). */
export function esc(s: string | number): string {
  return String(s)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

// A run of 15+ digits (half- or full-width), optionally ending in X: anything that may be an ID number.
const ID_LIKE = /[0-9\uFF10-\uFF19]{14,}[0-9\uFF10-\uFF19XxＸｘ]/g;

export const ID_REDACTED = '[号码已隐去]';
export const NAME_REDACTED = '[姓名已隐去]';

/**
 * Remove personal data from a free text (warnings, skip reasons, file names) before it goes into
 * the report: ID-like numbers are removed entirely (not just masked), and any of `names` (2+ chars)
 * is replaced. The report is aggregate only; this is defence in depth against upstream texts.
 */
export function redact(s: string, names: ReadonlySet<string> = new Set()): string {
  const out = s.replace(ID_LIKE, ID_REDACTED);
  if (names.size === 0) return out;
  // Scan the text for names (longest match first) instead of testing every name: the set may hold
  // hundreds of thousands of names, a text only a few dozen characters.
  const maxLen = maxLengthOf(names);
  let res = '';
  for (let i = 0; i < out.length; ) {
    let hit = 0;
    for (let len = Math.min(maxLen, out.length - i); len >= 2; len--) {
      if (names.has(out.slice(i, i + len))) {
        hit = len;
        break;
      }
    }
    if (hit) {
      res += NAME_REDACTED;
      i += hit;
    } else {
      res += out[i];
      i++;
    }
  }
  return res;
}

const maxLengths = new WeakMap<ReadonlySet<string>, number>();

function maxLengthOf(names: ReadonlySet<string>): number {
  let m = maxLengths.get(names);
  if (m === undefined) {
    m = 0;
    for (const n of names) m = Math.max(m, n.length);
    maxLengths.set(names, m);
  }
  return m;
}

/** Collect the person names carried by findings (for {@link redact}); names shorter than 2 chars are ignored. */
export function namesOf(findings: Iterable<{ headName: string | null; name: string | null; memberNames: string[] }>): Set<string> {
  const names = new Set<string>();
  const add = (n: string | null | undefined) => {
    const t = (n ?? '').trim();
    // 2+ characters; longer than 40 is not a name (and would only slow the scan down)
    if (t.length >= 2 && t.length <= 40) names.add(t);
  };
  for (const f of findings) {
    add(f.headName);
    add(f.name);
    for (const m of f.memberNames) add(m);
  }
  return names;
}

/** Integer with thousands separators (deterministic, independent of the ICU build). */
export function fmtInt(n: number): string {
  const neg = n < 0;
  const s = String(Math.round(Math.abs(n)));
  return (neg ? '−' : '') + s.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Share as a percentage with one decimal ("3.2%"); "—" when the denominator is 0. */
export function fmtPct(part: number, whole: number): string {
  if (!whole) return '—';
  return `${((part / whole) * 100).toFixed(1)}%`;
}

/** Signed change for "较上月" lines. */
export function fmtDelta(d: number): string {
  if (d === 0) return '与上月持平';
  return `较上月 ${d > 0 ? '+' : '−'}${fmtInt(Math.abs(d))}`;
}

/** "2025-06" → "2025年6月"; anything else unchanged. */
export function periodLabel(period: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  return m ? `${m[1]}年${Number(m[2])}月` : period;
}

/** "2025-06" → { year: "2025年", month: "6月" } for axis labels; null when not YYYY-MM. */
export function periodParts(period: string): { year: string; month: string; monthNo: number } | null {
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  return m ? { year: `${m[1]}年`, month: `${Number(m[2])}月`, monthNo: Number(m[2]) } : null;
}

/** "2025-06-30" → "2025年6月30日"; anything else unchanged. */
export function dateLabel(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : date;
}

/**
 * An ISO timestamp as China Standard Time (UTC+8, no DST), "2025-07-01 16:05"; the raw text when it
 * does not parse. Fixed offset so the report reads the same whatever the machine's time zone.
 */
export function timestampLabel(iso: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  const d = new Date(t + 8 * 3600_000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}`;
}

/** Estimated rendered width in em: CJK and full-width characters 1, narrow characters about 0.58. */
export function textWidthEm(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    if (c >= 0x2e80 || (c >= 0x1100 && c <= 0x115f)) w += 1;
    else if (/[A-Z0-9]/.test(ch)) w += 0.64;
    else if (/[ilj.,:;'|!()[\]{}]/.test(ch)) w += 0.32;
    else w += 0.56;
  }
  return w;
}

/** Cut `s` to at most `maxEm` estimated width, ending in "…" when cut. */
export function truncateEm(s: string, maxEm: number): string {
  if (textWidthEm(s) <= maxEm) return s;
  const chars = Array.from(s);
  let out = '';
  for (const ch of chars) {
    if (textWidthEm(out + ch) > maxEm - 1) break;
    out += ch;
  }
  return `${out}…`;
}

/** Round an SVG coordinate to one decimal (short output; no long digit runs in the file). */
export function r1(n: number): string {
  const v = Math.round(n * 10) / 10;
  return Object.is(v, -0) ? '0' : String(v);
}
