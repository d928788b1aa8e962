/**
 * Segments: the runs of lines between blank lines of the prose. Rules look no
 * further than a paragraph (the tokenizer even resets quotation state at a blank
 * line), so each segment is checked on its own and its results are kept while
 * its text is unchanged: an edit re-checks one paragraph, not the draft.
 */
import type { Block } from './structure.js';

export interface SegmentSpan {
  start: number;
  /** End of the last non-blank line, line break excluded. */
  end: number;
}

/**
 * Splits `prose` at lines holding only spaces and tabs (masked code and HTML
 * count as blank). With `mask`, `prose` may be the text itself: masked
 * characters count as spaces. `from` must start a line and `to` end one. Linear.
 */
export function segmentSpans(prose: string, mask?: Uint8Array, from = 0, to = prose.length): SegmentSpan[] {
  const spans: SegmentSpan[] = [];
  const n = to;
  let start = -1;
  let lastEnd = 0;
  let lineStart = from;
  while (lineStart <= n) {
    let nl = prose.indexOf('\n', lineStart);
    if (nl < 0 || nl > n) nl = n;
    let lineEnd = nl;
    if (lineEnd > lineStart && prose.charCodeAt(lineEnd - 1) === 13) lineEnd--;
    let blank = true;
    for (let i = lineStart; i < lineEnd; i++) {
      const c = prose.charCodeAt(i);
      if (c !== 32 && c !== 9 && c !== 13 && !(mask && mask[i] === 1)) {
        blank = false;
        break;
      }
    }
    if (blank) {
      if (start >= 0) spans.push({ start, end: lastEnd });
      start = -1;
    } else {
      if (start < 0) start = lineStart;
      lastEnd = lineEnd;
    }
    lineStart = nl + 1;
  }
  if (start >= 0) spans.push({ start, end: lastEnd });
  return spans;
}

/** The blocks of each span, relative to it (a block never crosses a blank line). */
export function blocksBySpan(blocks: readonly Block[], spans: readonly SegmentSpan[]): Block[][] {
  const sorted = isSorted(blocks) ? blocks : [...blocks].sort((a, b) => a.start - b.start);
  const out: Block[][] = spans.map(() => []);
  let s = 0;
  for (const b of sorted) {
    while (s < spans.length && spans[s].end <= b.start) s++;
    if (s >= spans.length) break;
    const span = spans[s];
    if (b.start < span.start) continue;
    out[s].push({ ...b, start: b.start - span.start, end: Math.min(b.end, span.end) - span.start });
  }
  return out;
}

function isSorted(blocks: readonly Block[]): boolean {
  for (let i = 1; i < blocks.length; i++) if (blocks[i].start < blocks[i - 1].start) return false;
  return true;
}

/**
 * A copy of `s` that does not keep alive the string it was sliced from (V8
 * slices point into their parent; a kept paragraph would otherwise hold a whole
 * old version of the document). Slicing a concatenation flattens it into a new string.
 */
export function detach(s: string): string {
  return s.length < 13 ? s : (s + '\u0000').slice(0, -1);
}
