// Read, validate and resolve fupin.config.json. Returns data; never prints.
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { ConfigSchema, type Config } from './schema.js';
import { fail, type ErrorData } from '../errors.js';
import { KINDS } from '../model/kinds/index.js';
import { RULES } from '../rules/index.js';
import { stripBom } from '../model/text.js';

export interface LoadedConfig {
  config: Config;
  path: string;
  dir: string;
  /** sha256 of the file text, stored with each run */
  text: string;
}

/**
 * Blank out // and /* *\/ comments outside strings, so the starter config can explain itself. Comments become
 * spaces (line breaks kept), so a JSON syntax error's position is still a position in the user's file.
 */
export function stripJsonComments(s: string): string {
  let out = '';
  let i = 0;
  let inStr = false;
  while (i < s.length) {
    const c = s[i];
    if (inStr) {
      out += c;
      if (c === '\\') { out += s[i + 1] ?? ''; i += 2; continue; }
      if (c === '"') inStr = false;
      i++;
    } else if (c === '"') { inStr = true; out += c; i++; }
    else if (c === '/' && s[i + 1] === '/') { while (i < s.length && s[i] !== '\n') { out += blank(s[i]); i++; } }
    else if (c === '/' && s[i + 1] === '*') {
      const e = s.indexOf('*/', i + 2);
      const end = e < 0 ? s.length : e + 2;
      for (; i < end; i++) out += blank(s[i]);
    }
    else { out += c; i++; }
  }
  return out;
}

function blank(c: string): string {
  return c === '\n' || c === '\r' ? c : ' ';
}

/** 1-based line and column of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}

/** JSON.parse with a Chinese message that gives line and column (V8 reports an offset, or nothing at the end). */
export function parseJsonText(text: string): { value: unknown } | { line: number; column: number; near: string } {
  try {
    return { value: JSON.parse(text) };
  } catch (e) {
    const m = /position (\d+)/.exec((e as Error).message);
    const offset = m ? Number(m[1]) : text.trimEnd().length;
    const { line, column } = lineColumn(text, offset);
    const near = (text.split('\n')[line - 1] ?? '').trim().slice(0, 60);
    return { line, column, near };
  }
}

/** The value the user wrote, for a message (config values are settings, not personal data). */
function shown(v: unknown): string {
  const t = typeof v === 'string' ? `"${v}"` : JSON.stringify(v) ?? String(v);
  return t.length > 40 ? t.slice(0, 40) + '…' : t;
}

function pathText(p: readonly PropertyKey[]): string {
  return p.length ? p.map((k) => (typeof k === 'number' ? `[${k}]` : `.${String(k)}`)).join('').replace(/^\./, '') : '（根）';
}

const TYPE_ZH: Record<string, string> = {
  string: '文字', number: '数字', boolean: 'true/false', array: '数组 [...]', object: '对象 {...}', null: 'null', undefined: '缺失',
};

/** One Chinese line per zod issue, naming the key path. */
export function formatZodIssues(issues: z.core.$ZodIssue[]): string[] {
  return issues.map((i) => {
    const where = pathText(i.path);
    switch (i.code) {
      case 'unrecognized_keys':
        return `${where}：不认识的配置项 ${i.keys.map((k) => `"${k}"`).join('、')}（是否拼写错误？）`;
      case 'invalid_type': {
        const exp = TYPE_ZH[i.expected as string] ?? String(i.expected);
        // zod reports the offending value only when asked (reportInput); absent means the key is missing.
        return 'input' in i && i.input !== undefined
          ? `${where}：取值 ${shown(i.input)} 不对，应为${exp}`
          : `${where}：缺少此项，应为${exp}`;
      }
      case 'invalid_value':
        return `${where}：${'input' in i ? `取值 ${shown(i.input)} 不对，` : ''}应为 ${i.values.map((v) => JSON.stringify(v)).join(' / ')} 之一`;
      case 'too_small':
        return `${where}：${'input' in i && !Array.isArray(i.input) ? `取值 ${shown(i.input)} 不对，` : ''}${i.origin === 'array' ? `至少需要 ${String(i.minimum)} 项` : i.origin === 'string' ? '不能为空' : `不能小于 ${String(i.minimum)}`}`;
      case 'too_big':
        return `${where}：${'input' in i && !Array.isArray(i.input) ? `取值 ${shown(i.input)} 不对，` : ''}不能大于 ${String(i.maximum)}`;
      case 'invalid_union':
        return `${where}：取值格式不对`;
      default:
        return `${where}：${'input' in i && i.input !== undefined && typeof i.input !== 'object' ? `取值 ${shown(i.input)} 不对，` : ''}${/[\u4e00-\u9fa5]/.test(i.message) ? i.message : '取值不对'}`;
    }
  });
}

export function parseConfig(raw: unknown, where: string): Config {
  const res = ConfigSchema.safeParse(raw, { reportInput: true });
  if (!res.success) {
    throw fail('CONFIG_INVALID', { file: where, issues: formatZodIssues(res.error.issues) });
  }
  const cfg = res.data;
  const fields: ErrorData['CONFIG_UNKNOWN_FIELD']['fields'] = [];
  cfg.sources.forEach((s, i) => {
    const available = KINDS[s.kind].fields.map((f) => f.name);
    for (const k of Object.keys(s.columns ?? {})) {
      if (!available.includes(k)) fields.push({ source: i, kind: s.kind, field: k, available });
    }
  });
  if (fields.length) throw fail('CONFIG_UNKNOWN_FIELD', { file: where, fields });
  // rules.disabled: the engine's codes, compared as the engine compares them (trimmed, upper case).
  const codes = RULES.map((r) => r.code);
  cfg.rules.disabled = cfg.rules.disabled.map((d) => d.trim().toUpperCase());
  const unknown = cfg.rules.disabled.filter((d) => !codes.includes(d));
  if (unknown.length) throw fail('CONFIG_UNKNOWN_RULE', { file: where, codes: unknown, available: codes });
  return cfg;
}

export function loadConfig(file: string): LoadedConfig {
  const abs = path.resolve(file);
  let text: string;
  try {
    text = fs.readFileSync(abs, 'utf8');
  } catch {
    throw fail('CONFIG_NOT_FOUND', { file });
  }
  const parsed = parseJsonText(stripJsonComments(stripBom(text)));
  if (!('value' in parsed)) {
    throw fail('CONFIG_SYNTAX', { file: path.basename(file), line: parsed.line, column: parsed.column, near: parsed.near });
  }
  return { config: parseConfig(parsed.value, path.basename(file)), path: abs, dir: path.dirname(abs), text };
}



export function substitute(template: string, period: string): string {
  return template.replaceAll('{period}', period);
}
