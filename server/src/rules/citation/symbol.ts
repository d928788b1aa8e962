/**
 * Tolerant scanner for document symbols (`57-NQ/TW`, `30/2020/NĐ-CP`, `59/2020/QH14`)
 * as journalists type them: look-alike dashes and slashes, spaces around
 * separators, a missing hyphen (`18 NQ/TW`), lower case, `Ð`/`D` for `Đ`,
 * `TƯ`/`T.Ư`, `QH-14`. It works by hand, one bounded step at a time: every
 * attempt reads at most a few dozen characters, so a scan is linear.
 */
import { charClass } from '../../engine/scan.js';
import { isKnownCode, normalizeCode, romanTerm, type CodeIssue, type Confidence } from './codes.js';

export type SepChar = '-' | '/' | '_' | ' ';
export type SepIssue = 'lookalike' | 'space' | 'missing-hyphen' | 'invisible';

export interface SymbolSep {
  start: number;
  end: number;
  /** As written (spaces included). */
  raw: string;
  /** The separator character it stands for. */
  char: SepChar;
  issues: SepIssue[];
}

export interface SymbolGroup {
  start: number;
  end: number;
  raw: string;
  kind: 'year' | 'code';
  /** Character-level corrected form (`nq` → `NQ`, `ND` → `NĐ`, `QH-14` → `QH14`). */
  norm: string;
  /** The corrected code is in one of the tables. */
  known: boolean;
  issues: (CodeIssue | 'term')[];
  confidence: Confidence;
}

export interface SymbolItem {
  sep: SymbolSep;
  group: SymbolGroup;
}

export interface ScannedSymbol {
  start: number;
  end: number;
  raw: string;
  number: { start: number; end: number; text: string };
  items: SymbolItem[];
}

const DASHES = new Set(['-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE58', '\uFE63', '\uFF0D']);
const SLASHES = new Set(['/', '\u2044', '\u2215', '\uFF0F', '\u29F8']);
const SPACES = new Set([' ', '\t', '\u00a0', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2007', '\u2008', '\u2009', '\u200a', '\u202f']);
const INVISIBLE = new Set(['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff']);
/** Letters that can occur in a symbol (Đ and its look-alikes; Ư only in `TƯ`). */
const CODE_LETTER_RE = /^[A-Za-zĐđÐðƯư]$/;
const isCodeLetter = charClass(CODE_LETTER_RE);
const CODE_LETTER = { test: (c: string) => isCodeLetter(c) };
const ANY_LETTER = /[\p{L}\p{M}]/u;

const MAX_ITEMS = 8;
const MAX_GROUP = 20;

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}
const isAnyLetter = charClass(ANY_LETTER);
function isLetterCh(c: string | undefined): boolean {
  return c !== undefined && isAnyLetter(c);
}

export interface ScanOptions {
  /** Allow all-lower-case groups and a space in place of the first hyphen (after a type word). */
  tolerant: boolean;
}

/**
 * Reads a symbol starting at `pos` (a digit) in `s`. Returns undefined when there
 * is no letter group after the number (`8/8`, `2020-2025`, `12/3A`).
 */
export function scanSymbol(s: string, pos: number, opts: ScanOptions): ScannedSymbol | undefined {
  // number: 1–4 digits, optional `.d{1,2}` when a slash follows (66.7/2025/NQ-CP)
  let i = pos;
  while (i < s.length && isDigit(s[i]) && i - pos < 5) i++;
  const digits = i - pos;
  if (digits === 0 || digits > 4) return undefined;
  if (s[i] === '.' && isDigit(s[i + 1])) {
    let j = i + 1;
    while (isDigit(s[j]) && j - i <= 3) j++;
    if (j - i - 1 <= 2 && SLASHES.has(s[j])) i = j;
  }
  if (isLetterCh(s[i]) || (s[i] === '.' && isDigit(s[i + 1]))) return undefined;
  const numberEnd = i;
  const items: SymbolItem[] = [];
  let end = i;
  while (items.length < MAX_ITEMS) {
    const sep = readSep(s, end);
    if (!sep) break;
    if (sep.char === ' ' && (items.length > 0 || !opts.tolerant)) break;
    const group = readGroup(s, sep.end, items.length === 0);
    if (!group) break;
    if (group.kind === 'year' && items.length > 0) break;
    const spaced = sep.issues.includes('space') || sep.char === ' ';
    if (group.kind === 'code') {
      const lowerOnly = group.raw === group.raw.toLowerCase();
      if (lowerOnly && (!opts.tolerant || !group.known)) break;
      if (spaced && (!group.known || lowerOnly) && sep.char !== '/') break;
      if (sep.char === ' ') {
        // `18 NQ/TW`: only before a slash
        const after = readSep(s, group.end);
        if (!after || after.char !== '/') break;
      }
      if (sep.char === '_' && !opts.tolerant) break;
    }
    items.push({ sep, group });
    end = group.end;
  }
  // trailing year groups alone are not symbols (`30/2020`)
  while (items.length && items[items.length - 1].group.kind === 'year') items.pop();
  if (items.length === 0) return undefined;
  // spaces are tolerated only in something that has the slash of a real symbol (`57 - NQ/TW`, not `123 - UBND tỉnh`)
  if (!items.some((it) => it.sep.char === '/') && items.some((it) => it.sep.char === ' ' || it.sep.issues.includes('space'))) return undefined;
  end = items[items.length - 1].group.end;
  // made only for a symbol: most digits scanned are not one
  const number = { start: pos, end: numberEnd, text: s.slice(pos, numberEnd) };
  return { start: pos, end, raw: s.slice(pos, end), number, items };
}

function isSpaceOrInvisible(c: string | undefined): boolean {
  return c !== undefined && (SPACES.has(c) || INVISIBLE.has(c));
}

/** Index of a dash, slash or underscore after at most 3 spaces/invisible characters at `at`, or -1. */
function strictSepAt(s: string, at: number): number {
  let i = at;
  while (i - at < 3 && isSpaceOrInvisible(s[i])) i++;
  const c = s[i];
  if (c === undefined || !(DASHES.has(c) || SLASHES.has(c) || c === '_')) return -1;
  return i;
}

/** Index after at most 3 spaces/invisible characters at `at`. */
function skipSepSpaces(s: string, at: number): number {
  let i = at;
  while (i - at < 3 && isSpaceOrInvisible(s[i])) i++;
  return i;
}

/**
 * Cheap necessary condition for `scanSymbol(s, pos, { tolerant: false })` to find a
 * symbol, without allocating: the number is followed by a dash, slash or underscore
 * (after at most a few spaces) and then by a code letter, or by a 4-digit year that is
 * itself followed by such a separator and a code letter. When it returns false,
 * scanSymbol would return undefined.
 */
export function mayStartStrictSymbol(s: string, pos: number): boolean {
  let i = pos;
  while (i < s.length && isDigit(s[i]) && i - pos < 5) i++;
  const digits = i - pos;
  if (digits === 0 || digits > 4) return false;
  if (s[i] === '.' && isDigit(s[i + 1])) {
    let j = i + 1;
    while (isDigit(s[j]) && j - i <= 3) j++;
    if (j - i - 1 <= 2 && SLASHES.has(s[j])) i = j;
  }
  for (let round = 0; round < 2; round++) {
    const sep = strictSepAt(s, i);
    if (sep < 0) return false;
    const g = skipSepSpaces(s, sep + 1);
    const c = s[g];
    if (c !== undefined && isCodeLetter(c)) return true;
    if (round === 1 || !isDigit(c)) return false;
    let j = g;
    while (isDigit(s[j]) && j - g < 5) j++;
    if (j - g !== 4) return false;
    i = j;
  }
  return false;
}

function readSep(s: string, at: number): SymbolSep | undefined {
  let i = at;
  const issues: SepIssue[] = [];
  let before = 0;
  while (i < s.length && before < 3 && (SPACES.has(s[i]) || INVISIBLE.has(s[i]))) {
    if (INVISIBLE.has(s[i]) && !issues.includes('invisible')) issues.push('invisible');
    i++;
    before++;
  }
  const c = s[i];
  let char: SepChar | undefined;
  if (c !== undefined && DASHES.has(c)) {
    char = '-';
    if (c !== '-') issues.push('lookalike');
  } else if (c !== undefined && SLASHES.has(c)) {
    char = '/';
    if (c !== '/') issues.push('lookalike');
  } else if (c === '_') char = '_';
  if (char === undefined) {
    if (before === 0 || before > 2) return undefined;
    // a space alone stands for a missing hyphen (only plain spaces)
    if (issues.includes('invisible')) return undefined;
    return { start: at, end: i, raw: s.slice(at, i), char: ' ', issues: ['missing-hyphen'] };
  }
  i++;
  let after = 0;
  while (i < s.length && after < 3 && (SPACES.has(s[i]) || INVISIBLE.has(s[i]))) {
    if (INVISIBLE.has(s[i]) && !issues.includes('invisible')) issues.push('invisible');
    i++;
    after++;
  }
  if (before > 2 || after > 2) return undefined;
  let visibleSpaces = false;
  for (let k = at; k < i; k++) {
    if (SPACES.has(s[k])) {
      visibleSpaces = true;
      break;
    }
  }
  if (visibleSpaces) issues.push('space');
  // `issues` holds each issue once, in order of first occurrence (as a Set would)
  return { start: at, end: i, raw: s.slice(at, i), char, issues };
}

function readGroup(s: string, at: number, first: boolean): SymbolGroup | undefined {
  const c = s[at];
  if (isDigit(c)) {
    let i = at;
    while (isDigit(s[i]) && i - at < 5) i++;
    if (i - at !== 4 || !first) return undefined;
    if (isLetterCh(s[i]) || isDigit(s[i])) return undefined;
    const year = Number(s.slice(at, i));
    if (year < 1945 || year > 2099) return undefined;
    const raw = s.slice(at, i);
    return { start: at, end: i, raw, kind: 'year', norm: raw, known: true, issues: [], confidence: 'high' };
  }
  if (!c || !CODE_LETTER.test(c)) return undefined;
  let i = at;
  while (i < s.length && i - at <= MAX_GROUP) {
    const ch = s[i];
    if (CODE_LETTER.test(ch)) {
      i++;
      continue;
    }
    // `T.Ư`
    if (ch === '.' && i - at === 1 && (s[at] === 'T' || s[at] === 't') && /[ƯưWw]/.test(s[i + 1] ?? '')) {
      i += 1;
      continue;
    }
    break;
  }
  if (i - at > MAX_GROUP) return undefined;
  if (isLetterCh(s[i])) return undefined; // a Vietnamese word, not a code
  let letters = s.slice(at, i);
  if (/[Ưư]/.test(letters) && !/^T\.?[Ưư]$/i.test(letters) && !/T\.?[Ưư]$/i.test(letters)) return undefined;
  let end = i;
  const issues: SymbolGroup['issues'] = [];
  let termNorm: string | undefined;
  if (/QH$/i.test(letters)) {
    // QH14, QH-14, QH.14, QH 14, QH XIV
    if (isDigit(s[i])) {
      let j = i;
      while (isDigit(s[j]) && j - i < 3) j++;
      if (j - i > 2 || isLetterCh(s[j])) return undefined;
      termNorm = s.slice(i, j);
      end = j;
    } else if ((s[i] === '-' || s[i] === '.' || s[i] === ' ') && (isDigit(s[i + 1]) || /[XVI]/.test(s[i + 1] ?? ''))) {
      let j = i + 1;
      if (isDigit(s[j])) {
        while (isDigit(s[j]) && j - i < 4) j++;
        const t = s.slice(i + 1, j);
        if (t.length === 2 && !isLetterCh(s[j]) && !isDigit(s[j]) && !(s[j] === '/' && isDigit(s[j + 1]))) {
          termNorm = t;
          end = j;
          issues.push('term');
        }
      } else {
        while (/[XVI]/.test(s[j] ?? '') && j - i < 6) j++;
        const r = romanTerm(s.slice(i + 1, j));
        if (r !== undefined && !isLetterCh(s[j]) && !isDigit(s[j])) {
          termNorm = String(r);
          end = j;
          issues.push('term');
        }
      }
    }
  } else if (isDigit(s[i])) return undefined;
  letters = letters.replace(/^([Tt])\.([Ww])$/, '$1$2');
  const n = normalizeCode(letters);
  const norm = termNorm !== undefined ? n.norm.toUpperCase() + termNorm : n.norm;
  const known = termNorm !== undefined ? /^(UBTV)?QH$/.test(n.norm.toUpperCase()) : n.known;
  if (termNorm !== undefined && n.norm !== n.norm.toUpperCase()) issues.push('case');
  // `UBTVQH 15`: the term digits may also be read as a separate number (§1.13 #37, MEDIUM)
  const confidence = issues.includes('term') && /^UBTVQH$/i.test(letters) ? 'medium' : n.confidence;
  return { start: at, end, raw: s.slice(at, end), kind: 'code', norm, known: known || isKnownCode(norm), issues: [...n.issues, ...issues], confidence };
}
