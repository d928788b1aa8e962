import { Interner } from './intern.js';
import type { Block } from './structure.js';

/**
 * Is this Vietnamese? A cheap, linear signal: the share of words that carry a
 * letter only Vietnamese uses (ă, â, đ, ê, ô, ơ, ư and tone-marked vowels) and
 * the counts of common Vietnamese and English function words. English READMEs,
 * English paragraphs and English quotes inside a Vietnamese draft are skipped.
 */

const VIETNAMESE_LETTER = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;
const VI_FUNCTION = new Set(['của', 'và', 'các', 'những', 'được', 'trong', 'là', 'có', 'cho', 'với', 'này', 'đã', 'không', 'người', 'một', 'theo', 'tại', 'về', 'để', 'từ', 'đến', 'ngày', 'năm', 'tháng', 'số', 'thì', 'mà', 'khi', 'như', 'cũng']);
const EN_FUNCTION = new Set(['the', 'and', 'of', 'to', 'in', 'is', 'for', 'with', 'on', 'that', 'this', 'are', 'be', 'it', 'as', 'by', 'from', 'or', 'an', 'at', 'was', 'will', 'you', 'your', 'can', 'not', 'use', 'run', 'if', 'we']);

export interface LanguageScore {
  words: number;
  vietnameseWords: number;
  viFunction: number;
  enFunction: number;
}

const WORD_RE = /[\p{L}\p{M}]+/gu;
const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
const FUNCTION_MAX = Math.max(...[...VI_FUNCTION, ...EN_FUNCTION].map((w) => w.length));
/** Short words seen before, each with 1 (Vietnamese function word), 2 (English) or 0. */
const shortWords = new Interner<number>(1 << 14, FUNCTION_MAX);

/*
 * Per-code-unit facts for the scan below, filled lazily from the very regexes
 * above so the answers are the same: bit 0 computed, bit 1 letter or mark
 * (BMP), bit 2 Vietnamese-only letter.
 */
const FACTS = new Uint8Array(0x10000);

function facts(c: number): number {
  let f = FACTS[c];
  if (f !== 0) return f;
  const ch = String.fromCharCode(c);
  f = 1;
  if (c < 0xd800 || c > 0xdfff) {
    if (LETTER_OR_MARK.test(ch)) f |= 2;
    if (VIETNAMESE_LETTER.test(ch)) f |= 4;
  }
  FACTS[c] = f;
  return f;
}

/** Length (1 or 2 code units) of the letter or mark at `i`, or 0. */
function letterAt(text: string, i: number, n: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return LETTER_OR_MARK.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  return facts(c) & 2 ? 1 : 0;
}

/**
 * One linear scan with a char-code table (the same words as `WORD_RE` finds:
 * a word starting before `to` is read to its end). Only words short enough to
 * be function words are sliced and lower-cased.
 */
export function scoreLanguage(text: string, from = 0, to = text.length): LanguageScore {
  const score: LanguageScore = { words: 0, vietnameseWords: 0, viFunction: 0, enFunction: 0 };
  const n = text.length;
  let i = from;
  // a unicode regex started inside a surrogate pair starts at the pair
  if (i > 0 && i < n && (text.charCodeAt(i) & 0xfc00) === 0xdc00 && (text.charCodeAt(i - 1) & 0xfc00) === 0xd800) i--;
  while (i < n) {
    const len = letterAt(text, i, n);
    if (len === 0) {
      i++;
      continue;
    }
    if (i >= to) break;
    const start = i;
    let vi = false;
    i += len;
    for (;;) {
      if (i >= n) break;
      const l = letterAt(text, i, n);
      if (l === 0) break;
      if (l === 1 && !vi && text.charCodeAt(i) >= 128 && facts(text.charCodeAt(i)) & 4) vi = true;
      i += l;
    }
    if (!vi && len === 1 && text.charCodeAt(start) >= 128 && facts(text.charCodeAt(start)) & 4) vi = true;
    score.words++;
    if (vi) score.vietnameseWords++;
    if (i - start <= FUNCTION_MAX) {
      const slot = shortWords.slot(text, start, i);
      let kind = shortWords.value(slot);
      if (kind === undefined) {
        const lower = shortWords.string(slot).toLowerCase();
        kind = VI_FUNCTION.has(lower) ? 1 : EN_FUNCTION.has(lower) ? 2 : 0;
        shortWords.setValue(slot, kind);
      }
      if (kind === 1) score.viFunction++;
      else if (kind === 2) score.enFunction++;
    }
  }
  return score;
}

/** The regex version `scoreLanguage` replaces (kept as the reference for tests). */
export function scoreLanguageSlow(text: string, from = 0, to = text.length): LanguageScore {
  const score: LanguageScore = { words: 0, vietnameseWords: 0, viFunction: 0, enFunction: 0 };
  WORD_RE.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = WORD_RE.exec(text)) && m.index < to) {
    const w = m[0];
    score.words++;
    if (VIETNAMESE_LETTER.test(w)) score.vietnameseWords++;
    const lower = w.toLowerCase();
    if (VI_FUNCTION.has(lower)) score.viFunction++;
    else if (EN_FUNCTION.has(lower)) score.enFunction++;
  }
  return score;
}

/** Vietnamese prose: a fair share of Vietnamese-only letters, or Vietnamese function words outnumbering English ones. */
export function looksVietnamese(s: LanguageScore): boolean {
  if (s.words === 0) return false;
  const share = s.vietnameseWords / s.words;
  if (share >= 0.2) return true;
  if (s.enFunction === 0 && s.viFunction > 0) return true;
  return share >= 0.08 && s.viFunction > s.enFunction;
}

/** Clearly another language: enough words, almost no Vietnamese letters, English function words present. */
export function looksForeign(s: LanguageScore): boolean {
  if (s.words < 4) return false;
  const share = s.vietnameseWords / s.words;
  return share < 0.05 && s.viFunction === 0 && (s.enFunction >= 1 || s.words >= 8);
}

export type LanguageMode = 'auto' | 'on' | 'off';

const FILE_SWITCH_RE = /<!--\s*bientap-vietnamese\s+(on|off|auto)\s*-->/;

/** A per-file switch `<!-- bientap-vietnamese on|off|auto -->` overrides the setting. */
export function fileLanguageMode(text: string, setting: LanguageMode): LanguageMode {
  if (!text.includes('bientap-vietnamese')) return setting;
  const m = FILE_SWITCH_RE.exec(text);
  return m ? (m[1] as LanguageMode) : setting;
}

export interface PartLanguage {
  /** The words of the whole part; the sum over a document's parts decides whether it is Vietnamese. */
  score: LanguageScore;
  /** The prose with foreign paragraphs and quotations masked. */
  prose: string;
  /** The blocks that stay (foreign ones dropped). */
  blocks: Block[];
}

/**
 * The language facts of one part of a document (the engine's segments, or the
 * whole text): every word counted once, foreign blocks and quotations masked.
 */
export function languageOfPart(prose: string, blocks: readonly Block[]): PartLanguage {
  // One pass when the blocks are in order and apart: the part's score is the sum of the blocks'
  // scores and of the gaps between them (words never cross a line break, and blocks start and end
  // at line boundaries).
  const inOrder = blocks.every((b, i) => b.start <= b.end && (i === 0 || blocks[i - 1].end <= b.start));
  const score = inOrder ? emptyScore() : scoreLanguage(prose);
  const kept: Block[] = [];
  const masked: [number, number][] = [];
  let gapStart = 0;
  for (const b of blocks) {
    const s = scoreLanguage(prose, b.start, b.end);
    if (inOrder) {
      addScore(score, scoreLanguage(prose, gapStart, b.start));
      addScore(score, s);
      gapStart = b.end;
    }
    if (looksForeign(s)) masked.push([b.start, b.end]);
    else {
      kept.push(b);
      maskForeignQuotes(prose, b.start, b.end, masked);
    }
  }
  // nothing foreign: the same blocks array (kept segments hold one copy)
  if (inOrder) addScore(score, scoreLanguage(prose, gapStart, prose.length));
  if (masked.length === 0) return { score, prose, blocks: kept.length === blocks.length ? (blocks as Block[]) : kept };
  masked.sort((a, b) => a[0] - b[0]);
  const parts: string[] = [];
  let pos = 0;
  for (const [s, e] of masked) {
    if (s < pos) continue;
    parts.push(prose.slice(pos, s), prose.slice(s, e).replace(/[^\r\n]/g, ' '));
    pos = e;
  }
  parts.push(prose.slice(pos));
  return { score, prose: parts.join(''), blocks: kept };
}

function emptyScore(): LanguageScore {
  return { words: 0, vietnameseWords: 0, viFunction: 0, enFunction: 0 };
}

/** Adds `b` into `a`. */
export function addScore(a: LanguageScore, b: LanguageScore): void {
  a.words += b.words;
  a.vietnameseWords += b.vietnameseWords;
  a.viFunction += b.viFunction;
  a.enFunction += b.enFunction;
}

const QUOTE_PAIRS: Record<string, string> = { '"': '"', '“': '”' };
const QUOTE_LIMIT = 2000;

/** English quotations inside a Vietnamese paragraph (“…” or "…", at least four words). */
function maskForeignQuotes(prose: string, from: number, to: number, out: [number, number][]): void {
  for (let i = from; i < to; i++) {
    const c = prose.charCodeAt(i);
    if (c !== 34 && c !== 0x201c) continue; // " “
    const close = QUOTE_PAIRS[prose[i]];
    const end = prose.indexOf(close, i + 1);
    if (end < 0 || end >= to || end - i > QUOTE_LIMIT) continue;
    if (looksForeign(scoreLanguage(prose, i + 1, end))) out.push([i + 1, end]);
    i = end;
  }
}
