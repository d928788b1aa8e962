/** Engine diagnostics to LSP diagnostics, and back. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Diagnostic as LspDiagnostic, type DiagnosticRelatedInformation } from 'vscode-languageserver';
import type { Diagnostic, Severity } from '../engine/types.js';

export const SOURCE = 'bientap';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/**
 * Where rule docs are: `docs/rules/<id>.md` shipped beside `dist/` gives a
 * `file://` link; otherwise the engine's web link stays.
 */
export class DocsLinks {
  private readonly cache = new Map<string, string | null>();
  constructor(private readonly docsDir: string | undefined) {}

  static beside(distDir: string): DocsLinks {
    const dir = path.resolve(distDir, '..', 'docs', 'rules');
    return new DocsLinks(fs.existsSync(dir) ? dir : undefined);
  }

  href(rule: string, fallback: string): string {
    if (!this.docsDir) return fallback;
    let local = this.cache.get(rule);
    if (local === undefined) {
      const file = path.join(this.docsDir, ...rule.split('/')) + '.md';
      local = fs.existsSync(file) ? pathToFileURL(file).href : null;
      this.cache.set(rule, local);
    }
    return local ?? fallback;
  }
}

/**
 * No `data`: code actions find a diagnostic's fixes in the server's check of
 * the current version (by rule, range and message), which keeps diagnostics
 * messages small and lets an unchanged diagnostic be sent again as is.
 */
export function toLspDiagnostic(d: Diagnostic, uri: string, docs: DocsLinks): LspDiagnostic {
  const related: DiagnosticRelatedInformation[] | undefined = d.related?.length
    ? d.related.map((r) => ({ location: { uri, range: r.range }, message: r.message }))
    : undefined;
  return {
    range: d.range,
    severity: SEVERITY[d.severity],
    code: d.rule,
    codeDescription: { href: docs.href(d.rule, d.docs) },
    source: SOURCE,
    message: d.message,
    ...(related ? { relatedInformation: related } : {}),
  };
}

export function sameRange(a: LspDiagnostic['range'], b: LspDiagnostic['range']): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

export function containsPosition(r: LspDiagnostic['range'], p: { line: number; character: number }): boolean {
  const afterStart = p.line > r.start.line || (p.line === r.start.line && p.character >= r.start.character);
  const beforeEnd = p.line < r.end.line || (p.line === r.end.line && p.character <= r.end.character);
  return afterStart && beforeEnd;
}
