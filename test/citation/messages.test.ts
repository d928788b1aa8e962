import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { citationRules } from '../../server/src/rules/citation/index.js';
import { lint } from '../helpers.js';

const errors = [
  'Nghị quyết số: 58/NQ-TW ngày 5-8-2020; Quyết định số 123/UBND-QĐ; Chỉ thị 40 – CT/TƯ; Quy định số 08-QĐI/TW.',
  'Nghị quyết số 12-CT/TW; Chương trình hành động số 06-CT/TU; Công văn số 357/BTCTU; Nghị quyết số 12-NX/TW; Nghị định số 30/2020/NĐ-CPP.',
  'Nghị định số 30/NĐ-CP ngày 5-3-2020; Thông tư 01/TT-BNV; Nghị quyết số 57/2024/NQ-TW; Luật số 59/2020/L-QH14; Luật số 59/2020/QH13.',
  'Chỉ thị 05-CT/TW ngày 31-6-2020; Nghị định 30/2020/NĐ-CP ngày 5-3-2021; Nghị quyết 57-NQ/TW ngày 22/12/2024 và Nghị quyết 57-NQ/TW ngày 23/12/2024.',
  'Nghị định 30-2020-NĐ-CP, Thông tư 01/2011/TTBNV, Luật số 59/2020/QH XIV, Quyết định 977/QĐ-TTG, Nghị quyết 57-nq/tw, Kết luận số 5-KL/TW ngày 15/13/2024.',
].join('\n');

describe('citation messages', () => {
  for (const language of ['vi', 'en'] as const) {
    it(`fills every placeholder (${language})`, () => {
      const found = lint(errors, { rules: citationRules, settings: { language } });
      expect(new Set(found.map((d) => d.rule))).toEqual(new Set(citationRules.map((r) => r.meta.id)));
      for (const d of found) {
        expect(d.message, d.message).not.toMatch(/\{\w+\}/);
        for (const f of d.fixes) expect(f.title, f.title).not.toMatch(/\{\w+\}/);
        for (const r of d.related ?? []) expect(r.message).not.toMatch(/\{\w+\}/);
      }
    });
  }

  it('every rule has a docs page and a fixable flag that matches its reports', () => {
    for (const rule of citationRules) {
      const [family, name] = rule.meta.id.split('/');
      expect(existsSync(new URL(`../../docs/rules/${family}/${name}.md`, import.meta.url)), rule.meta.id).toBe(true);
    }
    const found = lint(errors, { rules: citationRules });
    for (const rule of citationRules) {
      const withFixes = found.some((d) => d.rule === rule.meta.id && d.fixes.length > 0);
      expect(withFixes, rule.meta.id).toBe(rule.meta.fixable);
    }
  });
});
