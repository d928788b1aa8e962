/**
 * Text helpers for Vietnamese: letters, case, tone-placement folding and
 * sentence starts. All work on NFC text.
 */

/** A letter in any script (Vietnamese letters included). */
export const LETTER = /\p{L}/u;
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

/*
 * Per-code-unit facts, computed lazily once per UTF-16 code unit and kept in a
 * table (a draft uses a few hundred distinct characters): bit 0 computed,
 * bit 1 letter or mark, bit 2 upper case, bit 3 lower case. The answers are
 * exactly those of the regex / toUpperCase tests they replace.
 */
const CHAR_FACTS = new Uint8Array(0x10000);
const F_DONE = 1;
const F_LETTER = 2;
const F_UPPER = 4;
const F_LOWER = 8;

function factsOf(c: number): number {
  let f = CHAR_FACTS[c];
  if (f !== 0) return f;
  const ch = String.fromCharCode(c);
  const lower = ch.toLowerCase();
  const upper = ch.toUpperCase();
  f = F_DONE;
  if (LETTER_OR_MARK.test(ch)) f |= F_LETTER;
  if (ch !== lower && ch === upper) f |= F_UPPER;
  if (ch !== upper && ch === lower) f |= F_LOWER;
  CHAR_FACTS[c] = f;
  return f;
}

/** Letter or combining mark at code unit `c` (table lookup; ASCII inline). */
export function isLetterCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return (factsOf(c) & F_LETTER) !== 0;
}

export function isUpperCode(c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  return (factsOf(c) & F_UPPER) !== 0;
}

export function isLowerCode(c: number): boolean {
  if (c < 128) return c >= 97 && c <= 122;
  return (factsOf(c) & F_LOWER) !== 0;
}

export function isLetter(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  if (ch.length === 1) return isLetterCode(ch.charCodeAt(0));
  return LETTER_OR_MARK.test(ch);
}

export function isUpper(ch: string): boolean {
  if (ch.length === 1) return isUpperCode(ch.charCodeAt(0));
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

export function isLower(ch: string): boolean {
  if (ch.length === 1) return isLowerCode(ch.charCodeAt(0));
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

export function capitalize(word: string): string {
  return word.length === 0 ? word : word[0].toUpperCase() + word.slice(1);
}

export function lowerFirst(word: string): string {
  return word.length === 0 ? word : word[0].toLowerCase() + word.slice(1);
}

/** True when a word is written entirely in capitals (`HĐND`, `UBND`). */
export function isAllCaps(word: string): boolean {
  let letters = 0;
  for (const ch of word) {
    if (isLower(ch)) return false;
    if (isUpper(ch)) letters++;
  }
  return letters > 0;
}

/**
 * Old-style (`hòa`, `ủy`) and new-style (`hoà`, `uỷ`) tone placement differ only in
 * open syllables with `oa`, `oe`, `uy`. Folding moves the tone mark to one
 * place so both spellings compare equal. Pairs are listed once, lower case.
 */
const TONE_PAIRS: [old: string, neu: string][] = [];
{
  const clusters: [string, string, string[]][] = [
    // [glide, vowel, [vowel with each tone]] ; tones: huyền, sắc, hỏi, ngã, nặng
    ['o', 'a', ['à', 'á', 'ả', 'ã', 'ạ']],
    ['o', 'e', ['è', 'é', 'ẻ', 'ẽ', 'ẹ']],
    ['u', 'y', ['ỳ', 'ý', 'ỷ', 'ỹ', 'ỵ']],
  ];
  const glideTones: Record<string, string[]> = {
    o: ['ò', 'ó', 'ỏ', 'õ', 'ọ'],
    u: ['ù', 'ú', 'ủ', 'ũ', 'ụ'],
  };
  for (const [glide, vowel, toned] of clusters) {
    for (let t = 0; t < 5; t++) TONE_PAIRS.push([glideTones[glide][t] + vowel, glide + toned[t]]);
  }
}

/** `old` spelling → `new` spelling of each cluster, in both cases. */
export const OLD_TO_NEW = new Map<string, string>();
export const NEW_TO_OLD = new Map<string, string>();
for (const [o, n] of TONE_PAIRS) {
  OLD_TO_NEW.set(o, n);
  NEW_TO_OLD.set(n, o);
  const oU = o.toUpperCase();
  const nU = n.toUpperCase();
  OLD_TO_NEW.set(oU, nU);
  NEW_TO_OLD.set(nU, oU);
  OLD_TO_NEW.set(o[0].toUpperCase() + o.slice(1), n[0].toUpperCase() + n.slice(1));
  NEW_TO_OLD.set(n[0].toUpperCase() + n.slice(1), o[0].toUpperCase() + o.slice(1));
}

const NEW_CLUSTER_RE = new RegExp([...NEW_TO_OLD.keys()].join('|'), 'g');

const foldCache = new Map<string, string>();

/** Lower-cases and folds tone placement to the old style: the key for dictionary lookups. */
export function foldKey(s: string): string {
  let k = foldCache.get(s);
  if (k !== undefined) return k;
  k = s.toLowerCase().replace(NEW_CLUSTER_RE, (m) => NEW_TO_OLD.get(m) ?? m);
  if (s.length <= 64) {
    // drafts repeat a small vocabulary; bounded so an adversarial text cannot grow it without limit
    if (foldCache.size >= 50_000) foldCache.clear();
    foldCache.set(s, k);
  }
  return k;
}

/** Which convention a text uses, judged by its first differing cluster. */
export function toneStyleOf(s: string): 'old' | 'new' | undefined {
  for (let i = 0; i + 1 < s.length; i++) {
    const pair = s.slice(i, i + 2);
    if (isLetter(s[i + 2]) || isQuOrGi(s, i)) continue;
    if (OLD_TO_NEW.has(pair)) return 'old';
    if (NEW_TO_OLD.has(pair)) return 'new';
  }
  return undefined;
}

/** Re-spells `s` in a tone convention (only clusters at the end of a syllable change). */
export function toToneStyle(s: string, style: 'old' | 'new'): string {
  // memoized: names and accepted forms are re-spelled over and over (bounded cache)
  const cache = style === 'new' ? toNewCache : toOldCache;
  let out = cache.get(s);
  if (out === undefined) {
    out = toToneStyleUncached(s, style);
    if (s.length <= 200) {
      if (cache.size >= 20_000) cache.clear();
      cache.set(s, out);
    }
  }
  return out;
}
const toNewCache = new Map<string, string>();
const toOldCache = new Map<string, string>();

function toToneStyleUncached(s: string, style: 'old' | 'new'): string {
  const table = style === 'new' ? OLD_TO_NEW : NEW_TO_OLD;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const pair = s.slice(i, i + 2);
    const repl = table.get(pair);
    if (repl && !isLetter(s[i + 2]) && !isQuOrGi(s, i)) {
      out += repl;
      i++;
    } else out += s[i];
  }
  return out;
}

/** `qu` and `gi` syllables (`quý`, `già`) place the tone the same way in both conventions. */
export function isQuOrGi(s: string, clusterStart: number): boolean {
  const prev = s[clusterStart - 1]?.toLowerCase();
  const c = s[clusterStart].toLowerCase();
  return (prev === 'q' && (c === 'u' || c === 'ù' || c === 'ú' || c === 'ủ' || c === 'ũ' || c === 'ụ')) || (prev === 'g' && c === 'i');
}

/**
 * Whether `offset` (the first letter of a word in `prose`) opens a sentence:
 * the start of a line, block or document, or after `.`, `?`, `!`, `:`, `…`, an
 * opening quote or bracket that itself follows such a place. Emphasis markers
 * and spaces in between are skipped.
 */
export function isSentenceStart(prose: string, offset: number): boolean {
  let i = offset - 1;
  // skip spaces, emphasis markers and opening quotes/brackets
  while (i >= 0) {
    const c = prose.charCodeAt(i);
    // space tab nbsp * _ " “ ‘ ' ( [ « - – — # >
    if (c === 32 || c === 9 || c === 0xa0 || c === 42 || c === 95 || c === 34 || c === 0x201c || c === 0x2018 || c === 39 || c === 40 || c === 91 || c === 0xab || c === 45 || c === 0x2013 || c === 0x2014 || c === 35 || c === 62) {
      i--;
      continue;
    }
    break;
  }
  if (i < 0) return true;
  const c = prose.charCodeAt(i);
  // \n \r . ? ! : …
  return c === 10 || c === 13 || c === 46 || c === 63 || c === 33 || c === 58 || c === 0x2026;
}

/** The word (letters, digits, marks) around `offset`: [start, end). */
export function wordAt(text: string, offset: number): [number, number] {
  let s = offset;
  while (s > 0 && isLetter(text[s - 1])) s--;
  let e = offset;
  while (e < text.length && isLetter(text[e])) e++;
  return [s, e];
}

/** True when the character before `offset` does not continue a word (letter or digit). */
export function boundaryBefore(text: string, offset: number): boolean {
  if (offset <= 0) return true;
  const c = text[offset - 1];
  return !isLetter(c) && !(c >= '0' && c <= '9');
}

export function boundaryAfter(text: string, offset: number): boolean {
  if (offset >= text.length) return true;
  const c = text[offset];
  return !isLetter(c) && !(c >= '0' && c <= '9');
}
