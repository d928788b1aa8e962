import type { Rule } from '../../engine/types.js';
import { capitalize, foldKey } from '../../engine/vietnamese.js';
import { capitalizationAnalysis, genericBefore, untouchable } from './analysis.js';
import { checkName } from './util.js';
import { isRoman, spaced, type Token } from './tokens.js';

/** Nouns counted by a number (`2 năm`): the number is not a document number. */
const COUNTED = new Set(['năm', 'tháng', 'ngày', 'tuần', 'giờ', 'phút', 'người', 'lần', 'điểm', 'nội', 'tỷ', 'triệu', 'nghìn', 'ngàn', 'trăm', 'đồng', 'ha', 'km', 'm', 'cán', 'đảng', 'văn', 'nhiệm', 'chương', 'điều', 'khoản'].map(foldKey));

/** What follows a type word makes it name one document: `số 57`, `57-NQ/TW`, `Đại hội XIII`, `Trung ương 4`. */
function namesOneDocument(tokens: readonly Token[], j: number, bareNumber: boolean): boolean {
  if (!spaced(tokens, j)) return false;
  const t = tokens[j];
  if (t.key === 'số' && spaced(tokens, j + 1) && tokens[j + 1].digit) return true;
  if (t.digit) {
    // a symbol (`57-NQ/TW`, `30/2020/NĐ-CP`) or, for a few types, a bare number (`Nghị quyết 57`)
    const n = tokens[j + 1];
    const glued = n && !n.word && !n.spaceBefore && !n.breakBefore && (n.text === '-' || n.text === '/');
    if (glued) return true;
    return bareNumber && t.text.length <= 4 && !(spaced(tokens, j + 1) && COUNTED.has(tokens[j + 1].key));
  }
  // `Nghị quyết Đại hội XIII`, `nghị quyết đại hội Đảng XIII`
  if (t.key === 'đại' && spaced(tokens, j + 1) && tokens[j + 1].key === 'hội') {
    let k = j + 2;
    if (spaced(tokens, k) && tokens[k].key === 'đảng') k++;
    return spaced(tokens, k) && isRoman(tokens[k].text);
  }
  // `Nghị quyết Trung ương 4`, `nghị quyết Hội nghị Trung ương 8`
  let k = j;
  if (t.key === 'hội' && spaced(tokens, j + 1) && tokens[j + 1].key === 'nghị') k = j + 2;
  if (spaced(tokens, k) || k === j) {
    if (tokens[k]?.key === 'trung' && spaced(tokens, k + 1) && tokens[k + 1].key === 'ương' && spaced(tokens, k + 2) && tokens[k + 2].digit) return true;
  }
  return false;
}

/** `hiến pháp` names the Constitution when a year or the country follows. */
function constitutionFollows(tokens: readonly Token[], j: number): boolean {
  if (!spaced(tokens, j)) return false;
  const t = tokens[j];
  if (t.digit && t.text.length === 4) return true;
  if (t.key === 'năm' && spaced(tokens, j + 1) && tokens[j + 1].digit && tokens[j + 1].text.length === 4) return true;
  return t.key === 'nước' || t.key === 'việt';
}

export const documentName: Rule = {
  meta: {
    id: 'capitalization/document-name',
    description: {
      vi: 'Tên loại văn bản viết hoa khi gọi tên một văn bản cụ thể; tên luật, bộ luật, Hiến pháp, Điều lệ Đảng viết hoa đúng dạng (Nghị định 30/2020/NĐ-CP, Phụ lục II, mục V.5).',
      en: 'A document type is capitalized when it names one document; laws, codes, the Constitution and the Party Statute keep their canonical capitals (Decree 30/2020, Appendix II §V.5).',
    },
    defaultSeverity: 'warning',
    fixable: true,
    tags: ['capitalization', 'document'],
    messages: {
      wrongCase: {
        vi: 'Tên văn bản viết hoa chữ cái đầu của loại văn bản và của tên gọi: "{expected}", không phải "{found}".',
        en: 'A document name capitalizes the type word and the first word of its title: "{expected}", not "{found}".',
      },
      typeWord: {
        vi: 'Loại văn bản đứng trước số, ký hiệu hoặc tên một văn bản cụ thể viết hoa: "{expected}", không phải "{found}".',
        en: 'A document type before a number, symbol or specific title is capitalized: "{expected}", not "{found}".',
      },
      fix: { vi: 'Sửa thành "{expected}"', en: 'Change to "{expected}"' },
    },
  },
  check(ctx) {
    const { tokens, matches } = ctx.get(capitalizationAnalysis);
    for (const m of matches) {
      const e = m.entry;
      if (e.kind === 'document') {
        if (e.constitution) {
          const t = tokens[m.i];
          const specific = !t.cap && !genericBefore(tokens, m.i) && constitutionFollows(tokens, m.j);
          checkName(ctx, tokens, m, { contextSpecific: specific, messageId: 'wrongCase', fixId: 'fix' });
        } else checkName(ctx, tokens, m, { messageId: 'wrongCase', fixId: 'fix' });
        continue;
      }
      if (e.kind !== 'doctype') continue;
      if (untouchable(tokens, m.i, m.j, m.form.surface)) continue;
      const specific = !genericBefore(tokens, m.i) && namesOneDocument(tokens, m.j, !!e.bareNumber);
      const first = tokens[m.i];
      // `Nguyễn Quyết Định`: syllables of a person's name, not a document type
      const prev = spaced(tokens, m.i) ? tokens[m.i - 1] : undefined;
      if (first.cap && prev?.word && prev.cap && !prev.caps && !prev.sentenceStart) continue;
      // a lowercase type word naming one document: capitalize it; extra capitals inside (`Nghị Quyết`) always
      const surface = m.form.surface.map((s, x) => (x === 0 ? (specific || first.cap ? capitalize(s) : s.toLowerCase()) : s));
      checkName(ctx, tokens, { ...m, form: { ...m.form, surface } }, { contextSpecific: specific, messageId: specific && !first.cap ? 'typeWord' : 'wrongCase', fixId: 'fix' });
    }
  },
};
