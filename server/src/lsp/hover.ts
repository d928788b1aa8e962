/** Hover on a flagged span: the message, the correct form, why, and the docs link. */
import type { Hover, MarkupContent, Position } from 'vscode-languageserver';
import { LineIndex } from '../engine/text.js';
import type { Diagnostic, Fix, MessageLanguage } from '../engine/types.js';
import { containsPosition, type DocsLinks } from './convert.js';
import { t } from './l10n.js';

/**
 * The flagged span as it reads after a fix, when the fix edits only inside
 * the span; otherwise the first edit's new text.
 */
export function correctedForm(text: string, d: Diagnostic, fix: Fix | undefined): string | undefined {
  if (!fix || fix.edits.length === 0) return undefined;
  const lines = new LineIndex(text);
  const s = lines.offsetAt(d.range.start);
  const e = lines.offsetAt(d.range.end);
  const edits = fix.edits.map((x) => ({ start: lines.offsetAt(x.range.start), end: lines.offsetAt(x.range.end), text: x.newText })).sort((a, b) => a.start - b.start);
  if (edits.every((x) => x.start >= s && x.end <= e)) {
    let out = '';
    let pos = s;
    for (const x of edits) {
      if (x.start < pos) return fix.edits[0].newText || undefined;
      out += text.slice(pos, x.start) + x.text;
      pos = x.end;
    }
    out += text.slice(pos, e);
    return out.trim() ? out : undefined;
  }
  return fix.edits[0].newText.trim() ? fix.edits[0].newText : undefined;
}

function codeSpan(s: string): string {
  const one = s.replace(/\r?\n|\r/g, ' ');
  const fence = one.includes('`') ? '``' : '`';
  return `${fence}${fence.length > 1 ? ' ' : ''}${one}${fence.length > 1 ? ' ' : ''}${fence}`;
}

function escapeMarkdown(s: string): string {
  return s.replace(/([\\`*_{}[\]<>#|])/g, '\\$1');
}

export function hoverMarkdown(text: string, diagnostics: readonly Diagnostic[], lang: MessageLanguage, docs: DocsLinks): string {
  return diagnostics
    .map((d) => {
      const parts = [`**${escapeMarkdown(d.message)}**`];
      const fix = d.fixes.find((f) => f.isPreferred) ?? d.fixes[0];
      const correct = correctedForm(text, d, fix);
      if (correct !== undefined) parts.push(`${t('correctForm', lang)}: ${codeSpan(correct)}`);
      if (d.explanation) parts.push(`${t('why', lang)}: ${escapeMarkdown(d.explanation)}`);
      parts.push(`[${t('docs', lang)}: ${d.rule}](${docs.href(d.rule, d.docs)})`);
      return parts.join('\n\n');
    })
    .join('\n\n---\n\n');
}

export function hoverAt(text: string, diagnostics: readonly Diagnostic[], position: Position, lang: MessageLanguage, docs: DocsLinks): Hover | null {
  const hit = diagnostics.filter((d) => containsPosition(d.range, position));
  if (hit.length === 0) return null;
  const contents: MarkupContent = { kind: 'markdown', value: hoverMarkdown(text, hit, lang, docs) };
  return { contents, range: hit[0].range };
}
