import names from '../../data/capitalization-names.json';
import type { RuleContext } from '../../engine/context.js';
import type { OffsetEdit, Rule } from '../../engine/types.js';
import { foldKey, lowerFirst, toneStyleOf, toToneStyle } from '../../engine/vietnamese.js';
import {
  applyEdits,
  capitalizationAnalysis,
  caseDiffs,
  diffEdits,
  genericBefore,
  hasSignal,
  isAccepted,
  PARTY_KEY,
  spanText,
  untouchable,
} from './analysis.js';
import type { DictEntry, Match } from './dictionary.js';
import { spaced, type Token } from './tokens.js';

const UNITS = names.units.map((u) => u.split(' ').map(foldKey));

/** A place-unit word (`tỉnh`, `thị xã`) starting at token `k`: its length in tokens, or 0. */
export function unitAt(tokens: readonly Token[], k: number): number {
  for (const u of UNITS) {
    let ok = true;
    for (let x = 0; x < u.length; x++) {
      const t = tokens[k + x];
      if (!t || t.key !== u[x] || (x > 0 && !spaced(tokens, k + x))) {
        ok = false;
        break;
      }
    }
    if (ok) return u.length;
  }
  return 0;
}

/**
 * Checks one dictionary name (organization, document or other proper name) and
 * reports its case differences. `contextSpecific`: the surrounding text shows
 * one specific body/document is meant. Returns whether it reported.
 */
export function checkName(
  ctx: RuleContext,
  tokens: readonly Token[],
  m: Match,
  opts: { contextSpecific?: boolean; extraEdits?: OffsetEdit[]; extraEnd?: number; messageId: string; fixId: string },
): boolean {
  const e: DictEntry = m.entry;
  const profile = ctx.settings.capitalization.profile;
  if (e.profile === 'official' && profile !== 'official') return false;
  if (untouchable(tokens, m.i, m.j, m.form.surface)) return false;
  const written = spanText(ctx, tokens, m.i, m.j);
  const start = tokens[m.i].start;
  const end = opts.extraEnd ?? tokens[m.j - 1].end;
  let edits: OffsetEdit[];
  if (m.form.variant) {
    // a different wording of a custom term: replace the span, in the writer's tone convention
    const style = toneStyleOf(written);
    let canonical = style ? toToneStyle(e.canonical, style) : e.canonical;
    if (tokens[m.i].sentenceStart) canonical = canonical[0].toUpperCase() + canonical.slice(1);
    edits = [{ start, end: tokens[m.j - 1].end, text: canonical }];
  } else {
    if (isAccepted(written, e, profile)) return false;
    const diffs = caseDiffs(tokens, m.i, m.form.surface, (k) => tokens[k].key === PARTY_KEY);
    const over = diffs.filter((d) => d.dir === 'over');
    const under = diffs.filter((d) => d.dir === 'under');
    let keep = over;
    const underOk = !e.lowerOk && !genericBefore(tokens, m.i) && (e.specific || opts.contextSpecific || hasSignal(tokens, m.i, m.j));
    if (underOk) keep = diffs;
    edits = diffEdits(tokens, keep);
  }
  if (opts.extraEdits) edits.push(...opts.extraEdits);
  if (edits.length === 0) return false;
  const found = ctx.text.slice(start, end);
  const expected = applyEdits(ctx.text, start, end, edits);
  if (expected === found) return false;
  const medium = e.conf === 'medium';
  ctx.report({
    start,
    end,
    messageId: opts.messageId,
    data: { found, expected },
    severity: medium ? 'information' : undefined,
    fixes: [{ title: opts.fixId, edits, isPreferred: !medium }],
  });
  return true;
}

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

const ACCEPT_UNITS = names.acceptUnits.map((a) => a.toLowerCase());

export function isAcceptedUnit(ctx: RuleContext, tokens: readonly Token[], k: number): boolean {
  const rest = ctx.text.slice(tokens[k].start, tokens[k].start + 40).toLowerCase();
  return ACCEPT_UNITS.some((a) => rest.startsWith(a));
}
