/**
 * The text edits of "turn this rule off for this line / this file": they
 * insert the suppression comments the engine understands. Pure functions.
 */
import { LineIndex } from '../engine/text.js';
import type { TextEdit } from '../engine/types.js';

/** The line break used by the document: the first one found, else `\n`. */
export function documentEol(text: string): string {
  const i = text.search(/\r\n|\r|\n/);
  if (i < 0) return '\n';
  return text.startsWith('\r\n', i) ? '\r\n' : text[i];
}

function lineText(text: string, lines: LineIndex, line: number): string {
  return text.slice(lines.lineStarts[line], lines.lineEndOffset(line));
}

const NEXT_LINE_RE = /^([ \t]*<!--\s*bientap-disable-next-line\b)([^>]*?)(\s*-->)\s*$/;
const FILE_RE = /^(<!--\s*bientap-disable\b)([^>]*?)(\s*-->)\s*$/;

/** Adds `rule` to an existing comment's rule list, or returns undefined when it is already covered. */
function extendComment(text: string, lines: LineIndex, line: number, m: RegExpMatchArray, rule: string): TextEdit[] | undefined {
  const listed = m[2].split(/[\s,]+/).filter(Boolean);
  // A comment without rules already covers every rule.
  if (listed.length === 0 || listed.includes(rule)) return [];
  const at = lines.lineStarts[line] + m[1].length + m[2].length;
  const pos = lines.positionAt(at);
  return [{ range: { start: pos, end: pos }, newText: ` ${rule}` }];
}

/**
 * `<!-- bientap-disable-next-line RULE -->` on a new line above `line`, with
 * that line's indentation and the document's line break. When the line above
 * already is such a comment, the rule is added to it.
 */
export function disableLineEdits(text: string, line: number, rule: string): TextEdit[] {
  const lines = new LineIndex(text);
  const target = Math.max(0, Math.min(line, lines.lineCount - 1));
  if (target > 0) {
    const above = lineText(text, lines, target - 1).match(NEXT_LINE_RE);
    if (above) {
      const extended = extendComment(text, lines, target - 1, above, rule);
      if (extended) return extended;
    }
  }
  const content = lineText(text, lines, target);
  const indent = /^[ \t]*/.exec(content)![0];
  const eol = documentEol(text);
  const pos = { line: target, character: 0 };
  return [{ range: { start: pos, end: pos }, newText: `${indent}<!-- bientap-disable-next-line ${rule} -->${eol}` }];
}

/** The last line of YAML (`---`) or TOML (`+++`) front matter at the very start, or -1. */
export function frontMatterEndLine(text: string, lines = new LineIndex(text)): number {
  const first = lineText(text, lines, 0).replace(/^\ufeff/, '').trimEnd();
  if (first !== '---' && first !== '+++') return -1;
  const limit = Math.min(lines.lineCount, 1000);
  for (let line = 1; line < limit; line++) {
    const s = lineText(text, lines, line).trimEnd();
    if (s === first || (first === '---' && s === '...')) return line;
  }
  return -1;
}

/**
 * `<!-- bientap-disable RULE -->` at the top of the document, after front
 * matter if any. When that place already holds a disable comment, the rule is
 * added to it.
 */
export function disableFileEdits(text: string, rule: string): TextEdit[] {
  const lines = new LineIndex(text);
  const fm = frontMatterEndLine(text, lines);
  const line = fm + 1;
  const eol = documentEol(text);
  if (line < lines.lineCount) {
    const existing = lineText(text, lines, line).replace(/^\ufeff/, '').match(FILE_RE);
    if (existing) {
      const bom = line === 0 && text.charCodeAt(0) === 0xfeff ? 1 : 0;
      const listed = existing[2].split(/[\s,]+/).filter(Boolean);
      if (listed.length === 0 || listed.includes(rule)) return [];
      const pos = lines.positionAt(lines.lineStarts[line] + bom + existing[1].length + existing[2].length);
      return [{ range: { start: pos, end: pos }, newText: ` ${rule}` }];
    }
  }
  const comment = `<!-- bientap-disable ${rule} -->`;
  if (fm < 0) {
    // After a byte order mark, if the editor kept one in the text.
    const pos = lines.positionAt(text.charCodeAt(0) === 0xfeff ? 1 : 0);
    return [{ range: { start: pos, end: pos }, newText: comment + eol }];
  }
  if (line >= lines.lineCount) {
    // The front matter closes on the last line, which has no line break.
    const pos = lines.positionAt(text.length);
    return [{ range: { start: pos, end: pos }, newText: eol + comment + eol }];
  }
  const pos = { line, character: 0 };
  return [{ range: { start: pos, end: pos }, newText: comment + eol }];
}
