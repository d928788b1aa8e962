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

/** Marks (1) the syllables that belong to a personal name. Linear in the number of syllables. */
export function personNameMask(syl: readonly Syllable[]): Uint8Array {
  const mask = new Uint8Array(syl.length);
  const n = syl.length;
  const cap = (k: number) => k < n && isCapitalized(syl[k].word);
  for (let i = 0; i < n; i++) {
    const s = syl[i];
    // ông Nguyễn Văn A, chị Thuý, Anh Hoà (sentence-initial prefix)
    if (PREFIXES.has(s.word.toLowerCase()) && i + 1 < n && syl[i + 1].joined && cap(i + 1)) {
      let k = i + 1;
      while (k < n && k - i <= MAX_NAME && cap(k) && (k === i + 1 || syl[k].joined)) mask[k++] = 1;
      continue;
    }
    if (!cap(i)) continue;
    // Nguyễn Thị Thuỷ: a family name followed by at least one capitalized syllable
    if (isFamilyName(s.word) && i + 1 < n && syl[i + 1].joined && cap(i + 1)) {
      let k = i;
      while (k < n && k - i < MAX_NAME && cap(k) && (k === i || syl[k].joined)) mask[k++] = 1;
      i = k - 1;
      continue;
    }
    // gặp Thuý hôm qua: a lone given name after a lowercase word
    if (GIVEN.has(foldKey(s.word)) && s.joined && i > 0 && !cap(i - 1) && !(i + 1 < n && syl[i + 1].joined && cap(i + 1))) {
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
