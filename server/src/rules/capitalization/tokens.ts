/**
 * Syllable tokens of a draft for the capitalization rules. Vietnamese words are
 * space-separated syllables; a token is a run of letters/digits (a syllable,
 * an abbreviation or a number) or one punctuation character. One linear scan.
 */
import { Interner } from '../../engine/intern.js';
import { foldKey, isLetterCode, isSentenceStart, isUpper } from '../../engine/vietnamese.js';

/*
 * A token is a small object: offsets, the text, the folded key and one bit
 * field; the flags are getters on the prototype. A 1 MB draft has about 200,000
 * tokens, and with twelve own fields each their allocation and GC dominated
 * the check.
 */
const WORD = 1;
const SPACE_BEFORE = 2;
const BREAK_BEFORE = 4;
const CAP = 8;
const CAPS = 16;
const SENTENCE_START = 32;
const QUOTED = 64;
const DIGIT = 128;

export class Token {
  constructor(
    readonly start: number,
    readonly end: number,
    /** The token as written (from `ctx.text`). */
    readonly text: string,
    /** `foldKey(text)`: lower case, tone placement folded. */
    readonly key: string,
    private readonly flags: number,
  ) {}

  /** A syllable, abbreviation or number (not punctuation). */
  get word(): boolean {
    return (this.flags & WORD) !== 0;
  }
  /** Only spaces (no line break) separate it from the previous token. */
  get spaceBefore(): boolean {
    return (this.flags & SPACE_BEFORE) !== 0;
  }
  /** A line break lies between the previous token and this one. */
  get breakBefore(): boolean {
    return (this.flags & BREAK_BEFORE) !== 0;
  }
  /** First character is a capital letter. */
  get cap(): boolean {
    return (this.flags & CAP) !== 0;
  }
  /** Two or more letters, all capitals (`UBND`, `ỦY`). */
  get caps(): boolean {
    return (this.flags & CAPS) !== 0;
  }
  /** Opens a sentence, line, list item or quotation (capital allowed there). */
  get sentenceStart(): boolean {
    return (this.flags & SENTENCE_START) !== 0;
  }
  /** Inside quotation marks. */
  get quoted(): boolean {
    return (this.flags & QUOTED) !== 0;
  }
  get digit(): boolean {
    return (this.flags & DIGIT) !== 0;
  }
}

function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return isLetterCode(c);
}

interface WordInfo {
  key: string;
  /** CAP | CAPS | DIGIT */
  flags: number;
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
    flags: (isUpper(first) ? CAP : 0) | (text === upper && letters >= 2 ? CAPS : 0) | (first >= '0' && first <= '9' ? DIGIT : 0),
  };
  if (infoCache.size > 50_000) infoCache.clear();
  infoCache.set(text, info);
  return info;
}

/** Token texts seen before, each with its `WordInfo`: no slice and no hashing of a new string per token. */
const words = new Interner<WordInfo>();

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
    const slot = words.slot(text, i, end);
    const t = slot < 0 ? text.slice(i, end) : words.string(slot);
    let flags = (!brk && space ? SPACE_BEFORE : 0) | (brk || out.length === 0 ? BREAK_BEFORE : 0);
    let key = t;
    if (word) {
      let info = slot < 0 ? undefined : words.value(slot);
      if (info === undefined) {
        info = wordInfo(t);
        if (slot >= 0) words.setValue(slot, info);
      }
      key = info.key;
      flags |= WORD | info.flags;
      if (isSentenceStart(prose, i)) flags |= SENTENCE_START;
      if (quoteDepth > 0 || straightOpen) flags |= QUOTED;
    } else {
      if (c === 0x201c || c === 0xab) quoteDepth++; // “ «
      else if ((c === 0x201d || c === 0xbb) && quoteDepth > 0) quoteDepth--; // ” »
      else if (c === 34) straightOpen = !straightOpen;
    }
    const token = new Token(i, end, t, key, flags);
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
