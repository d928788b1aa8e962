import { RuleContext } from './context.js';
import { localize } from './messages.js';
import { defaultSettings, type Settings } from './settings.js';
import { fileLanguageMode, filterVietnamese } from './language.js';
import { analyzeStructure } from './structure.js';
import { findSuppressions, SuppressionFilter } from './suppressions.js';
import { LineIndex, NormalizedText, isDecomposed } from './text.js';
import type { Diagnostic, DocumentKind, Fix, LocalizedText, RawReport, Rule, Severity } from './types.js';

export interface CheckOptions {
  kind: DocumentKind;
  settings?: Settings;
  /** The rules to run; defaults to every built-in rule (passed in by the caller to keep this module free of the rule registry). */
  rules: readonly Rule[];
  /** Base of the docs links (`<base><family>/<name>.md`). */
  docsBase?: string;
}

export interface RuleFailure {
  rule: string;
  error: unknown;
}

export interface CheckResult {
  diagnostics: Diagnostic[];
  /** Rules that threw; they are skipped, the others still report. */
  failures: RuleFailure[];
}

export const DEFAULT_DOCS_BASE = 'https://github.com/bientap/bientap/blob/main/docs/rules/';

export function docsUrl(ruleId: string, base = DEFAULT_DOCS_BASE): string {
  return `${base}${ruleId}.md`;
}

/** The configured severity of a rule, or `off`. */
export function ruleSeverity(rule: Rule, settings: Settings, reported?: Severity): Severity | 'off' {
  const id = rule.meta.id;
  const family = id.slice(0, id.indexOf('/'));
  const configured = settings.rules[id] ?? settings.rules[`${family}/*`];
  if (configured) return configured;
  return reported ?? rule.meta.defaultSeverity;
}

/**
 * Checks one document. Pure and synchronous: the server, the CLI and the tests
 * all call this. Never throws: a failing rule is recorded in `failures`.
 */
export function check(input: string, options: CheckOptions): CheckResult {
  const settings = options.settings ?? defaultSettings();
  const docsBase = options.docsBase ?? DEFAULT_DOCS_BASE;
  const normalized = new NormalizedText(input);
  const originalLines = new LineIndex(input);
  const text = normalized.text;
  const active = options.rules.filter((r) => ruleSeverity(r, settings) !== 'off');
  const diagnostics: Diagnostic[] = [];
  const failures: RuleFailure[] = [];
  if (active.length === 0 || text.length === 0) return { diagnostics, failures };

  const mode = fileLanguageMode(text, settings.vietnamese);
  if (mode === 'off') return { diagnostics, failures };
  let structure = analyzeStructure(text, options.kind, normalized.isIdentity ? originalLines.lineStarts : undefined);
  if (mode === 'auto') {
    const vietnamese = filterVietnamese(text, structure.prose, structure.blocks);
    if (!vietnamese) return { diagnostics, failures };
    structure = vietnamese;
  }
  const suppressions = new SuppressionFilter(findSuppressions(input, originalLines));
  const byId = new Map(active.map((r) => [r.meta.id, r]));
  const lang = settings.language;

  // Per-rule facts every report of the rule shares, computed once per check.
  const perRule = new Map<Rule, { configured: Severity | 'off' | undefined; explanation: string; docs: string }>();
  const factsOf = (rule: Rule) => {
    let f = perRule.get(rule);
    if (!f) {
      const id = rule.meta.id;
      const family = id.slice(0, id.indexOf('/'));
      f = {
        configured: settings.rules[id] ?? settings.rules[`${family}/*`],
        explanation: localize(rule.meta.description, lang),
        docs: docsUrl(id, docsBase),
      };
      perRule.set(rule, f);
    }
    return f;
  };

  const toDiagnostic = (rule: Rule, report: RawReport): Diagnostic | undefined => {
    const facts = factsOf(rule);
    // as ruleSeverity(rule, settings, report.severity)
    const severity = facts.configured || (report.severity ?? rule.meta.defaultSeverity);
    if (severity === 'off') return undefined;
    const start = normalized.toOriginal(report.start);
    const end = normalized.toOriginalEnd(report.end);
    const source = input.slice(start, end);
    const accepted = settings.accept[rule.meta.id];
    if (accepted && accepted.includes(source.normalize('NFC'))) return undefined;
    const message = rule.meta.messages[report.messageId];
    const fixes: Fix[] = (report.fixes ?? []).map((fix, i, all) => ({
      title: typeof fix.title === 'string' ? localize(rule.meta.messages[fix.title] ?? { vi: fix.title, en: fix.title }, lang, report.data) : localize(fix.title, lang),
      isPreferred: fix.isPreferred ?? (all.length === 1 && i === 0),
      edits: fix.edits.map((e) => {
        const s = normalized.toOriginal(e.start);
        const t = normalized.toOriginalEnd(e.end);
        const written = input.slice(s, t);
        return {
          range: originalLines.rangeOf(s, t),
          newText: !normalized.isIdentity && isDecomposed(written) ? e.text.normalize('NFD') : e.text,
        };
      }),
    }));
    return {
      rule: rule.meta.id,
      severity,
      message: message ? localize(message, lang, report.data) : report.messageId,
      range: originalLines.rangeOf(start, end),
      source,
      related: report.related?.map((r) => ({
        range: originalLines.rangeOf(normalized.toOriginal(r.start), normalized.toOriginalEnd(r.end)),
        message: localize(rule.meta.messages[r.messageId] ?? { vi: r.messageId, en: r.messageId }, lang, r.data),
      })),
      fixes,
      explanation: facts.explanation,
      docs: facts.docs,
    };
  };

  const ctx = new RuleContext(text, structure.prose, options.kind, settings, structure.blocks, (ruleId, report) => {
    const rule = byId.get(ruleId);
    if (!rule) return;
    const d = toDiagnostic(rule, report);
    if (!d) return;
    if (!suppressions.isEmpty && suppressions.isSuppressed(d.rule, normalized.toOriginal(report.start), d.range.start.line)) return;
    diagnostics.push(d);
  });

  for (const rule of active) {
    ctx.ruleId = rule.meta.id;
    const before = diagnostics.length;
    try {
      rule.check(ctx);
    } catch (error) {
      diagnostics.length = before;
      failures.push({ rule: rule.meta.id, error });
    }
  }
  diagnostics.sort(compareDiagnostics);
  return { diagnostics, failures };
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    a.range.start.line - b.range.start.line ||
    a.range.start.character - b.range.start.character ||
    a.range.end.line - b.range.end.line ||
    a.range.end.character - b.range.end.character ||
    (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0)
  );
}

export function localized(text: LocalizedText, settings: Settings): string {
  return localize(text, settings.language);
}
