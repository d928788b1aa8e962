import type { OffsetEdit, Rule } from '../../engine/types.js';
import { lowerFirst } from '../../engine/vietnamese.js';
import { capitalizationAnalysis } from './analysis.js';
import { spaced, type Token } from './tokens.js';
import { checkName, isAcceptedUnit, unitAt } from './util.js';

/** The next token after a local body names a place (`tỉnh Thanh Hóa`, `Thanh Hóa`) or a capitalized unit. */
function placeFollows(tokens: readonly Token[], j: number): boolean {
  if (!spaced(tokens, j)) return false;
  const t = tokens[j];
  if (t.word && t.cap && !t.caps) return true;
  const u = unitAt(tokens, j);
  return u > 0 && spaced(tokens, j + u) && tokens[j + u].word && tokens[j + u].cap;
}

export const organization: Rule = {
  meta: {
    id: 'capitalization/organization',
    description: {
      vi: 'Tên cơ quan, tổ chức của Đảng, Nhà nước, Mặt trận và đoàn thể viết hoa đúng dạng chuẩn (Nghị định 30/2020/NĐ-CP, Phụ lục II).',
      en: 'Names of Party, State, Front and mass bodies are capitalized in their canonical form (Decree 30/2020, Appendix II).',
    },
    defaultSeverity: 'warning',
    fixable: true,
    tags: ['capitalization', 'organization'],
    messages: {
      wrongCase: {
        vi: 'Tên cơ quan, tổ chức viết hoa chữ cái đầu của loại hình và chức năng, lĩnh vực: "{expected}", không phải "{found}".',
        en: 'Organization names capitalize the type and the field only: "{expected}", not "{found}".',
      },
      fix: { vi: 'Sửa thành "{expected}"', en: 'Change to "{expected}"' },
    },
  },
  check(ctx) {
    const { tokens, matches } = ctx.get(capitalizationAnalysis);
    for (const m of matches) {
      if (m.entry.kind !== 'organization') continue;
      const extra: OffsetEdit[] = [];
      let extraEnd: number | undefined;
      // `UBND Tỉnh`, `Ủy ban nhân dân Tỉnh Thanh Hóa`: the unit word before a place name is lowercase
      if (m.entry.local && spaced(tokens, m.j)) {
        const u = unitAt(tokens, m.j);
        const t = tokens[m.j];
        const numbered = u === 1 && spaced(tokens, m.j + 1) && tokens[m.j + 1].digit;
        if (u > 0 && t.cap && !t.caps && !t.quoted && !numbered && !isAcceptedUnit(ctx, tokens, m.j)) {
          for (let x = 0; x < u; x++) {
            const w = tokens[m.j + x];
            if (w.cap) extra.push({ start: w.start, end: w.end, text: lowerFirst(w.text) });
          }
          extraEnd = tokens[m.j + u - 1].end;
        }
      }
      checkName(ctx, tokens, m, {
        contextSpecific: !!m.entry.local && placeFollows(tokens, m.j),
        extraEdits: extra,
        extraEnd,
        messageId: 'wrongCase',
        fixId: 'fix',
      });
    }
  },
};

