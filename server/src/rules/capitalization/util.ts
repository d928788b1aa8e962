/**
 * Helpers shared by the capitalization rules: checking one dictionary name
 * against its canonical capitals, and place-unit words (`tỉnh`, `thị xã`).
 */
import names from '../../data/capitalization-names.json';
import type { RuleContext } from '../../engine/context.js';
import type { OffsetEdit } from '../../engine/types.js';
import { foldKey, lowerFirst, toneStyleOf, toToneStyle } from '../../engine/vietnamese.js';
import { applyEdits, caseDiffs, diffEdits, genericBefore, hasSignal, isAccepted, PARTY_KEY, spanText, untouchable } from './analysis.js';
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
    // extra capitals are always wrong; missing ones only when the name is clearly meant
    const underOk = !e.lowerOk && !genericBefore(tokens, m.i) && (e.specific || opts.contextSpecific || hasSignal(tokens, m.i, m.j));
    edits = diffEdits(tokens, underOk ? diffs : diffs.filter((d) => d.dir === 'over'));
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

const ACCEPT_UNITS = names.acceptUnits.map((a) => a.toLowerCase());

export function isAcceptedUnit(ctx: RuleContext, tokens: readonly Token[], k: number): boolean {
  const rest = ctx.text.slice(tokens[k].start, tokens[k].start + 40).toLowerCase();
  return ACCEPT_UNITS.some((a) => rest.startsWith(a));
}

/**
 * `UBND Tỉnh`, `Ủy ban nhân dân Tỉnh Thanh Hóa`: the unit word after a local
 * body is a common noun, lowercase (not `Thành phố`, not `Quận 1`).
 */
export function unitEdits(ctx: RuleContext, tokens: readonly Token[], m: Match): { edits: OffsetEdit[]; end: number | undefined } {
  const edits: OffsetEdit[] = [];
  if (!m.entry.local || !spaced(tokens, m.j)) return { edits, end: undefined };
  const u = unitAt(tokens, m.j);
  const t = tokens[m.j];
  const numbered = u === 1 && spaced(tokens, m.j + 1) && tokens[m.j + 1].digit;
  if (u === 0 || !t.cap || t.caps || t.quoted || numbered || isAcceptedUnit(ctx, tokens, m.j)) return { edits, end: undefined };
  for (let x = 0; x < u; x++) {
    const w = tokens[m.j + x];
    if (w.cap) edits.push({ start: w.start, end: w.end, text: lowerFirst(w.text) });
  }
  return { edits, end: tokens[m.j + u - 1].end };
}
