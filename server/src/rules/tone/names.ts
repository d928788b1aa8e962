/**
 * Personal names in a run of syllables (vi-editorial-rules §3.6, §4.4.4): a run
 * of capitalized syllables that starts with a common family name, the
 * capitalized syllables after `ông`, `bà`, `anh`, `chị` …, and a lone given
 * name (`Thuý`) written mid-sentence after a lowercase word.
 */
import data from '../../data/tone-person-names.json';
import { foldKey } from '../../engine/vietnamese.js';
import { isCapitalized, type Syllable } from './syllables.js';

export const FAMILY_NAMES: ReadonlySet<string> = new Set(data.familyNames.map((w) => w.normalize('NFC')));
const PREFIXES: ReadonlySet<string> = new Set(data.personPrefixes.map((w) => w.normalize('NFC')));
const GIVEN: ReadonlySet<string> = new Set(data.givenNames.map((w) => foldKey(w.normalize('NFC'))));

/** The longest name that may follow a family name or a prefix (`Nguyễn Thị Minh Khai`, `Tôn Nữ Thị Ninh`). */
const MAX_NAME = 5;

export function isFamilyName(word: string): boolean {
  return FAMILY_NAMES.has(word.toLowerCase());
}

const F_CAP = 1;
const F_PREFIX = 2;
const F_FAMILY = 4;
const F_GIVEN = 8;
/** Per spelling: the facts the mask asks about (a draft repeats a small vocabulary; bounded). */
const wordFacts = new Map<string, number>();

function factsOf(word: string): number {
  let f = wordFacts.get(word);
  if (f !== undefined) return f;
  f = (isCapitalized(word) ? F_CAP : 0) | (PREFIXES.has(word.toLowerCase()) ? F_PREFIX : 0) | (isFamilyName(word) ? F_FAMILY : 0) | (GIVEN.has(foldKey(word)) ? F_GIVEN : 0);
  if (word.length <= 32) {
    if (wordFacts.size >= 50_000) wordFacts.clear();
    wordFacts.set(word, f);
  }
  return f;
}

/** Marks (1) the syllables that belong to a personal name. Linear in the number of syllables. */
export function personNameMask(syl: readonly Syllable[]): Uint8Array {
  return personNameMaskOf(
    syl.map((s) => s.word),
    syl.map((s) => (s.joined ? 1 : 0)),
  );
}

/** `personNameMask` over parallel arrays (`SyllableRuns`): the words and their `joined` flags. */
export function personNameMaskOf(words: readonly string[], joinedFlags: ArrayLike<number>): Uint8Array {
  const n = words.length;
  const mask = new Uint8Array(n);
  const facts = new Uint8Array(n);
  for (let k = 0; k < n; k++) facts[k] = factsOf(words[k]);
  const cap = (k: number) => k < n && (facts[k] & F_CAP) !== 0;
  for (let i = 0; i < n; i++) {
    const f = facts[i];
    // ông Nguyễn Văn A, chị Thuý, Anh Hoà (sentence-initial prefix)
    if (f & F_PREFIX && i + 1 < n && joinedFlags[i + 1] && cap(i + 1)) {
      let k = i + 1;
      while (k < n && k - i <= MAX_NAME && cap(k) && (k === i + 1 || joinedFlags[k])) mask[k++] = 1;
      continue;
    }
    if (!cap(i)) continue;
    // Nguyễn Thị Thuỷ: a family name followed by at least one capitalized syllable
    if (f & F_FAMILY && i + 1 < n && joinedFlags[i + 1] && cap(i + 1)) {
      let k = i;
      while (k < n && k - i < MAX_NAME && cap(k) && (k === i || joinedFlags[k])) mask[k++] = 1;
      i = k - 1;
      continue;
    }
    // gặp Thuý hôm qua: a lone given name after a lowercase word
    if (f & F_GIVEN && joinedFlags[i] && i > 0 && !cap(i - 1) && !(i + 1 < n && joinedFlags[i + 1] && cap(i + 1))) {
      mask[i] = 1;
    }
  }
  return mask;
}

const MIDDLE: ReadonlySet<string> = new Set(data.middleNames.map((w) => foldKey(w.normalize('NFC'))));

/** A syllable that usually stands in the middle of a person's name (`Văn`, `Thị`, `Minh`). */
export function isMiddleName(word: string): boolean {
  return MIDDLE.has(foldKey(word));
}
