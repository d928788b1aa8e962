import type { OffsetEdit, RawFix, Rule } from '../../engine/types.js';
import { citationsAnalysis } from './analysis.js';
import { applyInSpan, minimalReplace, ruleOff } from './util.js';

type Kind = 'dash' | 'slash' | 'space' | 'missingHyphen' | 'case' | 'stroke' | 'tu' | 'mixedCase' | 'term' | 'urlForm' | 'glued' | 'trailingHyphen';

/**
 * Character-level errors inside a symbol (vi-editorial-rules §1.2, §1.13 #4–#10,
 * #18–#20, #25, #36): look-alike dashes and slashes, spaces and invisible
 * characters, a missing or trailing hyphen, lower case, `D`/`Ð` for `Đ`, `TƯ`
 * for `TW`, the fixed mixed-case codes, the National Assembly term glued to
 * `QH`, URL/file-name forms.
 */
export const symbolCharacters: Rule = {
  meta: {
    id: 'citation/symbol-characters',
    description: {
      vi: 'Số, ký hiệu văn bản viết liền, chữ in hoa (trừ các mã cố định như TTg, CTr), chỉ dùng dấu gạch nối "-" và gạch chéo "/", chữ "Đ" đúng.',
      en: 'A document symbol has no spaces, capitals except the fixed mixed-case codes (TTg, CTr …), only hyphen-minus and solidus as separators, and a real "Đ".',
    },
    defaultSeverity: 'error',
    fixable: true,
    tags: ['citation', 'symbol'],
    messages: {
      dash: {
        vi: 'Ký hiệu "{found}" dùng dấu gạch ngang khác dấu gạch nối "-": viết "{expected}".',
        en: 'Symbol "{found}" uses a dash other than the hyphen-minus "-": write "{expected}".',
      },
      slash: {
        vi: 'Ký hiệu "{found}" dùng ký tự giống dấu gạch chéo: viết "{expected}" với "/".',
        en: 'Symbol "{found}" uses a look-alike of the slash: write "{expected}" with "/".',
      },
      space: {
        vi: 'Ký hiệu "{found}" không được có khoảng trắng bên trong: viết "{expected}".',
        en: 'Symbol "{found}" must not contain spaces: write "{expected}".',
      },
      missingHyphen: {
        vi: 'Ký hiệu "{found}" thiếu dấu gạch nối: viết "{expected}".',
        en: 'Symbol "{found}" lacks a hyphen: write "{expected}".',
      },
      case: {
        vi: 'Ký hiệu "{found}" phải viết in hoa: "{expected}".',
        en: 'Symbol "{found}" is written in capitals: "{expected}".',
      },
      stroke: {
        vi: 'Ký hiệu "{found}" dùng "D" hoặc "Ð" thay cho "Đ": viết "{expected}".',
        en: 'Symbol "{found}" uses "D" or "Ð" for "Đ": write "{expected}".',
      },
      tu: {
        vi: 'Mã cơ quan Trung ương trong ký hiệu là "TW", không phải "TƯ"/"T.Ư": viết "{expected}".',
        en: 'The code of the Central Committee in a symbol is "TW", not "TƯ"/"T.Ư": write "{expected}".',
      },
      mixedCase: {
        vi: 'Mã cố định viết hoa thường xen kẽ (TTg, CTr, TTr, QĐi …): viết "{expected}", không phải "{found}".',
        en: 'Fixed mixed-case codes (TTg, CTr, TTr, QĐi …): write "{expected}", not "{found}".',
      },
      term: {
        vi: 'Số khóa Quốc hội viết liền sau "QH" bằng chữ số Ả Rập: "{expected}", không phải "{found}".',
        en: 'The National Assembly term follows "QH" directly, in Arabic digits: "{expected}", not "{found}".',
      },
      urlForm: {
        vi: 'Ký hiệu "{found}" là dạng đường dẫn/tên tệp; trong văn bản viết "{expected}".',
        en: 'Symbol "{found}" is a URL or file-name form; in prose write "{expected}".',
      },
      glued: {
        vi: 'Ký hiệu "{found}" thiếu dấu gạch nối giữa mã loại và mã cơ quan: viết "{expected}".',
        en: 'Symbol "{found}" lacks the hyphen between type code and issuer code: write "{expected}".',
      },
      trailingHyphen: {
        vi: 'Ký hiệu "{found}" thừa dấu gạch nối ở cuối: viết "{expected}".',
        en: 'Symbol "{found}" has a trailing hyphen: write "{expected}".',
      },
      dashSpace: {
        vi: 'Ký hiệu "{found}" viết liền, dùng dấu gạch nối "-" (không dùng gạch ngang, không có khoảng trắng): viết "{expected}".',
        en: 'Symbol "{found}" is written without spaces and with the hyphen-minus "-" (no dashes): write "{expected}".',
      },
      several: {
        vi: 'Ký hiệu "{found}" có nhiều lỗi ký tự (khoảng trắng, dấu nối, chữ hoa, chữ Đ hoặc mã TW): viết "{expected}".',
        en: 'Symbol "{found}" has several character errors (spaces, separators, case, Đ or the TW code): write "{expected}".',
      },
      fix: { vi: 'Sửa thành "{expected}"', en: 'Change to "{expected}"' },
      fixAll: { vi: 'Sửa cả mã ít chắc chắn: "{all}"', en: 'Also change the less certain code: "{all}"' },
    },
  },
  check(ctx) {
    const { citations } = ctx.get(citationsAnalysis);
    const orderActive = !ruleOff(ctx, 'citation/symbol-order');
    for (const c of citations) {
      const sym = c.symbol;
      if (!sym) continue;
      // symbol-order reports these with a fix that also corrects the characters
      if (orderActive && sym.orderWrong && sym.family !== 'mass' && sym.family !== 'unknown') continue;
      const kinds = new Set<Kind>();
      const high: OffsetEdit[] = [];
      const medium: OffsetEdit[] = [];
      const urlSeps = sym.urlForm ? sym.expectedSeps ?? sym.items.map(() => '/' as const) : undefined;
      if (sym.urlForm) kinds.add('urlForm');
      sym.items.forEach((it, k) => {
        const target = urlSeps ? urlSeps[k] : sym.writtenSeps[k];
        const e = minimalReplace(ctx.text, it.sep.start, it.sep.end, target);
        if (e) {
          high.push(e);
          if (!sym.urlForm) {
            if (it.sep.issues.includes('lookalike')) kinds.add(it.sep.char === '/' ? 'slash' : 'dash');
            if (it.sep.issues.includes('space') || it.sep.issues.includes('invisible')) kinds.add('space');
            if (it.sep.issues.includes('missing-hyphen')) kinds.add('missingHyphen');
          }
        }
        const g = it.group;
        if (g.kind !== 'code') return;
        let norm = g.norm;
        if (sym.glued && sym.glued.group === g) {
          norm = `${sym.glued.type}-${sym.glued.issuer}`;
          if (!sym.urlForm) kinds.add('glued');
        }
        const ge = minimalReplace(ctx.text, g.start, g.end, norm);
        if (!ge) return;
        (g.confidence === 'high' ? high : medium).push(ge);
        for (const issue of g.issues) {
          if (issue === 'eth' || issue === 'd') kinds.add('stroke');
          else if (issue === 'case') kinds.add(norm !== norm.toUpperCase() ? 'mixedCase' : 'case');
          else if (issue === 'mixed') kinds.add('mixedCase');
          else if (issue === 'tu') kinds.add('tu');
          else if (issue === 'term') kinds.add('term');
        }
      });
      let end = sym.end;
      if (sym.trailingHyphen) {
        high.push({ start: sym.trailingHyphen.start, end: sym.trailingHyphen.end, text: '' });
        kinds.add('trailingHyphen');
        end = sym.trailingHyphen.end;
      }
      if (high.length === 0 && medium.length === 0) continue;
      const found = ctx.text.slice(sym.start, end);
      const all = [...high, ...medium].sort((a, b) => a.start - b.start);
      const expected = applyInSpan(ctx.text, sym.start, end, high.length ? high : all);
      const fixes: RawFix[] = [];
      if (high.length) fixes.push({ title: 'fix', edits: high, isPreferred: true });
      if (medium.length) fixes.push({ title: high.length ? 'fixAll' : 'fix', edits: all, isPreferred: false });
      const messageId = kinds.size === 1 ? [...kinds][0] : kinds.size === 2 && kinds.has('dash') && kinds.has('space') ? 'dashSpace' : 'several';
      ctx.report({
        start: sym.start,
        end,
        messageId,
        data: { found, expected, all: applyInSpan(ctx.text, sym.start, end, all) },
        fixes,
      });
    }
  },
};
