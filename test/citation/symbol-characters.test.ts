import { describe, expect, it } from 'vitest';
import { symbolCharacters } from '../../server/src/rules/citation/symbol-characters.js';
import { citationRules } from '../../server/src/rules/citation/index.js';
import { lint, ruleTester } from '../helpers.js';
import { QUIET, span } from './util.js';

/** One invalid case: `written` inside a sentence after a type word, fixed to `fixed`. */
function c(written: string, fixed: string | undefined, messageIncludes?: string, word = 'Nghị quyết số') {
  const text = `Theo ${word} ${written} của cơ quan.`;
  return { text, errors: [{ range: span(text, written), messageIncludes, severity: 'error' as const }], output: fixed === undefined ? undefined : text.replace(written, fixed) };
}

ruleTester(symbolCharacters, {
  valid: [
    ...QUIET,
    'Quyết định số 977/QĐ-TTg, Chương trình số 06-CTr/TU, Tờ trình số 12/TTr-UBND.',
    'Quy định số 08-QĐi/TW, Nghị quyết số 15-NQ/ThU, bản trích sao 12/TrS-VPCP, Quy định số 12/QyĐ-UBND.',
    'Nghị quyết số 43/2022/QH15 và Pháp lệnh số 02/2022/UBTVQH15.',
    // a spaced dash before an ordinary word is not part of the symbol
    'Nghị quyết 57-NQ/TW - văn bản quan trọng - đã được quán triệt.',
    // ordering errors are reported (and fixed) by citation/symbol-order
    'Nghị quyết số 58 / nq-tw.',
  ],
  invalid: [
    c('57–NQ/TW', '57-NQ/TW', 'dấu gạch ngang'),
    c('57—NQ/TW', '57-NQ/TW'),
    c('57−NQ/TW', '57-NQ/TW'),
    c('57 - NQ/TW', '57-NQ/TW', 'khoảng trắng'),
    c('57 -NQ/ TW', '57-NQ/TW'),
    c('57 – NQ/TW', '57-NQ/TW', 'không dùng gạch ngang'),
    c('367 - QĐ/TWĐTN-VP', '367-QĐ/TWĐTN-VP', undefined, 'Quyết định số'),
    c('57-NQ⁄TW', '57-NQ/TW', 'gạch chéo'),
    c('57-NQ／TW', '57-NQ/TW'),
    c('57-\u200bNQ/TW', '57-NQ/TW'),
    c('57\u00a0-\u00a0NQ/TW', '57-NQ/TW'),
    c('18 NQ/TW', '18-NQ/TW', 'thiếu dấu gạch nối'),
    c('84 QĐ/TWĐTN', '84-QĐ/TWĐTN', undefined, 'Quyết định số'),
    c('57-nq/tw', '57-NQ/TW', 'in hoa'),
    c('57-Nq/Tw', '57-NQ/TW'),
    c('30/2020/ND-CP', '30/2020/NĐ-CP', '"Đ"', 'Nghị định số'),
    c('18/2020/QD-TTg', '18/2020/QĐ-TTg', undefined, 'Quyết định số'),
    c('30/2020/NÐ-CP', '30/2020/NĐ-CP', undefined, 'Nghị định số'),
    c('12/NQ-HDND', '12/NQ-HĐND'),
    c('977/QĐ-TTG', '977/QĐ-TTg', 'TTg', 'Quyết định số'),
    c('06-CTR/TU', '06-CTr/TU', undefined, 'Chương trình số'),
    c('06-Ctr/TU', '06-CTr/TU', undefined, 'Chương trình số'),
    c('12/TTR-UBND', '12/TTr-UBND', undefined, 'Tờ trình số'),
    // MEDIUM (§1.2): suggested, not applied
    c('08-QĐI/TW', undefined, '"08-QĐi/TW"', 'Quy định số'),
    c('08-QDi/TW', undefined, '"08-QĐi/TW"', 'Quy định số'),
    c('18-NQ/TƯ', '18-NQ/TW', '"TW"'),
    c('18-NQ/T.Ư', '18-NQ/TW'),
    c('59/2020/QH-14', '59/2020/QH14', 'QH', 'Luật số'),
    c('59/2020/QH.14', '59/2020/QH14', undefined, 'Luật số'),
    c('59/2020/QH XIV', '59/2020/QH14', undefined, 'Luật số'),
    c('30-2020-NĐ-CP', '30/2020/NĐ-CP', 'đường dẫn', 'Nghị định'),
    c('30_2020_ND-CP', '30/2020/NĐ-CP', undefined, 'Nghị định'),
    c('01/2011/TTBNV', '01/2011/TT-BNV', 'thiếu dấu gạch nối', 'Thông tư'),
    c('30/2020/NĐCP', '30/2020/NĐ-CP', undefined, 'Nghị định'),
    c('01/2011/TT-BNV-', '01/2011/TT-BNV', 'thừa', 'Thông tư'),
    // standalone symbols (no type word) are checked when clearly symbols
    (() => {
      const text = 'Thực hiện 40 – CT/TW và 30/2020/ND-CP.';
      return { text, errors: [{ range: span(text, '40 – CT/TW') }, { range: span(text, '30/2020/ND-CP') }], output: 'Thực hiện 40-CT/TW và 30/2020/NĐ-CP.' };
    })(),
    // several issues in one symbol: one report, all fixed
    c('57 – NQ/tư', '57-NQ/TW', 'nhiều lỗi ký tự'),
    // CRLF and NFD input: ranges and fixes land in the text as written
    (() => {
      const text = 'Dòng một.\r\nTheo Chỉ thị số 05-CT/TƯ ngày 15-5-2016 của Bộ Chính trị.'.normalize('NFD');
      return {
        text,
        errors: [{ range: span(text, '05-CT/TƯ'.normalize('NFD')) }],
        output: 'Dòng một.\r\nTheo Chỉ thị số 05-CT/TW ngày 15-5-2016 của Bộ Chính trị.'.normalize('NFD'),
      };
    })(),
  ],
});

describe('citation/symbol-characters fixes', () => {
  it('makes the HIGH part preferred and offers the MEDIUM part separately', () => {
    const [d] = lint('Quy định số 08 – QĐI/TW.', { rules: [symbolCharacters] });
    expect(d.fixes.map((f) => [f.isPreferred, f.edits.map((e) => e.newText)])).toEqual([
      [true, ['-']],
      [false, ['-', 'i']],
    ]);
  });
  it('only touches the characters it corrects', () => {
    const [d] = lint('Nghị định 30/2020/ND-CP.', { rules: [symbolCharacters] });
    expect(d.fixes[0].edits).toEqual([{ range: { start: { line: 0, character: 19 }, end: { line: 0, character: 20 } }, newText: 'Đ' }]);
  });
  it('leaves an order error to citation/symbol-order unless that rule is off', () => {
    const text = 'Nghị quyết số 58/NQ–TW.';
    expect(lint(text, { rules: citationRules }).filter((d) => d.rule === 'citation/symbol-characters')).toEqual([]);
    const off = lint(text, { rules: citationRules, settings: { rules: { 'citation/symbol-order': 'off' } } }).filter((d) => d.rule === 'citation/symbol-characters');
    expect(off.map((d) => d.source)).toEqual(['58/NQ–TW']);
  });
});
