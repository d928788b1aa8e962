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

export function scoreLanguage(text: string, from = 0, to = text.length): LanguageScore {
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

/**
 * Masks what is not Vietnamese prose. Returns the new prose and blocks, or
 * undefined when the whole document is not Vietnamese.
 */
export function filterVietnamese(text: string, prose: string, blocks: readonly Block[]): { prose: string; blocks: Block[] } | undefined {
  const whole = scoreLanguage(prose);
  if (!looksVietnamese(whole)) return undefined;
  const kept: Block[] = [];
  const masked: [number, number][] = [];
  for (const b of blocks) {
    const s = scoreLanguage(prose, b.start, b.end);
    if (looksForeign(s)) masked.push([b.start, b.end]);
    else {
      kept.push(b);
      maskForeignQuotes(prose, b.start, b.end, masked);
    }
  }
  if (masked.length === 0) return { prose, blocks: kept };
  masked.sort((a, b) => a[0] - b[0]);
  const parts: string[] = [];
  let pos = 0;
  for (const [s, e] of masked) {
    if (s < pos) continue;
    parts.push(prose.slice(pos, s), prose.slice(s, e).replace(/[^\r\n]/g, ' '));
    pos = e;
  }
  parts.push(prose.slice(pos));
  return { prose: parts.join(''), blocks: kept };
}

const QUOTE_PAIRS: Record<string, string> = { '"': '"', '“': '”' };
const QUOTE_LIMIT = 2000;

/** English quotations inside a Vietnamese paragraph (“…” or "…", at least four words). */
function maskForeignQuotes(prose: string, from: number, to: number, out: [number, number][]): void {
  for (let i = from; i < to; i++) {
    const close = QUOTE_PAIRS[prose[i]];
    if (!close) continue;
    const end = prose.indexOf(close, i + 1);
    if (end < 0 || end >= to || end - i > QUOTE_LIMIT) continue;
    if (looksForeign(scoreLanguage(prose, i + 1, end))) out.push([i + 1, end]);
    i = end;
  }
}
