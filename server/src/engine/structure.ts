import { Parser, type Node } from 'commonmark';
import type { DocumentKind } from './types.js';

/** A run of prose that rules look at: a paragraph or a heading. */
export interface Block {
  start: number;
  end: number;
  kind: 'paragraph' | 'heading';
  /** 1–6 for headings. */
  level?: number;
}

export interface Structure {
  /** The normalized text with everything that is not prose replaced by spaces (line breaks kept). */
  prose: string;
  blocks: Block[];
}

export interface MaskedStructure {
  /** 1 where the text is not prose. */
  mask: Uint8Array;
  blocks: Block[];
  /**
   * Set by `updateStructure`: the only part of the text whose mask may differ
   * from the previous version's ([start, oldEnd) before, [start, oldEnd + delta)
   * now); everything after it moved by `delta`.
   */
  changed?: { start: number; oldEnd: number; delta: number };
}

const commonmark = new Parser();
// Only block structure is read (paragraph and heading nodes with their source
// positions, all set by the block phase); inline content is scanned below.
// Skipping commonmark.js's inline phase saves most of the parse time.
(commonmark as unknown as { processInlines: (block: Node) => void }).processInlines = () => {};

/**
 * Separates prose from what is not prose. Markdown is parsed with a CommonMark
 * parser (commonmark.js: the fastest of those measured) for block structure;
 * code spans, autolinks, inline HTML and link targets are found by a linear
 * inline scan, since commonmark.js keeps no positions for inline nodes. Bare
 * URLs and e-mail addresses are masked in every kind of document.
 */
export function analyzeStructure(text: string, kind: DocumentKind, knownLineStarts?: number[]): Structure {
  const { mask, blocks } = maskStructure(text, kind, knownLineStarts);
  return { prose: proseOf(text, mask, 0, text.length), blocks };
}

/**
 * The same as a mask: the engine builds the prose of each segment from it, so
 * that a draft's prose is never copied as a whole (a copy of a 100 KB string
 * costs about a millisecond, as much as the rest of an incremental check).
 */
export function maskStructure(text: string, kind: DocumentKind, knownLineStarts?: number[]): MaskedStructure {
  const mask = new Uint8Array(text.length);
  const lines = knownLineStarts ?? lineStarts(text);
  const blocks: Block[] = [];

  if (kind === 'markdown') {
    mask.fill(1);
    const frontMatterEndLine = findFrontMatterEnd(text, lines);
    const doc = commonmark.parse(limitNesting(text, lines));
    const walker = doc.walker();
    let event;
    while ((event = walker.next())) {
      if (!event.entering) continue;
      const node: Node = event.node;
      if (node.type !== 'paragraph' && node.type !== 'heading') continue;
      const [[startLine], [endLine]] = node.sourcepos;
      if (startLine - 1 <= frontMatterEndLine) continue;
      const start = lines[startLine - 1];
      const end = lineContentEnd(text, lines, endLine - 1);
      for (let line = startLine - 1; line <= endLine - 1; line++) {
        const ls = lines[line];
        const le = lineContentEnd(text, lines, line);
        const proseStart = ls + markerLength(text, ls, le, node.type === 'heading');
        mask.fill(0, proseStart, le);
        if (node.type === 'heading') maskClosingHashes(text, proseStart, le, mask);
      }
      if (node.type === 'heading' && isSetextUnderline(text, lines, endLine - 1)) {
        mask.fill(1, lines[endLine - 1], end);
      }
      blocks.push(
        node.type === 'heading'
          ? { start, end, kind: 'heading', level: node.level }
          : { start, end, kind: 'paragraph' },
      );
    }
    for (const b of blocks) maskMarkdownInline(text, b.start, b.end, mask);
  } else {
    let blockStart = -1;
    for (let line = 0; line < lines.length; line++) {
      const ls = lines[line];
      const le = lineContentEnd(text, lines, line);
      const blank = isBlank(text, ls, le);
      if (!blank && blockStart < 0) blockStart = ls;
      if (blank && blockStart >= 0) {
        blocks.push({ start: blockStart, end: lineContentEnd(text, lines, line - 1), kind: 'paragraph' });
        blockStart = -1;
      }
    }
    if (blockStart >= 0) blocks.push({ start: blockStart, end: text.length, kind: 'paragraph' });
    // The first line of a plain-text draft is its headline.
    if (blocks.length > 0) {
      const first = blocks[0];
      const firstLineEnd = lineContentEnd(text, lines, lineOf(lines, first.start));
      if (firstLineEnd < first.end) {
        blocks.splice(0, 1, { start: first.start, end: firstLineEnd, kind: 'heading', level: 1 }, {
          start: lines[lineOf(lines, first.start) + 1],
          end: first.end,
          kind: 'paragraph',
        });
      } else if (blocks.length > 1) {
        blocks[0] = { ...first, kind: 'heading', level: 1 };
      }
    }
  }
  if (text.charCodeAt(0) === 0xfeff) mask[0] = 1;
  maskUrlsAndEmails(text, mask);
  return { mask, blocks };
}

/** Deeper nesting than any draft has; commonmark.js is quadratic in nesting depth. */
const MAX_CONTAINER_DEPTH = 32;

/**
 * Blanks container markers (`>`, `-`, `*`, `+`, `1.`) beyond a sane depth at the
 * start of a line, keeping every offset, so the parser stays linear on
 * adversarial input such as thousands of nested list items on one line.
 */
export function limitNesting(text: string, lines: number[]): string {
  let parts: string[] | undefined;
  let copied = 0;
  for (const ls of lines) {
    let i = ls;
    let depth = 0;
    for (;;) {
      while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
      const c = text.charCodeAt(i);
      let len = 0;
      if (c === 0x3e /* > */) len = 1;
      else if ((c === 0x2d || c === 0x2a || c === 0x2b) && (text.charCodeAt(i + 1) === 32 || text.charCodeAt(i + 1) === 9)) len = 1;
      else if (c >= 0x30 && c <= 0x39) {
        let j = i;
        while (j - i < 9 && text.charCodeAt(j) >= 0x30 && text.charCodeAt(j) <= 0x39) j++;
        const d = text.charCodeAt(j);
        if ((d === 0x2e || d === 0x29) && (text.charCodeAt(j + 1) === 32 || text.charCodeAt(j + 1) === 9)) len = j - i + 1;
      }
      if (len === 0) break;
      depth++;
      if (depth > MAX_CONTAINER_DEPTH) {
        parts ??= [];
        parts.push(text.slice(copied, i), ' '.repeat(len));
        copied = i + len;
      }
      i += len;
    }
  }
  if (!parts) return text;
  parts.push(text.slice(copied));
  return parts.join('');
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

function lineOf(lines: number[], offset: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function lineContentEnd(text: string, lines: number[], line: number): number {
  if (line < 0) return 0;
  if (line + 1 >= lines.length) return text.length;
  let end = lines[line + 1] - 1;
  if (text.charCodeAt(end) === 10 && text.charCodeAt(end - 1) === 13) end--;
  return end;
}

function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 0xfeff) return false;
  }
  return true;
}

/** Length of the container markers (`> `, `- `, `1. `, `## `) that open a line. */
const MARKER_RE = /[ \t]*(?:>[ \t]?)*[ \t]*(?:[-+*][ \t]+|\d{1,9}[.)][ \t]+)?(?:\[[ xX]\][ \t]+)?/y;
const ATX_RE = /[ \t]{0,3}#{1,6}(?:[ \t]+|$)/y;
function markerLength(text: string, start: number, end: number, heading: boolean): number {
  const line = text.slice(start, Math.min(end, start + 200));
  MARKER_RE.lastIndex = 0;
  const m = MARKER_RE.exec(line);
  let len = m ? m[0].length : 0;
  if (heading) {
    ATX_RE.lastIndex = len;
    const h = ATX_RE.exec(line);
    if (h) len += h[0].length;
  }
  return len;
}

function maskClosingHashes(text: string, start: number, end: number, mask: Uint8Array): void {
  let i = end;
  while (i > start && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  let j = i;
  while (j > start && text[j - 1] === '#') j--;
  if (j < i && (j === start || text[j - 1] === ' ' || text[j - 1] === '\t')) mask.fill(1, j, i);
}

function isSetextUnderline(text: string, lines: number[], line: number): boolean {
  const s = text.slice(lines[line], lineContentEnd(text, lines, line)).trim();
  return /^(?:=+|-+)$/.test(s);
}

/** YAML (`---`) or TOML (`+++`) front matter at the very start; returns its last line or -1. */
function findFrontMatterEnd(text: string, lines: number[]): number {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const first = text.slice(bom, lineContentEnd(text, lines, 0)).trimEnd();
  if (first !== '---' && first !== '+++') return -1;
  const limit = Math.min(lines.length, 1000);
  for (let line = 1; line < limit; line++) {
    const s = text.slice(lines[line], lineContentEnd(text, lines, line)).trimEnd();
    if (s === first || (first === '---' && s === '...')) return line;
  }
  return -1;
}

/* ------------------------------ inline ------------------------------ */

const AUTOLINK_RE = /<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*>|<[^\s<>@]+@[^\s<>]+>/y;
const TAG_RE = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/y;
const LINK_SCAN_LIMIT = 2000;

function maskMarkdownInline(text: string, from: number, to: number, mask: Uint8Array): void {
  maskCodeSpans(text, from, to, mask);
  let commentSearchFrom = -1;
  let commentEnd = -1;
  for (let i = from; i < to; i++) {
    if (mask[i]) continue;
    const c = text.charCodeAt(i);
    if (c === 0x3c /* < */) {
      if (text.startsWith('<!--', i)) {
        if (commentSearchFrom < 0 || (commentEnd >= 0 && commentEnd < i)) {
          commentEnd = text.indexOf('-->', i + 4);
          commentSearchFrom = i;
        }
        if (commentEnd >= 0 && commentEnd < to) {
          mask.fill(1, i, commentEnd + 3);
          i = commentEnd + 2;
        }
        continue;
      }
      AUTOLINK_RE.lastIndex = i;
      let m = AUTOLINK_RE.exec(text);
      if (!m) {
        TAG_RE.lastIndex = i;
        m = TAG_RE.exec(text);
      }
      if (m && i + m[0].length <= to) {
        mask.fill(1, i, i + m[0].length);
        i += m[0].length - 1;
      }
    } else if (c === 0x5d /* ] */) {
      const next = text.charCodeAt(i + 1);
      if (next === 0x28 /* ( */) {
        const close = findClosingParen(text, i + 1, Math.min(to, i + 1 + LINK_SCAN_LIMIT));
        if (close > 0) {
          mask.fill(1, i + 1, close + 1);
          i = close;
        }
      } else if (next === 0x5b /* [ */) {
        const close = text.indexOf(']', i + 2);
        if (close > 0 && close < to && close - i < LINK_SCAN_LIMIT) {
          mask.fill(1, i + 1, close + 1);
          i = close;
        }
      }
    }
  }
}

function findClosingParen(text: string, open: number, limit: number): number {
  let depth = 0;
  for (let i = open; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5c /* \ */) {
      i++;
      continue;
    }
    if (c === 0x28) depth++;
    else if (c === 0x29) {
      depth--;
      if (depth === 0) return i;
    } else if (c === 10 && text.charCodeAt(i + 1) === 10) return -1;
  }
  return -1;
}

/** CommonMark code spans: a backtick run closes at the next run of the same length. Linear. */
function maskCodeSpans(text: string, from: number, to: number, mask: Uint8Array): void {
  const starts: number[] = [];
  const lengths: number[] = [];
  for (let i = from; i < to; i++) {
    if (text.charCodeAt(i) !== 0x60) continue;
    let j = i;
    while (j < to && text.charCodeAt(j) === 0x60) j++;
    let s = i;
    if (i > from && text.charCodeAt(i - 1) === 0x5c) s++; // escaped first backtick
    if (j > s) {
      starts.push(s);
      lengths.push(j - s);
    }
    i = j - 1;
  }
  if (starts.length < 2) return;
  const nextSame = new Int32Array(starts.length).fill(-1);
  // The next run of each length, scanning backwards; short runs (the usual case) use an array, not a Map.
  const SHORT = 64;
  const lastShort = new Int32Array(SHORT).fill(-1);
  const lastLong = new Map<number, number>();
  for (let k = starts.length - 1; k >= 0; k--) {
    const len = lengths[k];
    if (len < SHORT) {
      nextSame[k] = lastShort[len];
      lastShort[len] = k;
    } else {
      nextSame[k] = lastLong.get(len) ?? -1;
      lastLong.set(len, k);
    }
  }
  let k = 0;
  while (k < starts.length) {
    const close = nextSame[k];
    if (close >= 0) {
      mask.fill(1, starts[k], starts[close] + lengths[close]);
      k = close + 1;
    } else k++;
  }
}

const URL_RE = /\b(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>"'`]+/gi;
const EMAIL_LOCAL = /[A-Za-z0-9._%+-]/;
const EMAIL_DOMAIN = /[A-Za-z0-9.-]/;

/** URLs and e-mail addresses starting in text[from, to) (neither crosses a line break). */
function maskUrlsAndEmails(text: string, mask: Uint8Array, from = 0, to = text.length): void {
  URL_RE.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = URL_RE.exec(text)) && m.index < to) {
    let end = m.index + m[0].length;
    while (end > m.index && /[.,;:!?)\]}]/.test(text[end - 1])) end--;
    mask.fill(1, m.index, end);
  }
  let at = text.indexOf('@', from);
  let prevEnd = from;
  while (at >= 0 && at < to) {
    let s = at;
    while (s > prevEnd && EMAIL_LOCAL.test(text[s - 1])) s--;
    let e = at + 1;
    let dot = false;
    while (e < text.length && EMAIL_DOMAIN.test(text[e])) {
      if (text[e] === '.') dot = true;
      e++;
    }
    while (e > at + 1 && text[e - 1] === '.') e--;
    if (s < at && dot && e > at + 1) mask.fill(1, s, e);
    prevEnd = Math.max(at + 1, e);
    at = text.indexOf('@', prevEnd);
  }
}

/** A Markdown draft's structure, kept to update it after an edit (`updateStructure`). */
export interface StructureSnapshot {
  text: string;
  mask: Uint8Array;
  blocks: Block[];
}

const LETTER = /\p{L}/u;

/**
 * The structure of `text` (Markdown) from the previous version's, when the
 * edit between them stays inside one line of a paragraph, a line that starts
 * with a letter before and after it, with the same indentation: typing in a
 * paragraph. No line break, block start or container marker changes then, so
 * the blocks stay and only that paragraph's mask is recomputed. Undefined when
 * the edit is anything else: parse afresh.
 */
export function updateStructure(prev: StructureSnapshot, text: string): MaskedStructure | undefined {
  const old = prev.text;
  const n0 = old.length;
  const n1 = text.length;
  const min = Math.min(n0, n1);
  const p = commonPrefix(old, text, min);
  if (p === n0 && p === n1) return { mask: prev.mask, blocks: prev.blocks, changed: { start: 0, oldEnd: 0, delta: 0 } };
  const q = commonSuffix(old, text, min - p);
  for (let i = p; i < n0 - q; i++) if (isLineBreak(old.charCodeAt(i))) return undefined;
  for (let i = p; i < n1 - q; i++) if (isLineBreak(text.charCodeAt(i))) return undefined;
  const delta = n1 - n0;
  // the line of the edit, the same before and after outside the edit
  let ls = p;
  while (ls > 0 && !isLineBreak(old.charCodeAt(ls - 1))) ls--;
  let le = n0 - q;
  while (le < n0 && !isLineBreak(old.charCodeAt(le))) le++;
  let f0 = ls;
  while (f0 < le && (old.charCodeAt(f0) === 32 || old.charCodeAt(f0) === 9)) f0++;
  let f1 = ls;
  while (f1 < le + delta && (text.charCodeAt(f1) === 32 || text.charCodeAt(f1) === 9)) f1++;
  if (f0 !== f1 || f0 >= le || old.slice(ls, f0) !== text.slice(ls, f1) || !LETTER.test(old[f0]) || !LETTER.test(text[f1])) return undefined;
  let b = -1;
  for (let i = 0; i < prev.blocks.length; i++) {
    const block = prev.blocks[i];
    if (block.start <= ls && le <= block.end) {
      b = i;
      break;
    }
  }
  // a paragraph that may open with link reference definitions can appear or vanish: parse afresh
  if (b < 0 || prev.blocks[b].kind !== 'paragraph' || old.charCodeAt(prev.blocks[b].start) === 0x5b /* [ */) return undefined;
  const block = prev.blocks[b];
  const start = block.start;
  const end = block.end + delta;
  const mask = new Uint8Array(n1);
  mask.set(prev.mask.subarray(0, start));
  mask.set(prev.mask.subarray(block.end), end);
  // the paragraph as maskStructure marks it: markers masked, every line's prose open
  mask.fill(1, start, end);
  let line = start;
  while (line <= end) {
    let lineEnd = line;
    while (lineEnd < end && !isLineBreak(text.charCodeAt(lineEnd))) lineEnd++;
    mask.fill(0, line + markerLength(text, line, lineEnd, false), lineEnd);
    line = lineEnd + (text.charCodeAt(lineEnd) === 13 && text.charCodeAt(lineEnd + 1) === 10 ? 2 : 1);
  }
  maskMarkdownInline(text, start, end, mask);
  maskUrlsAndEmails(text, mask, start, end);
  if (start === 0 && text.charCodeAt(0) === 0xfeff) mask[0] = 1;
  const blocks = prev.blocks.map((x, i) => (i === b ? { ...x, end } : x.start >= block.end ? { ...x, start: x.start + delta, end: x.end + delta } : x));
  return { mask, blocks, changed: { start, oldEnd: block.end, delta } };
}

/** Chunks compared natively before the characters of the first differing one (fast even before the JIT warms up). */
const CHUNK = 1024;

function commonPrefix(a: string, b: string, max: number): number {
  let p = 0;
  while (p + CHUNK <= max && a.slice(p, p + CHUNK) === b.slice(p, p + CHUNK)) p += CHUNK;
  while (p < max && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  return p;
}

/** Length of the common end of `a` and `b`, at most `max`. */
function commonSuffix(a: string, b: string, max: number): number {
  const na = a.length;
  const nb = b.length;
  let q = 0;
  while (q + CHUNK <= max && a.slice(na - q - CHUNK, na - q) === b.slice(nb - q - CHUNK, nb - q)) q += CHUNK;
  while (q < max && a.charCodeAt(na - 1 - q) === b.charCodeAt(nb - 1 - q)) q++;
  return q;
}

function isLineBreak(c: number): boolean {
  return c === 10 || c === 13;
}

/**
 * The prose of text[from, to): masked characters become spaces; line breaks
 * stay so that lines and sentence starts keep their places. Only masked
 * stretches that are not already blank are replaced; with none, the result is
 * `slice` (text[from, to) when given) itself. Linear.
 */
export function proseOf(text: string, mask: Uint8Array, from: number, to: number, slice?: string): string {
  let parts: string[] | undefined;
  let copied = from;
  for (let k = from; k < to; k++) {
    if (mask[k] === 0) continue;
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13 || c === 32) continue;
    let e = k + 1;
    while (e < to && mask[e] === 1) {
      const d = text.charCodeAt(e);
      if (d === 10 || d === 13) break;
      e++;
    }
    (parts ??= []).push(text.slice(copied, k), spaces(e - k));
    copied = e;
    k = e - 1;
  }
  if (!parts) return slice ?? text.slice(from, to);
  parts.push(text.slice(copied, to));
  return parts.join('');
}

const SPACES = ' '.repeat(256);

function spaces(length: number): string {
  return length <= SPACES.length ? SPACES.slice(0, length) : ' '.repeat(length);
}
