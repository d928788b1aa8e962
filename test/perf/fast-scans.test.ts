import { describe, expect, it } from 'vitest';
import { scoreLanguage, scoreLanguageSlow } from '../../server/src/engine/language.js';
import { isLetter, isLower, isUpper } from '../../server/src/engine/vietnamese.js';

const SAMPLES = [
  'Nghị quyết số 57-NQ/TW của Bộ Chính trị và the Ministry of Finance',
  'HÒA BÌNH — Ủy ban nhân dân tỉnh; İstanbul ß ǅ 𝐀𝐁𝐂 e\u0301 ü',
  'the and of to in is for with on that this are be it as by from or an at',
  '',
  '   ',
  'và của các những được trong là có cho với này đã không người một',
];

function rand(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('table-driven scans give the regex answers', () => {
  it('scoreLanguage equals the regex scan on samples and ranges', () => {
    for (const s of SAMPLES) {
      expect(scoreLanguage(s)).toEqual(scoreLanguageSlow(s));
      for (let a = 0; a < s.length; a += 3) for (let b = a; b <= s.length; b += 5) expect(scoreLanguage(s, a, b)).toEqual(scoreLanguageSlow(s, a, b));
    }
  });

  it('scoreLanguage equals the regex scan on random text', () => {
    const next = rand(7);
    const alphabet = 'aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặỳỷỹýỵAĂÂĐÊÔƠƯÀ Ỳ  \n.,;"“”İßǅ\u0301𝐀x1';
    const chars = [...alphabet];
    for (let k = 0; k < 200; k++) {
      let s = '';
      for (let i = 0; i < 60; i++) s += chars[Math.floor(next() * chars.length)];
      expect(scoreLanguage(s)).toEqual(scoreLanguageSlow(s));
      expect(scoreLanguage(s, 5, 40)).toEqual(scoreLanguageSlow(s, 5, 40));
    }
  });

  it('isLetter, isUpper, isLower match their definitions on every BMP code unit', () => {
    const letter = /[\p{L}\p{M}]/u;
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (isLetter(ch) !== letter.test(ch)) wrong.push(c);
      if (isUpper(ch) !== (ch !== ch.toLowerCase() && ch === ch.toUpperCase())) wrong.push(c);
      if (isLower(ch) !== (ch !== ch.toUpperCase() && ch === ch.toLowerCase())) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });
});

describe('scan helpers', () => {
  it('Interner returns equal strings, the same slot for the same text, and survives overflow', async () => {
    const { Interner } = await import('../../server/src/engine/intern.js');
    const it = new Interner<number>(8, 5);
    const s = 'ab abc ab toolong ab';
    const a = it.slot(s, 0, 2);
    expect(it.string(a)).toBe('ab');
    it.setValue(a, 42);
    expect(it.slot(s, 7 + 3 + 0, 7 + 3 + 0) >= 0).toBe(true); // empty string is internable
    expect(it.slot(s, 10 - 3, 9)).toBeGreaterThanOrEqual(0);
    expect(it.slot(s, 18, 20)).toBe(it.slot(s, 0, 2));
    expect(it.value(it.slot(s, 18, 20))).toBe(42);
    expect(it.slot(s, 10, 17)).toBe(-1); // longer than maxLength
    // more distinct strings than the capacity: cleared and still correct
    const many = Array.from({ length: 50 }, (_, k) => `w${k}`).join(' ');
    for (let k = 0, at = 0; k < 50; k++) {
      const end = many.indexOf(' ', at) < 0 ? many.length : many.indexOf(' ', at);
      expect(it.string(it.slot(many, at, end))).toBe(many.slice(at, end));
      at = end + 1;
    }
  });

  it('nextMatch finds the matches the global regex finds', async () => {
    const { nextMatch, stickyOf } = await import('../../server/src/engine/scan.js');
    const re = /(?<![\p{L}\p{M}\d])ngày[ ]{1,3}(\d{1,2})/giu;
    const sticky = stickyOf(re);
    const text = 'Ngày 5, ngày 6, angày 7, NGÀY 8, 1ngày 9, ngày x ngày 10';
    const expected: number[] = [];
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) expected.push(m.index);
    const got: number[] = [];
    let from = 0;
    const canOpen = (c: number, s: string, i: number) => (c === 110 || c === 78) && (s.charCodeAt(i + 1) | 0x20) === 103;
    while ((m = nextMatch(sticky, text, from, canOpen, true))) {
      got.push(m.index);
      from = m.index + m[0].length;
    }
    expect(got).toEqual(expected);
    expect(got.length).toBe(4);
  });
});
