import type { Rule } from '../../engine/types.js';
import { capitalizationAnalysis } from './analysis.js';
import { spaced, type Token } from './tokens.js';
import { checkName, unitAt, unitEdits } from './util.js';

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
      const { edits: extra, end: extraEnd } = unitEdits(ctx, tokens, m);
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

