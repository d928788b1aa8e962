/**
 * Code actions: a quick fix per fix of a diagnostic, "fix all problems of this
 * rule", `source.fixAll.bientap`, and "turn this rule off for this line / file".
 */
import { CodeActionKind, type CodeAction, type CodeActionContext, type Diagnostic as LspDiagnostic, type WorkspaceEdit } from 'vscode-languageserver';
import type { Diagnostic, Fix, MessageLanguage, TextEdit } from '../engine/types.js';
import { sameRange, SOURCE } from './convert.js';
import { t } from './l10n.js';
import { disableFileEdits, disableLineEdits } from './suppress.js';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.bientap`;
const RULE_ID = /^[a-z]+\/[a-z0-9-]+$/;

export interface CodeActionInput {
  uri: string;
  version: number;
  text: string;
  context: CodeActionContext;
  lang: MessageLanguage;
  /** Use versioned `documentChanges` (the client supports them) rather than `changes`. */
  documentChanges: boolean;
  /** Whether a rule id is one of the server's rules (for clients that drop `source` from diagnostics they send back). */
  isKnownRule?(id: string): boolean;
  /** The engine's diagnostics for the current text (computed on demand). */
  current(): readonly Diagnostic[];
  /** Fix-all as one minimal edit, optionally for some rules only. */
  fixAll(onlyRules?: ReadonlySet<string>): TextEdit[];
}

/** Whether an action of `kind` is wanted by a request filtered by `only`. */
export function kindWanted(kind: string, only: readonly string[] | undefined): boolean {
  if (!only || only.length === 0) return true;
  return only.some((o) => kind === o || kind.startsWith(`${o}.`));
}

export function workspaceEdit(input: Pick<CodeActionInput, 'uri' | 'version' | 'documentChanges'>, edits: TextEdit[]): WorkspaceEdit {
  if (input.documentChanges) return { documentChanges: [{ textDocument: { uri: input.uri, version: input.version }, edits }] };
  return { changes: { [input.uri]: edits } };
}

function ours(d: LspDiagnostic, input: CodeActionInput): d is LspDiagnostic & { code: string } {
  if (typeof d.code !== 'string' || !RULE_ID.test(d.code)) return false;
  return d.source === SOURCE || (d.source === undefined && !!input.isKnownRule?.(d.code));
}

/**
 * The fixes of a client-sent diagnostic: those of the server's diagnostic for
 * the current version with the same rule and range (and message, when several
 * match). A diagnostic from an older version no longer matches and gets none.
 */
function fixesOf(d: LspDiagnostic & { code: string }, input: CodeActionInput): Fix[] {
  let match: Diagnostic | undefined;
  for (const c of input.current()) {
    if (c.rule !== d.code || !sameRange(c.range, d.range)) continue;
    if (c.message === d.message) return c.fixes;
    match ??= c;
  }
  return match?.fixes ?? [];
}

export function codeActions(input: CodeActionInput): CodeAction[] {
  const only = input.context.only;
  const out: CodeAction[] = [];
  const quickFix = kindWanted(CodeActionKind.QuickFix, only);

  if (quickFix) {
    const fixAllDone = new Set<string>();
    const disableLineDone = new Set<string>();
    const disableFileDone = new Set<string>();
    const tail: CodeAction[] = [];
    for (const d of input.context.diagnostics) {
      if (!ours(d, input)) continue;
      const rule = d.code;
      for (const fix of fixesOf(d, input)) {
        out.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: fix.isPreferred, edit: workspaceEdit(input, fix.edits) });
      }
      if (!fixAllDone.has(rule)) {
        fixAllDone.add(rule);
        const fixable = input.current().filter((c) => c.rule === rule && c.fixes.some((f) => f.isPreferred));
        if (fixable.length > 1) {
          const edits = input.fixAll(new Set([rule]));
          if (edits.length) tail.push({ title: t('fixAllRule', input.lang, { rule }), kind: CodeActionKind.QuickFix, diagnostics: [d], edit: workspaceEdit(input, edits) });
        }
      }
      const lineKey = `${rule}@${d.range.start.line}`;
      if (!disableLineDone.has(lineKey)) {
        disableLineDone.add(lineKey);
        const edits = disableLineEdits(input.text, d.range.start.line, rule);
        if (edits.length) tail.push({ title: t('disableLine', input.lang, { rule }), kind: CodeActionKind.QuickFix, diagnostics: [d], edit: workspaceEdit(input, edits) });
      }
      if (!disableFileDone.has(rule)) {
        disableFileDone.add(rule);
        const edits = disableFileEdits(input.text, rule);
        if (edits.length) tail.push({ title: t('disableFile', input.lang, { rule }), kind: CodeActionKind.QuickFix, diagnostics: [d], edit: workspaceEdit(input, edits) });
      }
    }
    out.push(...tail);
  }

  // Only on explicit request (fix on save, the "Fix all" command, the Source Action menu): it checks the whole text again.
  if (only && kindWanted(FIX_ALL_KIND, only)) {
    const edits = input.fixAll();
    if (edits.length) out.push({ title: t('fixAll', input.lang), kind: FIX_ALL_KIND, edit: workspaceEdit(input, edits) });
  }
  return out;
}
