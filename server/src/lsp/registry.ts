/**
 * LSP features built on the registry of central documents and on the
 * newsroom's `.bientap.json`: the record behind a citation on hover, "expand
 * this citation", completion of symbols, and "accept this form in this
 * workspace". The logic lives in `server/src/registry/` and `server/src/node/accept.ts`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CodeActionKind, CompletionItemKind, type CodeAction, type CompletionItem, type Diagnostic as LspDiagnostic, type WorkspaceEdit } from 'vscode-languageserver';
import type { Settings } from '../engine/settings.js';
import { LineIndex } from '../engine/text.js';
import type { MessageLanguage } from '../engine/types.js';
import { acceptFormEdit } from '../node/accept.js';
import { completionsAt, describeCitationAt, expansionsAt } from '../registry/assist.js';
import { SOURCE } from './convert.js';
import { t } from './l10n.js';

export const EXPAND_KIND = `${CodeActionKind.RefactorRewrite}.bientap.expandCitation`;

export function registryHover(text: string, offset: number, settings: Settings): string | undefined {
  return describeCitationAt(text, offset, settings)?.markdown;
}

export function expandActions(uri: string, version: number, text: string, offset: number, settings: Settings, documentChanges: boolean): CodeAction[] {
  const lines = new LineIndex(text);
  return expansionsAt(text, offset, settings).map((e) => {
    const edits = [{ range: lines.rangeOf(e.start, e.end), newText: e.newText }];
    const edit: WorkspaceEdit = documentChanges ? { documentChanges: [{ textDocument: { uri, version }, edits }] } : { changes: { [uri]: edits } };
    return { title: t('expandCitation', settings.language, { citation: e.newText }), kind: EXPAND_KIND, edit };
  });
}

export function citationCompletions(text: string, offset: number, settings: Settings): CompletionItem[] {
  const lines = new LineIndex(text);
  return completionsAt(text, offset, settings).map((c, i) => ({
    label: c.label,
    kind: CompletionItemKind.Reference,
    detail: c.detail,
    documentation: { kind: 'markdown', value: c.documentation },
    sortText: String(i).padStart(4, '0'),
    filterText: c.label,
    textEdit: { range: lines.rangeOf(c.start, offset), newText: c.insertText },
  }));
}

/**
 * "Accept this form in this workspace": adds the flagged text to `"accept"` of
 * the nearest `.bientap.json` (or creates one at `target`), as a normal
 * workspace edit that the user can undo.
 */
export function acceptActions(
  diagnostics: readonly LspDiagnostic[],
  text: string,
  configFile: string,
  caps: { documentChanges: boolean; create: boolean },
  lang: MessageLanguage,
): CodeAction[] {
  const out: CodeAction[] = [];
  const seen = new Set<string>();
  let existing: string | undefined;
  try {
    existing = fs.readFileSync(configFile, 'utf8');
  } catch {
    existing = undefined;
  }
  const lines = new LineIndex(text);
  for (const d of diagnostics) {
    if (d.source !== SOURCE || typeof d.code !== 'string' || d.code === 'config' || !d.range?.start || !d.range.end) continue;
    const form = text.slice(lines.offsetAt(d.range.start), lines.offsetAt(d.range.end));
    const key = `${d.code}\u0000${form}`;
    if (!form.trim() || seen.has(key)) continue;
    seen.add(key);
    const change = acceptFormEdit(existing, d.code, form);
    if (!change) continue;
    const uri = pathToFileURL(configFile).href;
    let edit: WorkspaceEdit;
    if (change.create) {
      if (!caps.documentChanges || !caps.create) continue;
      edit = {
        documentChanges: [
          { kind: 'create', uri, options: { ignoreIfExists: true } },
          { textDocument: { uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: change.newText }] },
        ],
      };
    } else {
      const configLines = new LineIndex(existing!);
      const edits = change.edits.map((e) => ({ range: configLines.rangeOf(e.offset, e.offset + e.length), newText: e.content }));
      edit = caps.documentChanges ? { documentChanges: [{ textDocument: { uri, version: null }, edits }] } : { changes: { [uri]: edits } };
    }
    out.push({
      title: t('acceptForm', lang, { form: form.length > 40 ? `${form.slice(0, 40)}…` : form, rule: d.code, file: path.basename(configFile) }),
      kind: CodeActionKind.QuickFix,
      diagnostics: [d],
      edit,
    });
  }
  return out;
}
