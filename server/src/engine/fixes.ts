import { LineIndex } from './text.js';
import type { Diagnostic, Fix, TextEdit } from './types.js';

export interface ApplyResult {
  text: string;
  /** Number of fixes applied. */
  applied: number;
}

interface OffsetFix {
  start: number;
  end: number;
  edits: { start: number; end: number; text: string }[];
}

/**
 * Applies fixes in one pass. Fixes whose edits overlap an already chosen fix
 * are skipped (the next check will offer them again); text outside the edited
 * ranges is never touched.
 */
export function applyFixes(text: string, fixes: readonly Fix[]): ApplyResult {
  const lines = new LineIndex(text);
  const candidates: OffsetFix[] = [];
  for (const fix of fixes) {
    if (fix.edits.length === 0) continue;
    const edits = fix.edits
      .map((e) => ({ start: lines.offsetAt(e.range.start), end: lines.offsetAt(e.range.end), text: e.newText }))
      .sort((a, b) => a.start - b.start || a.end - b.end);
    let ok = true;
    for (let i = 1; i < edits.length; i++) if (edits[i].start < edits[i - 1].end || (edits[i].start === edits[i - 1].start)) ok = false;
    if (!ok) continue;
    candidates.push({ start: edits[0].start, end: edits[edits.length - 1].end, edits });
  }
  candidates.sort((a, b) => a.start - b.start || a.end - b.end);
  const chosen: OffsetFix['edits'] = [];
  let applied = 0;
  let lastEnd = -1;
  let lastInsertion = -1;
  const seen = new Set<string>();
  for (const c of candidates) {
    const key = c.edits.map((e) => `${e.start}:${e.end}:${e.text}`).join('|');
    if (seen.has(key)) continue; // two diagnostics offering the very same fix
    // Touching ranges are allowed, overlapping ones and two insertions at one point are not.
    if (c.start < lastEnd) continue;
    const insertion = c.edits.length === 1 && c.start === c.end;
    if (insertion && c.start === lastInsertion) continue;
    seen.add(key);
    chosen.push(...c.edits);
    lastEnd = Math.max(lastEnd, c.end);
    if (insertion) lastInsertion = c.start;
    applied++;
  }
  chosen.sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let pos = 0;
  for (const e of chosen) {
    parts.push(text.slice(pos, e.start), e.text);
    pos = e.end;
  }
  parts.push(text.slice(pos));
  return { text: parts.join(''), applied };
}

/** The preferred (certain) fix of each diagnostic: what fix-all, fix on save and `--fix` apply. */
export function safeFixes(diagnostics: readonly Diagnostic[]): Fix[] {
  const out: Fix[] = [];
  for (const d of diagnostics) {
    const fix = d.fixes.find((f) => f.isPreferred);
    if (fix) out.push(fix);
  }
  return out;
}

/** The smallest single edit that turns `before` into `after` (common prefix and suffix trimmed). */
export function minimalEdit(before: string, after: string): TextEdit | undefined {
  if (before === after) return undefined;
  let s = 0;
  const max = Math.min(before.length, after.length);
  while (s < max && before.charCodeAt(s) === after.charCodeAt(s)) s++;
  // never split a surrogate pair or a CRLF
  if (s > 0 && isHighSurrogate(before.charCodeAt(s - 1))) s--;
  if (s > 0 && before.charCodeAt(s - 1) === 13) s--;
  let e = 0;
  while (e < max - s && before.charCodeAt(before.length - 1 - e) === after.charCodeAt(after.length - 1 - e)) e++;
  if (e > 0 && isLowSurrogate(before.charCodeAt(before.length - e))) e--;
  if (e > 0 && before.charCodeAt(before.length - e) === 10 && before.charCodeAt(before.length - e - 1) === 13) e--;
  const lines = new LineIndex(before);
  return { range: lines.rangeOf(s, before.length - e), newText: after.slice(s, after.length - e) };
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
