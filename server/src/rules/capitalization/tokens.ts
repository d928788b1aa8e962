/**
 * Syllable tokens of a draft for the capitalization rules. Vietnamese words are
 * space-separated syllables; a token is a run of letters/digits (a syllable,
 * an abbreviation or a number) or one punctuation character. One linear scan.
 */
import { foldKey, isLetterCode, isSentenceStart, isUpper } from '../../engine/vietnamese.js';

export interface Token {
  start: number;
  end: number;
  /** The token as written (from `ctx.text`). */
  text: string;
  /** `foldKey(text)`: lower case, tone placement folded. */
  key: string;
  /** A syllable, abbreviation or number (not punctuation). */
  word: boolean;
  /** Only spaces (no line break) separate it from the previous token. */
  spaceBefore: boolean;
  /** A line break lies between the previous token and this one. */
  breakBefore: boolean;
  /** First character is a capital letter. */
  cap: boolean;
  /** Two or more letters, all capitals (`UBND`, `ỦY`). */
  caps: boolean;
  /** Opens a sentence, line, list item or quotation (capital allowed there). */
  sentenceStart: boolean;
  /** Inside quotation marks. */
  quoted: boolean;
  digit: boolean;
}

function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return isLetterCode(c);
}

interface WordInfo {
  key: string;
  cap: boolean;
  caps: boolean;
  digit: boolean;
}

/** Per-spelling facts, memoized: a draft repeats a small vocabulary. */
const infoCache = new Map<string, WordInfo>();

function wordInfo(text: string): WordInfo {
  let info = infoCache.get(text);
  if (info) return info;
  const upper = text.toUpperCase();
  const lower = text.toLowerCase();
  let letters = 0;
  for (let k = 0; k < text.length; k++) if (upper[k] !== lower[k]) letters++;
  const first = text[0];
  info = {
    key: foldKey(text),
    cap: isUpper(first),
    caps: text === upper && letters >= 2,
    digit: first >= '0' && first <= '9',
  };
  if (infoCache.size > 50_000) infoCache.clear();
  infoCache.set(text, info);
  return info;
}

/** Splits `prose` into tokens; texts are read from `text` (same offsets). */
export function tokenize(prose: string, text: string = prose): Token[] {
  const out: Token[] = [];
  let space = false;
  let brk = false;
  let quoteDepth = 0;
  let straightOpen = false;
  let newlines = 0;
  const n = prose.length;
  for (let i = 0; i < n; ) {
    const c = prose.charCodeAt(i);
    if (c === 10 || c === 13) {
      brk = true;
      if (c === 10) newlines++;
      if (newlines >= 2) {
        quoteDepth = 0;
        straightOpen = false;
      }
      i++;
      continue;
    }
    if (c === 32 || c === 9 || c === 0xa0 || c === 0x202f) {
      space = true;
      i++;
      continue;
    }
    newlines = 0;
    let end = i + 1;
    const word = isWordCode(c);
    if (word) while (end < n && isWordCode(prose.charCodeAt(end))) end++;
    const t = text.slice(i, end);
    let token: Token;
    if (word) {
      const info = wordInfo(t);
      token = {
        start: i,
        end,
        text: t,
        key: info.key,
        word: true,
        spaceBefore: !brk && space,
        breakBefore: brk || out.length === 0,
        cap: info.cap,
        caps: info.caps,
        sentenceStart: isSentenceStart(prose, i),
        quoted: quoteDepth > 0 || straightOpen,
        digit: info.digit,
      };
    } else {
      if (c === 0x201c || c === 0xab) quoteDepth++; // “ «
      else if ((c === 0x201d || c === 0xbb) && quoteDepth > 0) quoteDepth--; // ” »
      else if (c === 34) straightOpen = !straightOpen;
      token = {
        start: i,
        end,
        text: t,
        key: t,
        word: false,
        spaceBefore: !brk && space,
        breakBefore: brk || out.length === 0,
        cap: false,
        caps: false,
        sentenceStart: false,
        quoted: false,
        digit: false,
      };
    }
    out.push(token);
    space = false;
    brk = false;
    i = end;
  }
  return out;
}

/** Token `k` follows token `k - 1` on the same line (spaces or nothing between). */
export function joined(tokens: readonly Token[], k: number): boolean {
  return k > 0 && k < tokens.length && !tokens[k].breakBefore;
}

/** Token `k` follows token `k - 1` after spaces on the same line (a separate word). */
export function spaced(tokens: readonly Token[], k: number): boolean {
  return joined(tokens, k) && tokens[k].spaceBefore;
}

/** Number of consecutive capitalized syllables starting at `k` (a person or place name), separated by spaces. */
export function capitalizedRun(tokens: readonly Token[], k: number, max = 6): number {
  let n = 0;
  while (n < max && k + n < tokens.length) {
    const t = tokens[k + n];
    if (!t.word || !t.cap || t.caps || t.digit) break;
    if (n === 0 ? !spaced(tokens, k) : !spaced(tokens, k + n)) break;
    n++;
  }
  return n;
}

/** A Roman numeral (I–XXXIX), upper case. */
export function isRoman(s: string): boolean {
  return s.length <= 7 && /^(?=[IVX])X{0,3}(IX|IV|V?I{0,3})$/.test(s);
}
