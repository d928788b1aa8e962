/**
 * The code tables of document symbols (số và ký hiệu), loaded from
 * `server/src/data/citation-*.json`, and the lookups the citation rules share.
 * Reference: vi-editorial-rules §1.3–1.11.
 */
import massData from '../../data/citation-mass-organizations.json';
import mixedData from '../../data/citation-mixed-case.json';
import termData from '../../data/citation-na-terms.json';
import partyIssuerData from '../../data/citation-party-issuers.json';
import partyTypeData from '../../data/citation-party-types.json';
import stateAdminData from '../../data/citation-state-admin-types.json';
import stateIssuerData from '../../data/citation-state-issuers.json';
import qpplData from '../../data/citation-state-qppl-types.json';
import typeWordData from '../../data/citation-type-words.json';

export type Confidence = 'high' | 'medium' | 'low';
export type Family = 'party' | 'state' | 'mass' | 'unknown';

interface TypeCodeEntry {
  code: string;
  types: string[];
  confidence: string;
  legacy?: boolean;
}

export const PARTY_TYPES = new Map<string, TypeCodeEntry>(partyTypeData.codes.map((c) => [c.code, c]));
export const STATE_ADMIN_TYPES = new Map<string, TypeCodeEntry>(stateAdminData.codes.map((c) => [c.code, c]));
export const QPPL_TYPES = new Map<string, TypeCodeEntry>(qpplData.codes.map((c) => [c.code, c]));
export const PARTY_ISSUERS = new Map<string, { code: string; body: string; confidence: string; ambiguous?: boolean }>(partyIssuerData.codes.map((c) => [c.code, c]));
export const STATE_ISSUERS = new Map<string, { code: string; body: string; confidence: string; normative?: boolean; ambiguous?: boolean }>(
  stateIssuerData.codes.map((c) => [c.code, c]),
);
const TERM_ISSUER = new RegExp(stateIssuerData.termIssuer);
const MASS_CODES = new Set<string>(massData.codes);
const MASS_PREFIXES: string[] = massData.prefixes;

/** Upper-case form → the fixed mixed-case code (`TTG` → `TTg`). */
export const MIXED_BY_UPPER = new Map<string, { code: string; confidence: Confidence }>(
  mixedData.codes.map((c) => [c.code.toUpperCase(), { code: c.code, confidence: c.confidence as Confidence }]),
);

export interface NaTerm {
  term: number;
  roman: string;
  from: number;
  to: number;
}
export const NA_TERMS: NaTerm[] = termData.terms;

export interface TypeWordEntry {
  word: string;
  codes: string[];
  slots?: string[];
  yearRequired?: boolean;
  noTypeCodeOk?: boolean;
  check?: boolean;
  mismatch?: Record<string, { code: string; wordFix?: boolean }>;
}
export const TYPE_WORDS: TypeWordEntry[] = typeWordData.words as TypeWordEntry[];
const TYPE_WORD_BY_KEY = new Map<string, TypeWordEntry>(TYPE_WORDS.map((w) => [w.word.toLowerCase(), w]));

export function typeWordEntry(written: string): TypeWordEntry | undefined {
  return TYPE_WORD_BY_KEY.get(written.toLowerCase().replace(/\s+/g, ' '));
}

/** `QH14` → {body:'QH', term:14}; `UBTVQH15` → {body:'UBTVQH', term:15}. */
export function termIssuer(code: string): { body: 'QH' | 'UBTVQH'; term: number } | undefined {
  const m = TERM_ISSUER.exec(code);
  return m ? { body: m[1] as 'QH' | 'UBTVQH', term: Number(m[2]) } : undefined;
}

export function isPartyIssuer(code: string): boolean {
  return PARTY_ISSUERS.has(code);
}

export function isStateIssuer(code: string): boolean {
  return STATE_ISSUERS.has(code) || termIssuer(code) !== undefined;
}

/** An issuer code also used outside its family, or an old code (`ĐH`, `CB`, `UB`): order corrections are only suggested. */
export function isAmbiguousIssuer(code: string): boolean {
  return PARTY_ISSUERS.get(code)?.ambiguous === true || STATE_ISSUERS.get(code)?.ambiguous === true;
}

export function isMassOrg(code: string): boolean {
  if (MASS_CODES.has(code)) return true;
  return MASS_PREFIXES.some((p) => code.startsWith(p));
}

export function isTypeCode(code: string): boolean {
  return PARTY_TYPES.has(code) || STATE_ADMIN_TYPES.has(code) || QPPL_TYPES.has(code);
}

export function isStateTypeCode(code: string): boolean {
  return STATE_ADMIN_TYPES.has(code) || QPPL_TYPES.has(code);
}

/** Any code in any table, as written (case-sensitive). */
export function isKnownCode(code: string): boolean {
  return isTypeCode(code) || isPartyIssuer(code) || isStateIssuer(code) || MASS_CODES.has(code);
}

/** The type words naming a code in a family (`CT` → `Chỉ thị`). */
export function typeNamesOf(code: string, family: Family): string[] {
  if (family === 'party') return PARTY_TYPES.get(code)?.types ?? [];
  if (family === 'state') return [...(STATE_ADMIN_TYPES.get(code)?.types ?? []), ...(QPPL_TYPES.get(code)?.types ?? [])];
  return [];
}

/** The National Assembly terms a year can belong to (two for boundary years). */
export function termsOfYear(year: number): number[] {
  return NA_TERMS.filter((t) => year >= t.from && year <= t.to).map((t) => t.term);
}

export function termCovered(year: number): boolean {
  return year >= NA_TERMS[0].from && year <= NA_TERMS[NA_TERMS.length - 1].to;
}

const ROMAN: Record<string, number> = Object.fromEntries(NA_TERMS.map((t) => [t.roman, t.term]));
export function romanTerm(s: string): number | undefined {
  return ROMAN[s.toUpperCase()];
}

export type CodeIssue = 'eth' | 'd' | 'case' | 'mixed' | 'tu';

export interface NormalizedCode {
  norm: string;
  known: boolean;
  issues: CodeIssue[];
  /** The lowest confidence of the corrections made. */
  confidence: Confidence;
}

/** normalizeCode is a pure function of its argument and a draft repeats a few codes: memoized, bounded. */
const normalizedCache = new Map<string, NormalizedCode>();

/**
 * Corrects one letter group of a symbol at character level: `Ð` → `Đ`, `TƯ`/`T.Ư` → `TW`,
 * case (`nq` → `NQ`, `TTG` → `TTg`), `D` for `Đ` (`ND` → `NĐ`, `HDND` → `HĐND`). A group
 * that is not a known code after correction is left as written (except `Ð`).
 * The result is shared between calls and must not be mutated.
 */
export function normalizeCode(raw: string): NormalizedCode {
  let n = normalizedCache.get(raw);
  if (n === undefined) {
    n = computeNormalizedCode(raw);
    if (normalizedCache.size >= 10_000) normalizedCache.clear();
    normalizedCache.set(raw, n);
  }
  return n;
}

function computeNormalizedCode(raw: string): NormalizedCode {
  const issues: CodeIssue[] = [];
  let confidence: Confidence = 'high';
  let s = raw;
  if (/[Ðð]/.test(s)) {
    s = s.replace(/[Ðð]/g, 'Đ');
    issues.push('eth');
  }
  if (/T\.?[Ưư]$/i.test(s)) {
    s = s.replace(/T\.?[Ưư]$/i, 'TW');
    issues.push('tu');
  }
  if (isKnownCode(s)) return { norm: s, known: true, issues, confidence };
  const upper = s.toUpperCase();
  const mixed = MIXED_BY_UPPER.get(upper);
  let cand: string | undefined;
  if (mixed) {
    cand = mixed.code;
    if (mixed.confidence !== 'high') confidence = 'medium';
    if (cand !== s) issues.push(upper === s ? 'mixed' : 'case');
  } else if (isKnownCode(upper)) {
    cand = upper;
    issues.push('case');
  } else {
    const viaD = withStroke(upper);
    if (viaD) {
      cand = viaD;
      if (MIXED_BY_UPPER.get(viaD.toUpperCase())?.confidence === 'medium') confidence = 'medium';
      if (upper !== s) issues.push('case');
      issues.push('d');
    }
  }
  if (cand === undefined) return { norm: s, known: false, issues, confidence };
  return { norm: cand, known: true, issues, confidence };
}

/** The unique known code obtained by writing some `D` of `s` as `Đ`, if any (at most 3 `D`s tried). */
function withStroke(s: string): string | undefined {
  const positions: number[] = [];
  for (let i = 0; i < s.length; i++) if (s[i] === 'D') positions.push(i);
  if (positions.length === 0 || positions.length > 3) return undefined;
  const found: string[] = [];
  for (let mask = 1; mask < 1 << positions.length; mask++) {
    const chars = s.split('');
    positions.forEach((p, k) => {
      if (mask & (1 << k)) chars[p] = 'Đ';
    });
    const c = chars.join('');
    if (isKnownCode(c)) found.push(c);
    else if (MIXED_BY_UPPER.has(c)) found.push(MIXED_BY_UPPER.get(c)!.code);
  }
  return found.length === 1 ? found[0] : undefined;
}
