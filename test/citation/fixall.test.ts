import { describe, expect, it } from 'vitest';
import { applyFixes, check, fixAll, safeFixes } from '../../server/src/engine/index.js';
import { citationRules } from '../../server/src/rules/citation/index.js';
import { settingsOf } from '../helpers.js';

const draft = [
  'Thực hiện Nghị quyết số: 58/NQ-TW ngày 5-8-2020 của Bộ Chính trị, Nghị quyết 303-NQ/HĐND của HĐND tỉnh',
  'và Chỉ thị 40 – CT/TƯ, tỉnh đã ban hành Chương trình số 06-CTR/TU, Kế hoạch số 12/KH-UBND.',
  'Các văn bản gồm Nghị định số 30/NĐ-CP ngày 5-3-2020, Nghị định 30/2020/ND-CP, Thông tư 01/2011/TTBNV,',
  'Luật số 59/2020/QH-14, Nghị định 30-2020-NĐ-CP, Quyết định 977/QĐ-TTG, Nghị quyết 18 NQ/TW và Nghị quyết 57-nq/tw.',
  'Nghị định số 31-NĐ/CP ngày 6-3-2020 và Quyết định số : 31/QĐ-TW.',
].join('\n');

const expected = [
  'Thực hiện Nghị quyết số 58-NQ/TW ngày 5-8-2020 của Bộ Chính trị, Nghị quyết 303/NQ-HĐND của HĐND tỉnh',
  'và Chỉ thị 40-CT/TW, tỉnh đã ban hành Chương trình số 06-CTr/TU, Kế hoạch số 12/KH-UBND.',
  'Các văn bản gồm Nghị định số 30/2020/NĐ-CP ngày 5-3-2020, Nghị định 30/2020/NĐ-CP, Thông tư 01/2011/TT-BNV,',
  'Luật số 59/2020/QH14, Nghị định 30/2020/NĐ-CP, Quyết định 977/QĐ-TTg, Nghị quyết 18-NQ/TW và Nghị quyết 57-NQ/TW.',
  'Nghị định số 31/2020/NĐ-CP ngày 6-3-2020 và Quyết định số 31-QĐ/TW.',
].join('\n');

const options = { kind: 'markdown' as const, settings: settingsOf(), rules: citationRules };

describe('citation fix-all', () => {
  it('fixes every certain finding in one run and leaves nothing fixable', () => {
    const result = fixAll(draft, options);
    expect(result.text).toBe(expected);
    expect(result.remaining.filter((d) => d.fixes.some((f) => f.isPreferred))).toEqual([]);
  });

  it('needs a single pass when no two fixes touch the same symbol', () => {
    const simple = draft.split('\n').slice(0, 4).join('\n');
    const first = check(simple, options);
    const once = applyFixes(simple, safeFixes(first.diagnostics)).text;
    expect(once).toBe(expected.split('\n').slice(0, 4).join('\n'));
    expect(check(once, options).diagnostics.filter((d) => d.fixes.some((f) => f.isPreferred))).toEqual([]);
  });

  it('works on CRLF and NFD drafts', () => {
    const nfd = draft.replace(/\n/g, '\r\n').normalize('NFD');
    expect(fixAll(nfd, options).text).toBe(expected.replace(/\n/g, '\r\n').normalize('NFD'));
  });
});
