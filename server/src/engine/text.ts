import type { Position, Range } from './types.js';

/**
 * Line starts of a text, for turning UTF-16 offsets into LSP positions and back.
 * Line breaks are `\n`, `\r\n` and a lone `\r`, as in LSP.
 */
export class LineIndex {
  readonly lineStarts: number[];

  constructor(readonly text: string) {
    const starts = [0];
    if (!text.includes('\r')) {
      // Fast path: indexOf is several times quicker than a charCodeAt loop.
      let i = -1;
      while ((i = text.indexOf('\n', i + 1)) >= 0) starts.push(i + 1);
      this.lineStarts = starts;
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.lineStarts = starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** The line that holds `offset` (binary search). */
  lineAt(offset: number): number {
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineAt(clamped);
    return { line, character: clamped - this.lineStarts[line] };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[position.line];
    const end = this.lineEndOffset(position.line);
    return Math.max(start, Math.min(start + position.character, end));
  }

  rangeOf(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }

  /** Offset of the end of a line's content (before its line break). */
  lineEndOffset(line: number): number {
    const next = line + 1 < this.lineStarts.length ? this.lineStarts[line + 1] : this.text.length + 1;
    let end = next - 1;
    if (end > this.text.length) end = this.text.length;
    if (line + 1 < this.lineStarts.length) {
      // step back over the line break
      if (this.text.charCodeAt(end) === 10 && this.text.charCodeAt(end - 1) === 13) end--;
    }
    return end;
  }
}

const MAY_CHANGE_UNDER_NFC = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\u2126\u212a\u212b]/;

/**
 * The text rules work on: NFC-normalized, with a map back to offsets in the
 * text as written. Most drafts are already NFC and need no map; text pasted
 * from some sources is decomposed (NFD) and gets one.
 */
export class NormalizedText {
  readonly text: string;
  /** normalized offset -> original offset; absent when the original is NFC. */
  private readonly map?: Int32Array;

  constructor(readonly original: string) {
    // Without combining marks (or the three singletons NFC rewrites in letter-like symbols),
    // a text is already NFC for every purpose of the rules: skip the costly normalize().
    if (!MAY_CHANGE_UNDER_NFC.test(original) || original.normalize('NFC') === original) {
      this.text = original;
      return;
    }
    const { text, map } = normalizeWithMap(original);
    this.text = text;
    this.map = map;
  }

  get isIdentity(): boolean {
    return this.map === undefined;
  }

  toOriginal(offset: number): number {
    if (!this.map) return offset;
    if (offset <= 0) return 0;
    if (offset >= this.text.length) return this.original.length;
    return this.map[offset];
  }

  /** End offsets map to the end of the original cluster they close. */
  toOriginalEnd(offset: number): number {
    if (!this.map) return offset;
    if (offset >= this.text.length) return this.original.length;
    return this.map[offset];
  }
}

/**
 * Normalizes segment by segment so that every normalized offset maps back.
 * A segment starts at a character below U+0300 (those never compose with what
 * precedes them), so each letter and its combining marks form one segment.
 */
function normalizeWithMap(original: string): { text: string; map: Int32Array } {
  const parts: string[] = [];
  const mapValues: number[] = [];
  let segStart = 0;
  const flush = (segEnd: number) => {
    if (segEnd <= segStart) return;
    const seg = original.slice(segStart, segEnd);
    const norm = seg.normalize('NFC');
    parts.push(norm);
    if (norm === seg) {
      for (let k = 0; k < seg.length; k++) mapValues.push(segStart + k);
    } else {
      // Inner offsets of a recomposed cluster map to its start.
      for (let k = 0; k < norm.length; k++) mapValues.push(segStart);
    }
    segStart = segEnd;
  };
  for (let i = 1; i < original.length; i++) {
    if (original.charCodeAt(i) < 0x300) flush(i);
  }
  flush(original.length);
  mapValues.push(original.length);
  return { text: parts.join(''), map: Int32Array.from(mapValues) };
}

/** True when `s` is not in NFC (used to give fixes the writer's own encoding). */
export function isDecomposed(s: string): boolean {
  return s.normalize('NFC') !== s;
}
