/**
 * Finds document citations once per draft (shared by the `citation/*` rules and,
 * later, by the registry of central documents and hovers):
 *
 * - a type word (`Nghị quyết`, `Quyết định`, … any case), optionally `số`/`số:`,
 *   then a number and a symbol read by the tolerant scanner (`symbol.ts`);
 * - standalone symbols that clearly are symbols (a known type code and a known
 *   issuer code, or a law number `59/2020/QH14`).
 *
 * For each citation: spans of the type word, `số`, number and symbol; the parsed
 * parts (number, year, type code, issuer codes, family); the date that follows
 * (`ngày 5-8-2020`, `ngày 05/3/2020`, `ngày 5 tháng 8 năm 2020`, optional comma);
 * the issuer phrase after `của`. Regexes run on `ctx.prose`; every step is bounded.
 */
import type { Analysis, RuleContext } from '../../engine/context.js';
import {
  isAmbiguousIssuer,
  isMassOrg,
  isPartyIssuer,
  isStateIssuer,
  isStateTypeCode,
  normalizeCode,
  PARTY_TYPES,
  termIssuer,
  TYPE_WORDS,
  typeWordEntry,
  type Family,
  type TypeWordEntry,
} from './codes.js';
import { charClass } from '../../engine/scan.js';
import { Interner } from '../../engine/intern.js';
import { isLetterCode } from '../../engine/vietnamese.js';
import { mayStartStrictSymbol, scanSymbol, type ScannedSymbol, type SepChar, type SymbolGroup } from './symbol.js';

export type { Family, TypeWordEntry } from './codes.js';
export type { ScannedSymbol, SepChar, SymbolGroup, SymbolItem, SymbolSep } from './symbol.js';

export interface Span {
  start: number;
  end: number;
}

export interface TextSpan extends Span {
  text: string;
}

export interface ParsedSymbol extends ScannedSymbol {
  /** The year group (`2020` in `30/2020/NĐ-CP`). */
  year?: SymbolGroup;
  /** Letter groups in order, character-corrected in `.norm`. */
  codes: SymbolGroup[];
  /** Decided by EXACT issuer-code match (§1.5); `mass` for mass organizations. */
  family: Family;
  /**
   * Finer kind: `party`; `law` (laws, codes, ordinances, National Assembly and NASC
   * resolutions: a QH/UBTVQH<term> issuer); `normative` (a year in the number:
   * `30/2020/NĐ-CP`); `admin` (other State symbols: `977/QĐ-TTg`, `73/TTg-CN`); `mass`; `unknown`.
   */
  kind: 'party' | 'law' | 'normative' | 'admin' | 'mass' | 'unknown';
  /** Normalized type code (`NQ`), when the symbol has one. */
  typeCode?: string;
  /** Index in `codes` of the type code. */
  typeIndex?: number;
  /** Normalized issuer codes (first issuer, joint issuers, units). */
  issuers: string[];
  /** `QH<term>` / `UBTVQH<term>` issuer, when present. */
  term?: { body: 'QH' | 'UBTVQH'; term: number; group: SymbolGroup };
  /** Separators the family requires, one per item (undefined when the shape is not decided). */
  expectedSeps?: SepChar[];
  /** Written separators, with a space standing for a hyphen. */
  writtenSeps: SepChar[];
  /** Separators in the wrong order or of the wrong kind (not counting URL forms). */
  orderWrong: boolean;
  /** File-name/URL form leaked into prose: a year and no slash (`30-2020-NĐ-CP`). */
  urlForm: boolean;
  /** Type code and issuer swapped (`123/UBND-QĐ`). */
  swapped: boolean;
  /** A type code and an issuer written as one group (`TTBNV`, `NĐCP`). */
  glued?: { group: SymbolGroup; type: string; issuer: string };
  /** A year after the symbol (`57-NQ/TW/2024`). */
  trailingYear?: Span & { year: number };
  /** How sure the corrected order is (MEDIUM for joint symbols with mass organizations, §1.13 #30). */
  orderConfidence: 'high' | 'medium';
  /** A hyphen right after the symbol (`TT-BNV-`). */
  trailingHyphen?: Span;
  /** Character-level corrected text, written structure kept. */
  normalized: string;
  /** Fully corrected text when the structure is decided. */
  canonical?: string;
  /** Comparison key for "the same document": canonical or normalized. */
  key: string;
}

export interface CitationDate extends Span {
  /** The date itself, without `ngày`. */
  dateStart: number;
  day: number;
  month: number;
  year: number;
  /** A real calendar day. */
  valid: boolean;
  /** `dash`, `slash`, `dot` or `words`. */
  form: 'dash' | 'slash' | 'dot' | 'words';
  /** A comma between the symbol and `ngày`. */
  comma: boolean;
  /** Right after the symbol (false: after the issuer phrase, `… của Bộ Chính trị ngày …`, which may be another event's date). */
  direct: boolean;
}

export interface Citation extends Span {
  /** Introduced by a type word, or a standalone symbol. */
  standalone: boolean;
  typeWord?: TextSpan & { entry: TypeWordEntry };
  /** `số` (and its colon). */
  numberWord?: TextSpan & { colon?: Span };
  /** The running number (`57`, `66.7`). */
  number: TextSpan;
  /** Undefined for number-only citations (`Nghị quyết 57`, `Nghị định 30/2020`). */
  symbol?: ParsedSymbol;
  date?: CitationDate;
  /** The issuer phrase after `của` (`Bộ Chính trị khóa XI`). */
  issuer?: TextSpan;
}

export interface CitationsResult {
  citations: Citation[];
}

const SP = '[ \\u00a0]';

function wordPattern(word: string): string {
  return word
    .split(' ')
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join(`${SP}{1,2}`);
}

const TYPE_WORD_SOURCE =
  `(?<![\\p{L}\\p{N}])(${TYPE_WORDS.map((w) => wordPattern(w.word)).join('|')})` +
  `(?:${SP}{1,3}(số)(?:${SP}{0,2}(:))?${SP}{0,3}|${SP}{1,3})(?=\\d)`;
/**
 * Tried only where it can match (sticky): at a character that can open a type
 * word (first letters, any case) not preceded by an ASCII letter or digit.
 * Trying the whole alternation with its lookbehind at every position was one
 * of the costliest steps of a check.
 */
const TYPE_WORD_RE = new RegExp(TYPE_WORD_SOURCE, 'iuy');
const TYPE_WORD_FIRST_RE = new RegExp(`^(?:${[...new Set(TYPE_WORDS.map((w) => w.word[0]))].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'iu');
/** Per code unit: 0 unknown, 1 can open a type word, 2 cannot. */
const TYPE_WORD_FIRST = new Uint8Array(0x10000);

function canOpenTypeWord(c: number): boolean {
  let f = TYPE_WORD_FIRST[c];
  if (f === 0) TYPE_WORD_FIRST[c] = f = (c < 0xd800 || c > 0xdfff) && TYPE_WORD_FIRST_RE.test(String.fromCharCode(c)) ? 1 : 2;
  return f === 1;
}

/** First two characters of some type word (any case): `(c1 << 16) | c2` → yes/no, filled lazily. */
const TYPE_WORD_PAIR_RE = new RegExp(`^(?:${[...new Set(TYPE_WORDS.map((w) => w.word.slice(0, 2)))].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})$`, 'iu');
const typeWordPairs = new Map<number, boolean>();

function pairOpensTypeWord(s: string, i: number): boolean {
  const key = s.charCodeAt(i) * 0x10000 + (s.charCodeAt(i + 1) | 0);
  let ok = typeWordPairs.get(key);
  if (ok === undefined) {
    ok = TYPE_WORD_PAIR_RE.test(s.slice(i, i + 2));
    if (typeWordPairs.size < 100_000) typeWordPairs.set(key, ok);
  }
  return ok;
}

/**
 * The first syllable of a type word is a run of letters followed by a space or
 * no-break space (the pattern continues with one): the whole run must be the
 * first syllable of some type word, under the regex's own case folding.
 */
const FIRST_SYLLABLE_RE = new RegExp(`^(?:${[...new Set(TYPE_WORDS.map((w) => w.word.split(' ')[0]))].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})$`, 'iu');
const FIRST_SYLLABLE_MAX = Math.max(...TYPE_WORDS.map((w) => w.word.split(' ')[0].length));
const firstSyllables = new Interner<boolean>(1 << 12, FIRST_SYLLABLE_MAX);

function firstSyllableAt(s: string, i: number): boolean {
  let j = i;
  while (j < s.length && j - i <= FIRST_SYLLABLE_MAX && isLetterCode(s.charCodeAt(j))) j++;
  if (j - i > FIRST_SYLLABLE_MAX) return false;
  const after = s.charCodeAt(j);
  if (after !== 32 && after !== 0xa0) return false;
  const slot = firstSyllables.slot(s, i, j);
  let ok = firstSyllables.value(slot);
  if (ok === undefined) firstSyllables.setValue(slot, (ok = FIRST_SYLLABLE_RE.test(firstSyllables.string(slot))));
  return ok;
}

/** The next type-word match at or after `from` (the same match the global regex would find). */
function nextTypeWord(prose: string, from: number): RegExpExecArray | null {
  const n = prose.length;
  for (let i = from; i < n; i++) {
    if (!canOpenTypeWord(prose.charCodeAt(i)) || !pairOpensTypeWord(prose, i) || !firstSyllableAt(prose, i)) continue;
    if (i > 0) {
      const p = prose.charCodeAt(i - 1);
      // ASCII letters and digits cannot precede (the lookbehind); others are left to the regex
      if ((p >= 97 && p <= 122) || (p >= 65 && p <= 90) || (p >= 48 && p <= 57)) continue;
    }
    TYPE_WORD_RE.lastIndex = i;
    const m = TYPE_WORD_RE.exec(prose);
    if (m) return m;
  }
  return null;
}

/** Digits that may start a standalone symbol: not inside a word, number, path or range. */
const STANDALONE_START_RE = /(?<![\p{L}\p{N}.,_/\\\-\u2010-\u2015\u2212])\d/gu;

const DATE_RE = new RegExp(
  `${SP}{0,2}(,?)${SP}{1,2}(?:ban${SP}hành${SP}{1,2})?ngày${SP}{1,2}` +
    `(?:(\\d{1,2})([/.\\-])(\\d{1,2})\\3(\\d{4})|(\\d{1,2})${SP}{1,2}tháng${SP}{1,2}(\\d{1,2})${SP}{1,2}năm${SP}{1,2}(\\d{4}))(?![\\p{L}\\p{N}])`,
  'iuy',
);

/* Regexes with Unicode property classes are expensive to instantiate: keep them module-level. */
const isWordChar = charClass(/[\p{L}\p{N}]/u);
const isWordDotChar = charClass(/[\p{L}\p{N}.]/u);
const isLetterChar = charClass(/\p{L}/u);
const NON_DOCUMENT_BEFORE_RE = /(?:kỷ|pháp|mệnh)[ \u00a0]$/iu;
const TRAILING_YEAR_RE = /^\/((?:19|20)\d\d)(?![\p{L}\p{N}])/u;

const ISSUER_RE = new RegExp(`${SP}{0,2},?${SP}{1,2}của${SP}{1,2}`, 'uy');
/** Lower-case syllables that occur inside names of issuing bodies (`Bộ Chính trị`, `UBND thị xã …`, `khóa XIII`). */
const ISSUER_LOWER = new Set(
  ('trị hành vụ ủy uỷ tỉnh thành phố thị xã huyện quận phường khóa khoá nhân dân đảng bộ chính phủ tướng tịch nước hội đồng ' +
    'ban ương thường chấp kiểm tra tổ chức tuyên giáo vận nội văn phòng đoàn sự cán quốc trung thư bí thẩm phán tòa toà án viện sát tối cao ' +
    'khối cơ quan doanh nghiệp quân công an lâm thời liên tịch').split(' '),
);

export const citationsAnalysis: Analysis<CitationsResult> = {
  id: 'citation/citations',
  compute(ctx: RuleContext): CitationsResult {
    return { citations: findCitations(ctx.prose) };
  },
};

/** Exported for tests and for other features that have a prose string but no context. */
export function findCitations(prose: string): Citation[] {
  const out: Citation[] = [];
  const covered: Span[] = [];
  let m: RegExpExecArray | null;
  let next = 0;
  while ((m = nextTypeWord(prose, next))) {
    next = m.index + m[0].length;
    const entry = typeWordEntry(m[1]);
    if (!entry) continue;
    const typeWord = { start: m.index, end: m.index + m[1].length, text: m[1], entry };
    let numberWord: Citation['numberWord'];
    if (m[2]) {
      const s = m.index + m[0].indexOf(m[2], m[1].length);
      numberWord = { start: s, end: s + m[2].length, text: m[2] };
      if (m[3]) {
        const c = prose.indexOf(':', numberWord.end);
        numberWord.colon = { start: c, end: c + 1 };
      }
    }
    const at = m.index + m[0].length;
    const scanned = scanSymbol(prose, at, { tolerant: true });
    let c: Citation | undefined;
    if (scanned && !isFileName(prose, scanned.end)) {
      c = buildCitation(prose, scanned, typeWord, numberWord, false);
    } else if (!scanned && isCapitalized(m[1]) && !afterNonDocumentWord(prose, m.index)) {
      const number = readNumber(prose, at);
      if (number) c = finishCitation(prose, { start: typeWord.start, end: number.end, standalone: false, typeWord, numberWord, number }, number.end);
    }
    const resume = c ? c.symbol?.end ?? c.number.end : at;
    if (c) {
      out.push(c);
      covered.push({ start: c.start, end: resume });
    }
    next = Math.max(resume, next);
  }

  // standalone symbols
  let k = 0;
  STANDALONE_START_RE.lastIndex = 0;
  while ((m = STANDALONE_START_RE.exec(prose))) {
    const pos = m.index;
    while (k < covered.length && covered[k].end <= pos) k++;
    if (k < covered.length && covered[k].start <= pos) {
      STANDALONE_START_RE.lastIndex = covered[k].end;
      continue;
    }
    const scanned = mayStartStrictSymbol(prose, pos) ? scanSymbol(prose, pos, { tolerant: false }) : undefined;
    if (!scanned) {
      // skip the rest of this digit run
      let e = pos;
      while (e < prose.length && prose[e] >= '0' && prose[e] <= '9' && e - pos < 8) e++;
      STANDALONE_START_RE.lastIndex = e;
      continue;
    }
    STANDALONE_START_RE.lastIndex = scanned.end;
    if (isFileName(prose, scanned.end)) continue;
    // the date and issuer after it are read only for a symbol that is kept
    const symbol = parseSymbol(prose, scanned, undefined);
    if (!clearlySymbol(symbol)) continue;
    const c = buildCitation(prose, scanned, undefined, undefined, true, symbol);
    if (c) out.push(c);
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}

function isCapitalized(word: string): boolean {
  return word[0] !== word[0].toLowerCase();
}

/** `kỷ luật 429 trường hợp`, `pháp luật`: not a document. */
function afterNonDocumentWord(s: string, at: number): boolean {
  return NON_DOCUMENT_BEFORE_RE.test(s.slice(Math.max(0, at - 6), at));
}

/** `30_2020_ND-CP.docx`, `57-NQ/TW.pdf`: a file name, not a citation. */
function isFileName(s: string, end: number): boolean {
  return s[end] === '.' && /[A-Za-z]/.test(s[end + 1] ?? '');
}

function readNumber(s: string, at: number): TextSpan | undefined {
  let i = at;
  while (i < s.length && s[i] >= '0' && s[i] <= '9' && i - at < 5) i++;
  if (i - at === 0 || i - at > 4) return undefined;
  if (isLetterChar(s[i] ?? '')) return undefined;
  return { start: at, end: i, text: s.slice(at, i) };
}

function clearlySymbol(sym: ParsedSymbol): boolean {
  if (sym.family === 'party') return sym.typeCode !== undefined && !sym.items.some((it) => it.sep.char === ' ');
  if (sym.family === 'state') {
    if (sym.typeCode !== undefined) return sym.codes.length >= 2 || sym.glued !== undefined;
    return sym.term !== undefined && sym.year !== undefined;
  }
  return false;
}

function buildCitation(
  prose: string,
  scanned: ScannedSymbol,
  typeWord: Citation['typeWord'],
  numberWord: Citation['numberWord'],
  standalone: boolean,
  parsed?: ParsedSymbol,
): Citation | undefined {
  const symbol = parsed ?? parseSymbol(prose, scanned, typeWord?.entry);
  const c: Citation = {
    start: typeWord?.start ?? scanned.start,
    end: scanned.end,
    standalone,
    typeWord,
    numberWord,
    number: { start: scanned.number.start, end: scanned.number.end, text: scanned.number.text },
    symbol,
  };
  return finishCitation(prose, c, scanned.end);
}

function finishCitation(prose: string, c: Citation, from: number): Citation {
  let end = readDate(prose, c, from);
  ISSUER_RE.lastIndex = end;
  const iss = ISSUER_RE.exec(prose);
  if (iss) {
    const s = end + iss[0].length;
    const e = issuerEnd(prose, s);
    if (e > s) {
      c.issuer = { start: s, end: e, text: prose.slice(s, e) };
      end = e;
      // `… của Bộ Chính trị ngày 22/12/2024`
      if (!c.date) {
        end = readDate(prose, c, end);
        const late = c.date as CitationDate | undefined;
        if (late) late.direct = false;
      }
    }
  }
  c.end = Math.max(c.end, end);
  return c;
}

/** Reads `[,] ngày D-M-YYYY` (or `/`, `.`, words) at `from` into `c.date`; returns where the citation now ends. */
function readDate(prose: string, c: Citation, from: number): number {
  let end = from;
  DATE_RE.lastIndex = from;
  const d = DATE_RE.exec(prose);
  if (d) {
    const words = d[6] !== undefined;
    const day = Number(words ? d[6] : d[2]);
    const month = Number(words ? d[7] : d[4]);
    const year = Number(words ? d[8] : d[5]);
    const sepCh = d[3];
    c.date = {
      start: from + d[0].search(/\S/u),
      end: from + d[0].length,
      dateStart: findDateStart(prose, from, from + d[0].length),
      day,
      month,
      year,
      valid: isValidDate(day, month, year),
      form: words ? 'words' : sepCh === '-' ? 'dash' : sepCh === '/' ? 'slash' : 'dot',
      comma: d[1] === ',',
      direct: true,
    };
    if (prose[c.date.start] === ',') c.date.start = skipSpaces(prose, c.date.start + 1);
    end = c.date.end;
  }
  return end;
}

function skipSpaces(s: string, i: number): number {
  while (s[i] === ' ' || s[i] === '\u00a0') i++;
  return i;
}

/** The start of the date digits after `ngày `. */
function findDateStart(s: string, from: number, to: number): number {
  const i = s.slice(from, to).toLowerCase().indexOf('ngày');
  if (i < 0) return from;
  return skipSpaces(s, from + i + 4);
}

function issuerEnd(s: string, start: number): number {
  let i = start;
  let lastWordEnd = start;
  let words = 0;
  while (i < s.length && i - start < 100 && words < 12) {
    const ch = s[i];
    if (ch === ' ' || ch === '\u00a0') {
      i++;
      continue;
    }
    if (!isWordChar(ch)) break;
    let j = i;
    while (j < s.length && isWordDotChar(s[j]) && j - i < 30) j++;
    while (j > i && s[j - 1] === '.') j--;
    const word = s.slice(i, j);
    if (j === i) break;
    const lower = word === word.toLowerCase() && !/^\d/.test(word);
    if (lower && !ISSUER_LOWER.has(word)) break;
    words++;
    lastWordEnd = j;
    i = j;
  }
  return lastWordEnd;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function isValidDate(day: number, month: number, year: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const max = month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
  return day <= max;
}

/** Classifies a scanned symbol: family (exact issuer match), type, issuers, expected separators, canonical form. */
export function parseSymbol(prose: string, scanned: ScannedSymbol, entry?: TypeWordEntry): ParsedSymbol {
  const items = scanned.items;
  const codes = items.filter((it) => it.group.kind === 'code').map((it) => it.group);
  const yearItem = items.find((it) => it.group.kind === 'year');
  const norms = codes.map((g) => g.norm);
  const writtenSeps = items.map((it) => (it.sep.char === ' ' ? '-' : it.sep.char));
  const sym: ParsedSymbol = {
    start: scanned.start,
    end: scanned.end,
    raw: scanned.raw,
    number: scanned.number,
    items: scanned.items,
    year: yearItem?.group,
    typeCode: undefined,
    typeIndex: undefined,
    term: undefined,
    expectedSeps: undefined,
    glued: undefined,
    trailingHyphen: undefined,
    trailingYear: undefined,
    canonical: undefined,
    codes,
    family: 'unknown',
    kind: 'unknown',
    issuers: [],
    writtenSeps,
    orderWrong: false,
    urlForm: false,
    swapped: false,
    orderConfidence: 'high',
    normalized: '',
    key: '',
  };
  const [c0, c1] = norms;
  if ((c0 !== undefined && isMassOrg(c0)) || (c1 !== undefined && isMassOrg(c1))) {
    sym.family = 'mass';
  } else if (norms.length >= 2) {
    if (PARTY_TYPES.has(c0) && isPartyIssuer(c1)) {
      sym.family = 'party';
      sym.typeCode = c0;
      sym.typeIndex = 0;
      sym.issuers = norms.slice(1);
    } else if (isStateTypeCode(c0) && isStateIssuer(c1)) {
      sym.family = 'state';
      sym.typeCode = c0;
      sym.typeIndex = 0;
      sym.issuers = norms.slice(1);
    } else if (isStateIssuer(c0) && !isStateTypeCode(c0)) {
      sym.family = 'state';
      sym.issuers = norms.slice();
      if (norms.length === 2 && isStateTypeCode(c1) && entry && entry.codes.includes(c1)) sym.swapped = true;
    }
  } else if (norms.length === 1) {
    if (isStateIssuer(c0)) {
      sym.family = 'state';
      sym.issuers = [c0];
    } else if (isPartyIssuer(c0)) {
      sym.family = 'party';
      sym.issuers = [c0];
    } else if (!codes[0].known && yearItem) {
      const split = splitGlued(c0);
      if (split) {
        sym.family = 'state';
        sym.typeCode = split.type;
        sym.issuers = [split.issuer];
        sym.glued = { group: codes[0], type: split.type, issuer: split.issuer };
      }
    }
  }
  for (const g of codes) {
    const t = termIssuer(g.norm);
    if (t) {
      sym.term = { body: t.body, term: t.term, group: g };
      break;
    }
  }

  sym.kind =
    sym.family === 'state'
      ? sym.term && (sym.typeCode === undefined || yearItem)
        ? 'law'
        : yearItem
          ? 'normative'
          : 'admin'
      : sym.family;

  // expected separators
  if (!sym.swapped && !sym.glued) {
    if (sym.family === 'party' && sym.typeCode !== undefined && !yearItem) {
      sym.expectedSeps = items.map((_, k) => (k === 1 ? '/' : '-'));
    } else if (sym.family === 'state' && sym.typeCode !== undefined) {
      const y = yearItem ? 1 : 0;
      sym.expectedSeps = items.map((_, k) => (k <= y ? '/' : '-'));
    } else if (sym.family === 'state' && sym.term && norms.length === 1 && yearItem) {
      sym.expectedSeps = ['/', '/'];
    }
  }
  if (sym.expectedSeps) {
    const differs = sym.expectedSeps.some((e, k) => e !== writtenSeps[k]);
    sym.urlForm = yearItem !== undefined && !writtenSeps.includes('/');
    sym.orderWrong = differs && !sym.urlForm;
  } else if (yearItem && !writtenSeps.includes('/') && sym.glued) {
    sym.urlForm = true;
  }
  if (prose[scanned.end] === '-' && !isWordChar(prose[scanned.end + 1] ?? '')) {
    sym.trailingHyphen = { start: scanned.end, end: scanned.end + 1 };
  }
  const ty = TRAILING_YEAR_RE.exec(prose.slice(scanned.end, scanned.end + 6));
  if (ty) sym.trailingYear = { start: scanned.end, end: scanned.end + 5, year: Number(ty[1]) };
  sym.orderConfidence = sym.issuers.slice(1).some((c) => isMassOrg(c)) || (sym.issuers.length > 0 && isAmbiguousIssuer(sym.issuers[0])) ? 'medium' : 'high';

  sym.normalized = scanned.number.text + items.map((it, k) => writtenSeps[k] + it.group.norm).join('');
  sym.canonical = canonicalOf(sym);
  sym.key = sym.canonical ?? sym.normalized;
  return sym;
}

function canonicalOf(sym: ParsedSymbol): string | undefined {
  const num = sym.number.text;
  const year = sym.year ? `/${sym.year.norm}` : '';
  if (sym.swapped) return `${num}${year}/${sym.codes[1].norm}-${sym.codes[0].norm}`;
  if (sym.glued) return `${num}${year}/${sym.glued.type}-${sym.glued.issuer}`;
  if (sym.expectedSeps) return num + sym.items.map((it, k) => sym.expectedSeps![k] + it.group.norm).join('');
  return undefined;
}

/** `TTBNV` → TT + BNV; `NĐCP` → NĐ + CP: a State type code and a State issuer written as one group. */
function splitGlued(code: string): { type: string; issuer: string } | undefined {
  const found: { type: string; issuer: string }[] = [];
  for (let k = 1; k < code.length; k++) {
    const t = normalizeCode(code.slice(0, k));
    const i = normalizeCode(code.slice(k));
    if (t.known && i.known && isStateTypeCode(t.norm) && isStateIssuer(i.norm)) found.push({ type: t.norm, issuer: i.norm });
  }
  return found.length === 1 ? found[0] : undefined;
}
