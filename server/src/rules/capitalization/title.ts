import type { OffsetEdit, Rule } from '../../engine/types.js';
import {
  applyEdits,
  capitalizationAnalysis,
  caseDiffs,
  diffEdits,
  genericBefore,
  hasSignal,
  isAccepted,
  nameFollows,
  PARTY_KEY,
  spanText,
  untouchable,
  type CaseDiff,
} from './analysis.js';
import type { Match } from './dictionary.js';
import { unitEdits } from './util.js';

export const title: Rule = {
  meta: {
    id: 'capitalization/title',
    description: {
      vi: 'Chức danh, chức vụ, học hàm viết hoa khi đứng trước tên người hoặc chỉ một người giữ chức cụ thể (Nghị định 30/2020/NĐ-CP, Phụ lục II, mục V.3).',
      en: 'Titles and positions are capitalized before a name or when naming one specific office (Decree 30/2020, Appendix II §V.3).',
    },
    defaultSeverity: 'warning',
    fixable: true,
    tags: ['capitalization', 'title'],
    messages: {
      overCase: {
        vi: 'Chức danh chỉ viết hoa chữ cái đầu của từng chức danh và tên cơ quan: "{expected}", không phải "{found}".',
        en: 'A title capitalizes only the first letter of each title word and the body name: "{expected}", not "{found}".',
      },
      underCase: {
        vi: 'Chức danh đứng trước tên người hoặc chỉ một chức vụ cụ thể viết hoa: "{expected}", không phải "{found}".',
        en: 'A title before a name or naming one specific office is capitalized: "{expected}", not "{found}".',
      },
      fix: { vi: 'Sửa thành "{expected}"', en: 'Change to "{expected}"' },
    },
  },
  check(ctx) {
    const { tokens, titles } = ctx.get(capitalizationAnalysis);
    const profile = ctx.settings.capitalization.profile;
    // a holder's name after a chain of titles (`phó giáo sư, tiến sĩ Nguyễn Văn A`) makes each of them specific
    const holders = new Array<boolean>(titles.length);
    for (let x = titles.length - 1; x >= 0; x--) {
      const p = titles[x];
      const comma = tokens[p.j];
      const chained = x + 1 < titles.length && comma?.text === ',' && !comma.breakBefore && titles[x + 1].i === p.j + 1 && holders[x + 1];
      holders[x] = nameFollows(tokens, p.j) || chained;
    }
    titles.forEach((p, x) => {
      const parts: Match[] = [p.head, ...p.mods, ...(p.office ? [p.office] : [])];
      if (parts.some((m) => untouchable(tokens, m.i, m.j, m.form.surface))) return;
      const holder = holders[x];
      const officeNamed = !!p.office && hasSignal(tokens, p.office.i, p.office.j);
      const generic = genericBefore(tokens, p.i);
      const specific = !generic && (holder || officeNamed);
      const over: CaseDiff[] = [];
      const under: CaseDiff[] = [];
      let medium = false;
      for (const m of parts) {
        if (m.entry.profile === 'official' && profile !== 'official') continue;
        if (isAccepted(spanText(ctx, tokens, m.i, m.j), m.entry, profile)) continue;
        const diffs = caseDiffs(tokens, m.i, m.form.surface, (k) => tokens[k].key === PARTY_KEY);
        if (diffs.length && m.entry.conf === 'medium') medium = true;
        for (const d of diffs) {
          if (d.dir === 'over') over.push(d);
          // a multi-syllable head whose first syllable is capitalized (`Tổng bí thư`, `Phó chủ tịch`) means the title
          else if (specific || (m.entry.specific && !generic) || (m === p.head && hasSignal(tokens, m.i, m.i + 1) && tokens[m.i].cap) || (m === p.head && !generic && hasSignal(tokens, m.i + 1, m.j))) under.push(d);
        }
      }
      const diffs = [...over, ...under].sort((a, b) => a.k - b.k);
      // `Chủ tịch UBND Tỉnh Thanh Hóa`: the unit word after the body is lowercase
      const unit = p.office ? unitEdits(ctx, tokens, p.office) : { edits: [], end: undefined };
      if (diffs.length === 0 && unit.edits.length === 0) return;
      const start = tokens[p.i].start;
      const end = unit.end ?? tokens[p.j - 1].end;
      const edits: OffsetEdit[] = [...diffEdits(tokens, diffs), ...unit.edits];
      const found = ctx.text.slice(start, end);
      const expected = applyEdits(ctx.text, start, end, edits);
      ctx.report({
        start,
        end,
        messageId: under.length ? 'underCase' : 'overCase',
        data: { found, expected },
        severity: medium ? 'information' : undefined,
        fixes: [{ title: 'fix', edits, isPreferred: !medium }],
      });
    });
  },
};
