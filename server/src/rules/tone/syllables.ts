/**
 * Syllables of a draft and the two tone-mark conventions (vi-editorial-rules §4.1).
 * Shared by `tone/consistency` and `capitalization/headline`.
 */
import { Interner } from '../../engine/intern.js';
import { NEW_TO_OLD, OLD_TO_NEW, isLetterCode, isUpper } from '../../engine/vietnamese.js';

export type ToneConvention = 'old' | 'new';

/** One syllable: a maximal run of letters in the prose. */
export interface Syllable {
  start: number;
  end: number;
  /** The syllable as written (from the NFC text). */
  word: string;
  /** Only spaces, tabs or emphasis markers (no punctuation, no line break) separate it from the previous syllable. */
  joined: boolean;
}

function isLetterAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return true;
  if (c < 0xc0) return false;
  return isLetterCode(c);
}

function onlySpaces(text: string, from: number, to: number): boolean {
  if (to - from > 8) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // spaces, and emphasis markers around a word (`**Nguyễn** Văn`)
    if (c !== 32 && c !== 9 && c !== 0xa0 && c !== 0x2a && c !== 0x5f) return false;
  }
  return true;
}

/** Syllable spellings seen before: the same string back without slicing. */
const interned = new Interner<never>();

/** Letter runs of `prose` in [from, to), with their text taken from `text`. Linear. */
export function syllables(text: string, prose: string, from = 0, to = prose.length): Syllable[] {
  const runs = syllableRuns(text, prose, from, to);
  const out: Syllable[] = new Array(runs.count);
  for (let k = 0; k < runs.count; k++) out[k] = { start: runs.start[k], end: runs.end[k], word: runs.word[k], joined: runs.joined[k] === 1 };
  return out;
}

/**
 * The same letter runs as `syllables`, as parallel arrays (no object per
 * syllable): for whole-document scans such as `tone/consistency`.
 */
export interface SyllableRuns {
  count: number;
  start: Int32Array;
  end: Int32Array;
  word: string[];
  /** 1 when `joined` (see `Syllable`). */
  joined: Uint8Array;
}

export function syllableRuns(text: string, prose: string, from = 0, to = prose.length): SyllableRuns {
  // a syllable takes at least one letter and one separator
  const cap = ((to - from + 1) >> 1) + 1;
  const start = new Int32Array(cap);
  const end = new Int32Array(cap);
  const joined = new Uint8Array(cap);
  const word: string[] = [];
  let count = 0;
  let i = from;
  let prevEnd = -1;
  while (i < to) {
    if (!isLetterAt(prose, i)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < to && isLetterAt(prose, j)) j++;
    const slot = interned.slot(text, i, j);
    start[count] = i;
    end[count] = j;
    word.push(slot < 0 ? text.slice(i, j) : interned.string(slot));
    if (prevEnd >= 0 && onlySpaces(text, prevEnd, i)) joined[count] = 1;
    count++;
    prevEnd = j;
    i = j;
  }
  return { count, start: start.subarray(0, count), end: end.subarray(0, count), word, joined: joined.subarray(0, count) };
}

/**
 * The phrase around offset `at` (a letter): the run of syllables joined to one
 * another (`joined`, see `Syllable`) that contains it, as [start, end). Rules
 * that look at names only need the phrase, not the whole paragraph.
 */
export function phraseAround(text: string, prose: string, at: number): [number, number] {
  let start = at;
  while (start > 0 && isLetterAt(prose, start - 1)) start--;
  for (;;) {
    // the previous syllable, when only spaces or emphasis markers (at most 8) separate it
    let k = start - 1;
    while (k >= 0 && start - k <= 9 && !isLetterAt(prose, k)) k--;
    if (k < 0 || isLetterAt(prose, k) === false || !onlySpaces(text, k + 1, start)) break;
    start = k;
    while (start > 0 && isLetterAt(prose, start - 1)) start--;
  }
  let end = at;
  const n = prose.length;
  while (end < n && isLetterAt(prose, end)) end++;
  for (;;) {
    let k = end;
    while (k < n && k - end <= 8 && !isLetterAt(prose, k)) k++;
    if (k >= n || !isLetterAt(prose, k) || !onlySpaces(text, end, k)) break;
    end = k;
    while (end < n && isLetterAt(prose, end)) end++;
  }
  return [start, end];
}

/** First letter upper case (`Hòa`, `HÒA`). */
export function isCapitalized(word: string): boolean {
  return word.length > 0 && isUpper(word[0]);
}

/**
 * Onsets a Vietnamese syllable can start with. `q` is left out on purpose:
 * `quý`, `quả` place the tone the same way in both conventions. A run whose
 * prefix is not an onset (`Noé`, `oủy`) is not a Vietnamese syllable.
 */
const ONSETS = new Set(['', 'b', 'c', 'ch', 'd', 'đ', 'g', 'gh', 'gi', 'h', 'k', 'kh', 'l', 'm', 'n', 'ng', 'ngh', 'nh', 'p', 'ph', 'r', 's', 't', 'th', 'tr', 'v', 'x']);

/**
 * The convention a syllable is written in, or undefined when both conventions
 * spell it the same way. Only open syllables ending in a toned `oa`, `oe`,
 * `uy` differ (`hòa`/`hoà`, `khỏe`/`khoẻ`, `ủy`/`uỷ`); `hoàn`, `khuỷu`,
 * `quý`, `già`, `thuở`, `huệ` do not.
 */
export function conventionOf(word: string): ToneConvention | undefined {
  if (word.length < 2) return undefined;
  // only words ending in a toned cluster can differ: two char-code tests rule out almost every syllable
  const last = word.charCodeAt(word.length - 1);
  if (last < 0xc0) {
    // the second letter of every cluster (`a`, `e`, `y`, plain or toned) is a, e, y or above U+00BF
    if (last !== 97 && last !== 101 && last !== 121 && last !== 65 && last !== 69 && last !== 89) return undefined;
  }
  const pair = word.slice(-2);
  const style = OLD_TO_NEW.has(pair) ? 'old' : NEW_TO_OLD.has(pair) ? 'new' : undefined;
  if (!style) return undefined;
  if (!ONSETS.has(word.slice(0, -2).toLowerCase())) return undefined;
  return style;
}

/** The syllable in the other convention, keeping its case (`Uỷ` → `Ủy`, `HOÀ` → `HÒA`). */
export function respell(word: string, to: ToneConvention): string {
  const pair = word.slice(-2);
  const repl = (to === 'new' ? OLD_TO_NEW : NEW_TO_OLD).get(pair);
  return repl === undefined ? word : word.slice(0, -2) + repl;
}

const VN_SYLLABLE =
  /^(?:b|c|ch|d|đ|g|gh|gi|h|k|kh|l|m|n|ng|ngh|nh|p|ph|qu|r|s|t|th|tr|v|x)?[aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ]{1,3}(?:c|ch|m|n|ng|nh|p|t)?$/;

/** Whether a word can be a Vietnamese syllable (`Trump`, `Donald`, `League` cannot). */
export function isVietnameseSyllable(word: string): boolean {
  return word.length <= 8 && VN_SYLLABLE.test(word.toLowerCase());
}
