import { describe, expect, it } from 'vitest';
import { toneConsistency } from '../../server/src/rules/tone/consistency.js';
import { personNameMask } from '../../server/src/rules/tone/names.js';
import { conventionOf, respell, syllables } from '../../server/src/rules/tone/syllables.js';
import { fix, lint, rangeOf, ruleTester, type RangeTuple } from '../helpers.js';

const rules = [toneConsistency];

/** Range of the n-th (0-based) occurrence of `word` on line `line` of `text`. */
function at(text: string, word: string, n = 0, line = 0): RangeTuple {
  const l = text.split('\n')[line];
  let i = -1;
  const letter = /[\p{L}\p{M}]/u;
  for (let k = 0; k <= n; k++) {
    do i = l.indexOf(word, i + 1);
    while (i >= 0 && (letter.test(l[i - 1] ?? '') || letter.test(l[i + word.length] ?? '')));
  }
  if (i < 0) throw new Error(`${word} not in line ${line}`);
  return [line, i, line, i + word.length];
}

/** Every toned cluster in both conventions: [old, new]. */
const PAIRS: [string, string][] = [
  ['hòa', 'hoà'], ['hóa', 'hoá'], ['hỏa', 'hoả'], ['xõa', 'xoã'], ['họa', 'hoạ'],
  ['lòe', 'loè'], ['khóe', 'khoé'], ['khỏe', 'khoẻ'], ['nhõe', 'nhoẽ'], ['ọe', 'oẹ'],
  ['tùy', 'tuỳ'], ['thúy', 'thuý'], ['thủy', 'thuỷ'], ['lũy', 'luỹ'], ['thụy', 'thuỵ'],
];

/** Spelled the same in both conventions (vi-editorial-rules §4.1): never flagged. */
const NEVER = [
  'hoàn', 'toán', 'hoạch', 'khuyết', 'thuyền', 'huỳnh', 'khuỷu', 'quý', 'quả', 'quỳ', 'già', 'giữ', 'thuở', 'huệ', 'chuyện',
  'bìa', 'lụa', 'lửa', 'biển', 'muốn', 'được', 'ngoài', 'khoảng', 'hoặc', 'tuyệt', 'QUÝ', 'HOÀN', 'Quý',
].join(' ');

describe('syllable conventions', () => {
  it('knows the old and the new spelling of every toned oa, oe, uy', () => {
    for (const [o, n] of PAIRS) {
      expect([conventionOf(o), conventionOf(n)]).toEqual(['old', 'new']);
      expect(respell(o, 'new')).toBe(n);
      expect(respell(n, 'old')).toBe(o);
      expect(respell(o.toUpperCase(), 'new')).toBe(n.toUpperCase());
      const cap = (s: string) => s[0].toUpperCase() + s.slice(1);
      expect(respell(cap(n), 'old')).toBe(cap(o));
    }
  });
  it('keeps case: Uỷ → Ủy, HOÀ → HÒA', () => {
    expect(respell('Uỷ', 'old')).toBe('Ủy');
    expect(respell('HOÀ', 'old')).toBe('HÒA');
    expect(respell('ỦY', 'new')).toBe('UỶ');
    expect(respell('Òa', 'new')).toBe('Oà');
  });
  it('leaves alone syllables where the conventions agree', () => {
    for (const w of NEVER.split(' ')) expect(conventionOf(w), w).toBeUndefined();
    expect(conventionOf('Noé'.replace('N', 'Chl'))).toBeUndefined(); // not a Vietnamese onset
    expect(conventionOf('a')).toBeUndefined();
  });
});

describe('person names', () => {
  const names = (t: string) => {
    const s = syllables(t, t);
    const m = personNameMask(s);
    return s.filter((_, i) => m[i]).map((x) => x.word).join(' ');
  };
  it('finds family-name runs, names after ông/bà/anh/chị/em and lone given names', () => {
    expect(names('ông Lê Văn Thuỷ và Nguyễn Thị Hoà dự')).toBe('Lê Văn Thuỷ Nguyễn Thị Hoà');
    expect(names('chị Thuý, em Hoà, Anh Khoẻ nói')).toBe('Thuý Hoà Khoẻ');
    expect(names('hôm qua gặp Thuý ở chợ')).toBe('Thuý');
    expect(names('Ủy ban nhân dân tỉnh Thanh Hóa, Luật Thủy sản')).toBe('');
  });
});

ruleTester(toneConsistency, {
  valid: [
    'Ủy ban hòa giải khuyên giữ sức khỏe, tùy theo thủy lợi.',
    'Uỷ ban hoà giải khuyên giữ sức khoẻ, tuỳ theo thuỷ lợi.',
    'ỦY BAN NHÂN DÂN TỈNH THANH HÓA\n\nỦy ban hòa giải.',
    // never-touch syllables under either setting
    { text: NEVER, settings: { tone: { style: 'old' } } },
    { text: NEVER, settings: { tone: { style: 'new' } } },
    { text: `${NEVER} hòa`, settings: { tone: { style: 'old' } } },
    { text: `${NEVER} hoà`, settings: { tone: { style: 'new' } } },
    // personal names are never re-spelled, whatever the draft or the setting
    'Ủy ban hòa giải mời ông Lê Văn Thuỷ, bà Hoà, chị Thuý, em Khoẻ và Nguyễn Thị Thuỷ.',
    { text: 'Uỷ ban hoà giải mời ông Lê Văn Thủy, anh Hòa và Huỳnh Thúy Vân.', settings: { tone: { style: 'new' } } },
    'Hôm qua tôi gặp Thuý ở ủy ban hòa giải.',
    'Ủy ban hòa giải mời **Nguyễn** Văn Thuỷ và _Trần Thị Hoà_.',
    // code, URLs and HTML are not prose
    'Ủy ban hòa giải, xem `hoà` và https://hoà.vn/uỷ.',
    'Trong văn bản này không có âm tiết nào khác nhau.',
  ],
  invalid: [
    {
      // majority old: 3 old, 1 new
      text: 'Ủy ban hòa giải khuyên giữ sức khỏe, uỷ quyền.',
      errors: [{ range: at('Ủy ban hòa giải khuyên giữ sức khỏe, uỷ quyền.', 'uỷ'), severity: 'information', messageIncludes: 'viết "ủy", không phải "uỷ"' }],
      output: 'Ủy ban hòa giải khuyên giữ sức khỏe, ủy quyền.',
    },
    {
      // majority new
      text: 'Uỷ ban hoà giải, khoẻ mạnh, thủy lợi.',
      errors: [{ range: [0, 28, 0, 32], messageIncludes: 'kiểu mới' }],
      output: 'Uỷ ban hoà giải, khoẻ mạnh, thuỷ lợi.',
    },
    {
      // a tie goes to the first occurrence
      text: 'hòa giải và hoà bình',
      errors: [{ range: [0, 12, 0, 15] }],
      output: 'hòa giải và hòa bình',
    },
    {
      text: 'hoà giải và hòa bình',
      errors: [{ range: [0, 12, 0, 15] }],
      output: 'hoà giải và hoà bình',
    },
    {
      // names do not count: counted, they would make the new style win 4 to 2
      text: 'Ông Lê Văn Thuỷ, bà Hoà và chị Thuý dự hòa giải ở ủy ban, uỷ quyền.',
      errors: [{ range: at('Ông Lê Văn Thuỷ, bà Hoà và chị Thuý dự hòa giải ở ủy ban, uỷ quyền.', 'uỷ') }],
      output: 'Ông Lê Văn Thuỷ, bà Hoà và chị Thuý dự hòa giải ở ủy ban, ủy quyền.',
    },
    {
      // setting "old" against a new-style majority
      text: 'Uỷ ban hoà giải, thủy lợi.',
      settings: { tone: { style: 'old' } },
      errors: [{ range: [0, 0, 0, 2], messageIncludes: 'tone.style = "old"' }, { range: [0, 7, 0, 10] }],
      output: 'Ủy ban hòa giải, thủy lợi.',
    },
    {
      text: 'Ủy ban hòa giải, khỏe, thủy.',
      settings: { tone: { style: 'new' } },
      errors: [{ range: [0, 0, 0, 2] }, { range: [0, 7, 0, 10] }, { range: [0, 17, 0, 21] }, { range: [0, 23, 0, 27] }],
      output: 'Uỷ ban hoà giải, khoẻ, thuỷ.',
    },
    {
      // case kept; ALL-CAPS text counts and is fixed in caps
      text: 'ỦY BAN HÒA GIẢI. Uỷ ban hoà giải, HOÀ, Thuỷ.',
      errors: [{ range: [0, 17, 0, 19] }, { range: [0, 24, 0, 27] }, { range: [0, 34, 0, 37] }, { range: [0, 39, 0, 43] }],
      output: 'ỦY BAN HÒA GIẢI. Ủy ban hòa giải, HÒA, Thủy.',
      settings: { tone: { style: 'old' } },
    },
    {
      text: 'UỶ BAN HOÀ GIẢI, KHOẺ, thủy',
      errors: [{ range: [0, 23, 0, 27] }],
      output: 'UỶ BAN HOÀ GIẢI, KHOẺ, thuỷ',
    },
    {
      // every cluster, old → new
      text: PAIRS.map(([o]) => o).join(' '),
      settings: { tone: { style: 'new' } },
      errors: PAIRS.map(([o], i) => {
        const s = PAIRS.slice(0, i).reduce((n, [w]) => n + w.length + 1, 0);
        return { range: [0, s, 0, s + o.length] as RangeTuple };
      }),
      output: PAIRS.map(([, n]) => n).join(' '),
    },
    {
      // every cluster, new → old
      text: PAIRS.map(([, n]) => n).join(' '),
      settings: { tone: { style: 'old' } },
      errors: PAIRS.map(([, n], i) => {
        const s = PAIRS.slice(0, i).reduce((acc, [, w]) => acc + w.length + 1, 0);
        return { range: [0, s, 0, s + n.length] as RangeTuple };
      }),
      output: PAIRS.map(([o]) => o).join(' '),
    },
    {
      // Markdown: headings and list items are prose
      text: '# Hoà bình\n\n- Ủy ban hòa giải\n- sức khỏe',
      errors: [{ range: [0, 2, 0, 5] }],
      output: '# Hòa bình\n\n- Ủy ban hòa giải\n- sức khỏe',
    },
    {
      text: 'Tiêu đề hoà bình\nỦy ban hòa giải, sức khỏe.',
      kind: 'plaintext',
      errors: [{ range: [0, 8, 0, 11] }],
      output: 'Tiêu đề hòa bình\nỦy ban hòa giải, sức khỏe.',
    },
  ],
});

describe('tone/consistency details', () => {
  it('points to the first use of the majority style and speaks English', () => {
    const [d] = lint('Ủy ban hòa giải, uỷ quyền.', { rules, settings: { language: 'en' } });
    expect(d.message).toBe('This draft places tone marks in the old style (hòa, ủy, khỏe) in 2 of 3 syllables that can be written both ways: write "ủy", not "uỷ".');
    expect(d.related?.map((r) => r.range.start.character)).toEqual([0]);
    expect(d.fixes.map((f) => [f.title, f.isPreferred])).toEqual([['Write "ủy"', true]]);
  });

  it('fixes decomposed (NFD) input in place and keeps it decomposed', () => {
    const nfc = 'Ủy ban hòa giải khuyên giữ sức khỏe, uỷ quyền, Hoà.';
    const nfd = nfc.normalize('NFD');
    const found = lint(nfd, { rules });
    expect(found.map((d) => d.source.normalize('NFC'))).toEqual(['uỷ', 'Hoà']);
    const fixed = fix(nfd, { rules });
    expect(fixed).toBe('Ủy ban hòa giải khuyên giữ sức khỏe, ủy quyền, Hòa.'.normalize('NFD'));
  });

  it('one pass of fix-all converts the whole draft; a second pass changes nothing', () => {
    const text = 'Uỷ ban hoà giải khoẻ, thủy lợi, hòa bình, ông Lê Văn Thủy.\n\n- HÒA GIẢI\n- tuỳ';
    const once = fix(text, { rules, settings: { tone: { style: 'old' } } });
    expect(once).toBe('Ủy ban hòa giải khỏe, thủy lợi, hòa bình, ông Lê Văn Thủy.\n\n- HÒA GIẢI\n- tùy');
    expect(fix(once, { rules, settings: { tone: { style: 'old' } } })).toBe(once);
    expect(lint(once, { rules, settings: { tone: { style: 'old' } } })).toEqual([]);
    const auto = fix(text, { rules });
    expect(lint(auto, { rules })).toEqual([]);
    expect(fix(auto, { rules })).toBe(auto);
  });

  it('only the cluster is edited', () => {
    const [d] = lint('Ủy ban hòa giải, thuỷ lợi.', { rules });
    expect(d.fixes[0].edits).toEqual([{ range: { start: { line: 0, character: 19 }, end: { line: 0, character: 21 } }, newText: 'ủy' }]);
    expect(rangeOf(d)).toEqual([0, 17, 0, 21]);
  });

  it('finishes quickly on adversarial 200 KB inputs', () => {
    const inputs = [
      'hoà hòa '.repeat(25_000),
      'Nguyễn '.repeat(30_000) + 'Thuỷ hòa',
      'ông '.repeat(50_000) + 'Hoà',
      'ôngHoà'.repeat(35_000),
      'h' + 'o'.repeat(200_000) + 'à hòa',
      ' '.repeat(200_000) + 'hoà hòa hòa',
      'Thuỷ '.repeat(40_000) + 'ủy',
    ];
    for (const t of inputs) {
      const start = performance.now();
      lint(t, { rules });
      const ms = performance.now() - start;
      if (process.env.BIENTAP_TIMING) console.log(t.slice(0, 12), Math.round(ms));
      expect(ms).toBeLessThan(10_000);
    }
  });
});
