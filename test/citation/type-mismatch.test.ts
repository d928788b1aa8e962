import { describe, expect, it } from 'vitest';
import { typeMismatch } from '../../server/src/rules/citation/type-mismatch.js';
import { lint, ruleTester } from '../helpers.js';
import { QUIET, span } from './util.js';

const t1 = 'Theo Nghị quyết số 12-CT/TW của Ban Bí thư.';
const t2 = 'Quyết định số 08-QĐi/TW ngày 25-10-2018.';
const t3 = 'Chương trình hành động số 06-CT/TU của Thành ủy.';
const t4 = 'theo nghị quyết số 12-CT/TW.';
const t5 = 'Nghị định số 12/QĐ-TTg.';
const t6 = 'Theo Công văn số 357/BTCTU của Ban Tổ chức Tỉnh ủy.';

ruleTester(typeMismatch, {
  valid: [
    ...QUIET,
    'Quy định số 66-QĐ/TW, Quy định số 08-QĐi/TW, Quyết định số 127-QĐ/TW.',
    'Chương trình hành động số 06-CTr/TU, Chỉ thị số 05/CT-TTg, Kế hoạch số 88-KH/BTGTU.',
    'Thông tư số 25/TT-MTTW-BTT (văn bản của Mặt trận: không xét).',
    'Luật số 59/2020/L-QH14 và Nghị quyết số 43/2022/QH15.',
    'Thông báo kết luận số 45-TB/TW, Nghị quyết liên tịch số 09/2008/NQLT-CP-UBTWMTTQVN.',
    'Công văn số 357-CV/BTCTU, Công văn số 73/TTg-CN, Công văn 1234/UBND-VX.',
  ],
  invalid: [
    { text: t1, errors: [{ range: span(t1, 'Nghị quyết số 12-CT/TW'), messageIncludes: '"CT" là mã của Chỉ thị', severity: 'warning' }] },
    { text: t2, errors: [{ range: span(t2, 'Quyết định số 08-QĐi/TW'), messageIncludes: 'Quy định' }] },
    { text: t3, errors: [{ range: span(t3, 'Chương trình hành động số 06-CT/TU') }] },
    { text: t4, errors: [{ range: span(t4, 'nghị quyết số 12-CT/TW') }] },
    { text: t5, errors: [{ range: span(t5, 'Nghị định số 12/QĐ-TTg') }] },
    { text: t6, errors: [{ range: span(t6, 'Công văn số 357/BTCTU'), messageIncludes: '"357-CV/BTCTU"' }] },
  ],
});

function fixesOf(text: string) {
  const [d] = lint(text, { rules: [typeMismatch] });
  return d.fixes.map((f) => [f.isPreferred, f.edits.map((e) => e.newText).join('|')]);
}

describe('citation/type-mismatch alternatives', () => {
  it('offers the reference alternatives, never as preferred fixes', () => {
    expect(fixesOf(t1)).toEqual([
      [false, 'Chỉ thị'],
      [false, 'NQ'],
    ]);
    expect(fixesOf(t2)).toEqual([[false, 'Quy định']]);
    expect(fixesOf(t6)).toEqual([[false, '357-CV/BTCTU']]);
    expect(fixesOf(t3)).toEqual([[false, 'CTr']]);
    expect(fixesOf(t4)).toEqual([
      [false, 'chỉ thị'],
      [false, 'NQ'],
    ]);
  });
});
