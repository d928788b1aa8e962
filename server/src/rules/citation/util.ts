/** Small helpers shared by the citation rules. */
import type { RuleContext } from '../../engine/context.js';
import type { OffsetEdit } from '../../engine/types.js';
import type { ParsedSymbol, SepChar } from './analysis.js';

/** Whether a rule is switched off in the settings (so a sibling rule can take over its finding). */
export function ruleOff(ctx: RuleContext, id: string): boolean {
  const family = id.slice(0, id.indexOf('/'));
  return (ctx.settings.rules[id] ?? ctx.settings.rules[`${family}/*`]) === 'off';
}

/** The smallest edit turning `text[start, end)` into `replacement` (common prefix and suffix kept). */
export function minimalReplace(text: string, start: number, end: number, replacement: string): OffsetEdit | undefined {
  const written = text.slice(start, end);
  if (written === replacement) return undefined;
  let p = 0;
  const max = Math.min(written.length, replacement.length);
  while (p < max && written[p] === replacement[p]) p++;
  let q = 0;
  while (q < max - p && written[written.length - 1 - q] === replacement[replacement.length - 1 - q]) q++;
  return { start: start + p, end: end - q, text: replacement.slice(p, replacement.length - q) };
}

export interface SymbolTarget {
  /** Separator per item. */
  seps: SepChar[];
  /** Which groups to correct (index of the item → corrected text); others stay as written. */
  groups: Map<number, string>;
}

/** Edits turning the written symbol into `target`, one small edit per changed separator or group. */
export function symbolEdits(text: string, sym: ParsedSymbol, target: SymbolTarget): OffsetEdit[] {
  const edits: OffsetEdit[] = [];
  sym.items.forEach((it, k) => {
    const sep = minimalReplace(text, it.sep.start, it.sep.end, target.seps[k]);
    if (sep) edits.push(sep);
    const g = target.groups.get(k);
    if (g !== undefined) {
      const e = minimalReplace(text, it.group.start, it.group.end, g);
      if (e) edits.push(e);
    }
  });
  return edits;
}

/** Applies edits (sorted, non-overlapping) to the span [start, end) of text and returns the span's new text. */
export function applyInSpan(text: string, start: number, end: number, edits: OffsetEdit[]): string {
  let out = '';
  let pos = start;
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    out += text.slice(pos, e.start) + e.text;
    pos = e.end;
  }
  return out + text.slice(pos, end);
}

/** Writes `replacement` in the case pattern of `written` (all capitals, capitalized or lower case). */
export function keepCase(written: string, replacement: string): string {
  if (written === written.toUpperCase() && written !== written.toLowerCase()) return replacement.toUpperCase();
  const first = written[0];
  if (first && first === first.toUpperCase() && first !== first.toLowerCase()) return replacement[0].toUpperCase() + replacement.slice(1).toLowerCase();
  return replacement.toLowerCase();
}
