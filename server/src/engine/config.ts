import Ajv, { type ErrorObject } from 'ajv';
import { findNodeAtLocation, parse, parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import schema from '../../../schemas/bientap.schema.json';
import type { PartialSettings } from './settings.js';

/** A problem in a configuration file, with its place (1-based line and column). */
export interface ConfigProblem {
  file: string;
  line: number;
  column: number;
  message: string;
}

export interface ParsedConfig {
  settings?: PartialSettings;
  problems: ConfigProblem[];
}

let validator: ReturnType<Ajv['compile']> | undefined;
function validate(value: unknown): ErrorObject[] {
  validator ??= new Ajv({ allErrors: true, strict: false }).compile(schema);
  return validator(value) ? [] : (validator.errors ?? []);
}

/**
 * Reads `.bientap.json` text: JSON with comments and trailing commas allowed,
 * validated against the schema that ships with the package. Never throws; a
 * bad file yields problems naming the place and the fault, and no settings.
 */
export function parseConfig(text: string, file: string, knownRules?: ReadonlySet<string>): ParsedConfig {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const errors: ParseError[] = [];
  const value = parse(body, errors, { allowTrailingComma: true, disallowComments: false });
  const where = (offset: number) => lineColumn(body, offset);
  if (errors.length > 0) {
    return {
      problems: errors.slice(0, 1).map((e) => ({ file, ...where(e.offset), message: `JSON không hợp lệ (invalid JSON): ${describeParseError(printParseErrorCode(e.error))}` })),
    };
  }
  if (value === undefined || value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { problems: [{ file, line: 1, column: 1, message: 'Tệp cấu hình phải là một đối tượng JSON (the configuration must be a JSON object)' }] };
  }
  const tree = parseTree(body);
  const problems: ConfigProblem[] = [];
  for (const err of dedupeErrors(validate(value))) {
    const path = err.instancePath.split('/').slice(1).map((p) => (/^\d+$/.test(p) ? Number(p) : p.replace(/~1/g, '/').replace(/~0/g, '~')));
    const extraKey = err.keyword === 'additionalProperties' ? String(err.params.additionalProperty) : undefined;
    const node = tree ? findNodeAtLocation(tree, extraKey ? [...path, extraKey] : path) : undefined;
    const offset = extraKey && node?.parent ? node.parent.offset : (node?.offset ?? 0);
    problems.push({ file, ...where(offset), message: describeSchemaError(err, path) });
  }
  if (problems.length === 0 && knownRules) {
    const rules = (value as PartialSettings).rules ?? {};
    for (const id of Object.keys(rules)) {
      const family = id.endsWith('/*') ? id.slice(0, -2) : undefined;
      const known = family ? [...knownRules].some((r) => r.startsWith(`${family}/`)) : knownRules.has(id);
      if (!known) {
        const node = tree ? findNodeAtLocation(tree, ['rules', id]) : undefined;
        problems.push({ file, ...where(node?.parent?.offset ?? 0), message: `quy tắc không tồn tại (unknown rule) "${id}"` });
      }
    }
  }
  if (problems.length > 0) return { problems };
  return { settings: value as PartialSettings, problems };
}

export function formatProblem(p: ConfigProblem): string {
  return `${p.file}:${p.line}:${p.column}: ${p.message}`;
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function describeParseError(code: string): string {
  const map: Record<string, string> = {
    InvalidSymbol: 'ký tự không hợp lệ (invalid symbol)',
    InvalidNumberFormat: 'số không hợp lệ (invalid number)',
    PropertyNameExpected: 'thiếu tên thuộc tính (property name expected)',
    ValueExpected: 'thiếu giá trị (value expected)',
    ColonExpected: 'thiếu dấu hai chấm (colon expected)',
    CommaExpected: 'thiếu dấu phẩy (comma expected)',
    CloseBraceExpected: 'thiếu dấu } (closing brace expected)',
    CloseBracketExpected: 'thiếu dấu ] (closing bracket expected)',
    EndOfFileExpected: 'thừa nội dung sau cuối (end of file expected)',
    UnexpectedEndOfString: 'chuỗi chưa đóng (unterminated string)',
    UnexpectedEndOfComment: 'chú thích chưa đóng (unterminated comment)',
    UnexpectedEndOfNumber: 'số chưa đầy đủ (unexpected end of number)',
    InvalidUnicode: 'mã Unicode không hợp lệ (invalid unicode escape)',
    InvalidEscapeCharacter: 'ký tự thoát không hợp lệ (invalid escape character)',
    InvalidCharacter: 'ký tự không hợp lệ (invalid character)',
  };
  return map[code] ?? code;
}

/** `anyOf`/`enum` failures produce several errors for one place; keep the most useful one per path. */
function dedupeErrors(errors: ErrorObject[]): ErrorObject[] {
  const seen = new Set<string>();
  const out: ErrorObject[] = [];
  for (const e of errors) {
    const key = `${e.instancePath}|${e.keyword === 'additionalProperties' ? e.params.additionalProperty : ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(e);
  }
  return out;
}

function describeSchemaError(err: ErrorObject, path: (string | number)[]): string {
  const at = path.length ? `"${path.join('.')}"` : 'tệp cấu hình (the configuration)';
  switch (err.keyword) {
    case 'additionalProperties':
      return `${path.length ? `${at}: ` : ''}thuộc tính không được hỗ trợ (unknown property) "${err.params.additionalProperty}"`;
    case 'enum':
      return `${at} phải là một trong (must be one of) ${(err.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'type':
      return `${at} phải có kiểu (must be of type) ${err.params.type}`;
    case 'required':
      return `${at}: thiếu thuộc tính bắt buộc (missing required property) "${err.params.missingProperty}"`;
    case 'propertyNames':
      return `${at}: tên không hợp lệ (invalid name) "${err.params.propertyName}"`;
    case 'pattern':
      return `${at} không đúng dạng (does not match) ${err.params.pattern}`;
    default:
      return `${at} ${err.message ?? 'không hợp lệ (invalid)'}`;
  }
}
