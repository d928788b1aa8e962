import type { OffsetEdit, Rule } from '../../engine/types.js';
import { capitalize, foldKey } from '../../engine/vietnamese.js';
import { applyEdits, capitalizationAnalysis, genericBefore } from './analysis.js';
import { isRoman, spaced, type Token } from './tokens.js';

/** Words before `quốc khánh` that make it the holiday (`ngày Quốc khánh`, `dịp Quốc khánh`). */
const HOLIDAY_BEFORE = new Set(['ngày', 'lễ', 'dịp', 'mừng', 'niệm'].map(foldKey));

function isLowerRoman(s: string): boolean {
  return s.length >= 2 && isRoman(s.toUpperCase()) && s === s.toLowerCase();
}

function plain(t: Token | undefined): boolean {
  return !!t && t.word && !t.quoted && !t.caps;
}

export const event: Rule = {
  meta: {
    id: 'capitalization/event',
    description: {
      vi: 'Tên đại hội, hội nghị Trung ương, khóa và ngày lễ viết hoa đúng: "Đại hội XIII", "Hội nghị Trung ương 8", "khóa XIII", "Quốc khánh 2-9".',
      en: 'Congresses, Central Committee plenums, terms and holidays: "Đại hội XIII", "Hội nghị Trung ương 8", "khóa XIII", "Quốc khánh 2-9".',
    },
    defaultSeverity: 'warning',
    fixable: true,
    tags: ['capitalization', 'event'],
    messages: {
      wrongCase: {
        vi: 'Viết hoa tên sự kiện: "{expected}", không phải "{found}".',
        en: 'Capitalize the event name as "{expected}", not "{found}".',
      },
      term: {
        vi: 'Số khóa viết bằng chữ số La Mã in hoa, "khóa" viết thường giữa câu: "{expected}", không phải "{found}".',
        en: 'A term number is an upper-case Roman numeral, "khóa" lowercase mid-sentence: "{expected}", not "{found}".',
      },
      fix: { vi: 'Sửa thành "{expected}"', en: 'Change to "{expected}"' },
    },
  },
  check(ctx) {
    const { tokens, cover } = ctx.get(capitalizationAnalysis);
    const report = (i: number, j: number, edits: OffsetEdit[], messageId: string, medium = false) => {
      if (edits.length === 0) return;
      const start = tokens[i].start;
      const end = tokens[j - 1].end;
      const found = ctx.text.slice(start, end);
      const expected = applyEdits(ctx.text, start, end, edits);
      if (found === expected) return;
      ctx.report({ start, end, messageId, data: { found, expected }, severity: medium ? 'information' : undefined, fixes: [{ title: 'fix', edits, isPreferred: !medium }] });
    };
    const fixTo = (t: Token, text: string): OffsetEdit[] => (t.text === text ? [] : [{ start: t.start, end: t.end, text }]);
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k];
      if (!plain(t) || cover[k]) continue;
      const n1 = spaced(tokens, k + 1) ? tokens[k + 1] : undefined;
      // đại hội XIII (của Đảng) / Đại Hội XIII → Đại hội XIII
      if (t.key === 'đại' && n1?.key === 'hội' && plain(n1)) {
        let r = k + 2;
        const party = spaced(tokens, r) && tokens[r].key === 'đảng' && plain(tokens[r]) ? tokens[r] : undefined;
        if (party) r++;
        if (spaced(tokens, r) && isRoman(tokens[r].text) && !genericBefore(tokens, k)) {
          // `đại hội đảng XIII` → `Đại hội Đảng XIII`
          const partyFix = party ? fixTo(party, capitalize(party.text)) : [];
          report(k, party ? k + 3 : k + 2, [...fixTo(t, capitalize(t.text)), ...fixTo(n1, n1.text.toLowerCase()), ...partyFix], 'wrongCase');
          k += party ? 2 : 1;
          continue;
        }
      }
      // hội nghị trung ương 8 / Hội Nghị Trung Ương 8 → Hội nghị Trung ương 8
      if (t.key === 'hội' && n1?.key === 'nghị' && plain(n1)) {
        const a = tokens[k + 2];
        const b = tokens[k + 3];
        const num = tokens[k + 4];
        if (spaced(tokens, k + 2) && a.key === 'trung' && spaced(tokens, k + 3) && b.key === 'ương' && spaced(tokens, k + 4) && num.digit && num.text.length <= 2 && plain(a) && plain(b) && !genericBefore(tokens, k)) {
          report(k, k + 4, [...fixTo(t, capitalize(t.text)), ...fixTo(n1, n1.text.toLowerCase()), ...fixTo(a, capitalize(a.text)), ...fixTo(b, b.text.toLowerCase())], 'wrongCase');
          k += 3;
          continue;
        }
      }
      // khóa xiii → khóa XIII; Khóa XIII mid-sentence → khóa XIII (MEDIUM)
      if (t.key === foldKey('khóa') && n1 && !n1.quoted) {
        if (isLowerRoman(n1.text)) {
          report(k, k + 2, fixTo(n1, n1.text.toUpperCase()), 'term');
          k += 1;
          continue;
        }
        if (t.cap && !t.sentenceStart && isRoman(n1.text) && !(spaced(tokens, k) && tokens[k - 1].cap)) {
          report(k, k + 2, fixTo(t, t.text[0].toLowerCase() + t.text.slice(1)), 'term', true);
          k += 1;
          continue;
        }
      }
      // quốc khánh 2-9, ngày quốc khánh → Quốc khánh; Quốc Khánh → Quốc khánh
      if (t.key === 'quốc' && n1?.key === 'khánh' && plain(n1)) {
        const next = spaced(tokens, k + 2) ? tokens[k + 2] : undefined;
        const prev = spaced(tokens, k) ? tokens[k - 1] : undefined;
        const holiday = (next?.digit ?? false) || (prev?.word && HOLIDAY_BEFORE.has(prev.key));
        const edits = [...(holiday || t.cap ? fixTo(t, capitalize(t.text)) : []), ...fixTo(n1, n1.text.toLowerCase())];
        if (holiday || n1.cap) report(k, k + 2, edits, 'wrongCase');
        k += 1;
      }
    }
  },
};
