import names from '../../data/capitalization-names.json';
import type { OffsetEdit, Rule } from '../../engine/types.js';
import { capitalize, foldKey, lowerFirst } from '../../engine/vietnamese.js';
import { applyEdits, capitalizationAnalysis, genericBefore } from './analysis.js';
import { checkName, isAcceptedUnit, unitAt } from './util.js';
import { capitalizedRun, spaced, tokenize, type Token } from './tokens.js';

const UNIT_STOPS = new Set(names.unitStops.map(foldKey));
const NUMBERED = new Set(names.numberedUnits.map(foldKey));
const WATER_HEADS = new Set(names.waters.heads.map(foldKey));
const WATER_NAMES = names.waters.names.map((n) => tokenize(n).map((t) => t.key));

/** The water name after token `k - 1` (`Hồng`, `Hạ Long`): its length in tokens, or 0. */
function waterNameAt(tokens: readonly Token[], k: number): number {
  for (const n of WATER_NAMES) {
    let ok = true;
    for (let x = 0; x < n.length; x++) {
      const t = tokens[k + x];
      if (!t || !spaced(tokens, k + x) || t.key !== n[x] || !t.cap) {
        ok = false;
        break;
      }
    }
    if (ok) return n.length;
  }
  return 0;
}

function plain(t: Token | undefined): boolean {
  return !!t && t.word && !t.quoted && !t.caps;
}

/** The token before `k` is part of a longer capitalized name or an abbreviation (`UBND Tỉnh`, `Trường THPT Huyện`). */
function afterName(tokens: readonly Token[], k: number): boolean {
  if (!spaced(tokens, k) || !tokens[k - 1].word) return false;
  const p = tokens[k - 1];
  return p.caps || p.digit || (p.cap && !p.sentenceStart);
}

export const properName: Rule = {
  meta: {
    id: 'capitalization/proper-name',
    description: {
      vi: 'Địa danh và tên riêng: danh từ chung chỉ đơn vị hành chính, sông, vịnh viết thường trước tên riêng; "Thành phố Hồ Chí Minh", "Quận 1", "Tây Nguyên", "miền Trung", "Bác Hồ" viết hoa đúng (Nghị định 30/2020/NĐ-CP, Phụ lục II, mục III).',
      en: 'Place and proper names: unit and geographic nouns before a name are lowercase; "Thành phố Hồ Chí Minh", "Quận 1", "Tây Nguyên", "miền Trung", "Bác Hồ" keep their capitals (Decree 30/2020, Appendix II §III).',
    },
    defaultSeverity: 'warning',
    fixable: true,
    tags: ['capitalization', 'place'],
    messages: {
      wrongCase: {
        vi: 'Viết hoa tên riêng: "{expected}", không phải "{found}".',
        en: 'Write the proper name as "{expected}", not "{found}".',
      },
      unitLower: {
        vi: 'Danh từ chung đứng trước tên riêng viết thường: "{expected}", không phải "{found}".',
        en: 'The common noun before a proper name is lowercase: "{expected}", not "{found}".',
      },
      numbered: {
        vi: 'Đơn vị hành chính đặt tên bằng số viết hoa danh từ chung: "{expected}", không phải "{found}".',
        en: 'An administrative unit named by a number capitalizes the unit word: "{expected}", not "{found}".',
      },
      fix: { vi: 'Sửa thành "{expected}"', en: 'Change to "{expected}"' },
    },
  },
  check(ctx) {
    const { tokens, matches, cover } = ctx.get(capitalizationAnalysis);
    for (const m of matches) {
      if (m.entry.kind === 'other') checkName(ctx, tokens, m, { messageId: 'wrongCase', fixId: 'fix' });
    }
    const report = (i: number, j: number, edits: OffsetEdit[], messageId: string) => {
      const start = tokens[i].start;
      const end = tokens[j - 1].end;
      const found = ctx.text.slice(start, end);
      ctx.report({ start, end, messageId, data: { found, expected: applyEdits(ctx.text, start, end, edits) }, fixes: [{ title: 'fix', edits }] });
    };
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k];
      if (!plain(t) || cover[k] || t.digit) continue;
      // Tỉnh Nghệ An, Huyện Đông Anh (mid-sentence) → tỉnh, huyện
      const u = t.cap && !t.sentenceStart ? unitAt(tokens, k) : 0;
      if (u > 0 && !afterName(tokens, k) && !(spaced(tokens, k) && cover[k - 1]) && !isAcceptedUnit(ctx, tokens, k)) {
        const next = tokens[k + u];
        if (spaced(tokens, k + u) && plain(next) && next.cap && !next.digit && !cover[k + u] && !UNIT_STOPS.has(next.key)) {
          const edits: OffsetEdit[] = [];
          for (let x = 0; x < u; x++) if (tokens[k + x].cap) edits.push({ start: tokens[k + x].start, end: tokens[k + x].end, text: lowerFirst(tokens[k + x].text) });
          if (edits.length && !tokens.slice(k, k + u).some((w) => w.quoted || w.caps)) report(k, k + u + Math.max(1, capitalizedRun(tokens, k + u)), edits, 'unitLower');
          k += u;
          continue;
        }
      }
      // quận 1, phường 15 → Quận 1, Phường 15
      if (!t.cap && NUMBERED.has(t.key) && spaced(tokens, k + 1) && tokens[k + 1].digit && tokens[k + 1].text.length <= 2 && !genericBefore(tokens, k)) {
        const after = tokens[k + 2];
        const glued = after && !after.word && !after.spaceBefore && !after.breakBefore && (after.text === '/' || after.text === '-' || after.text === '.' || after.text === ',') && tokens[k + 3]?.digit;
        if (!glued) {
          report(k, k + 2, [{ start: t.start, end: t.end, text: capitalize(t.text) }], 'numbered');
          k += 1;
          continue;
        }
      }
      // Sông Hồng, Vịnh Hạ Long (mid-sentence) → sông Hồng, vịnh Hạ Long
      if (t.cap && !t.sentenceStart && WATER_HEADS.has(t.key) && !afterName(tokens, k) && !(spaced(tokens, k) && unitAt(tokens, k - 1) > 0)) {
        const n = waterNameAt(tokens, k + 1);
        if (n > 0) {
          report(k, k + 1 + n, [{ start: t.start, end: t.end, text: lowerFirst(t.text) }], 'unitLower');
          k += n;
        }
      }
    }
  },
};

