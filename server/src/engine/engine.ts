import { DocumentContext, RuleContext, type Analysis } from './context.js';
import { localize } from './messages.js';
import { defaultSettings, type Settings } from './settings.js';
import { addScore, fileLanguageMode, languageOfPart, looksVietnamese, type LanguageScore, type PartLanguage } from './language.js';
import { maskStructure, proseOf, updateStructure, type Block, type MaskedStructure, type StructureSnapshot } from './structure.js';
import { blocksBySpan, detach, segmentSpans, type SegmentSpan } from './segments.js';
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
  return new Checker(false).check(input, options);
}

interface RuleReport {
  rule: Rule;
  report: RawReport;
  /** Its message texts, once localized. */
  texts?: LocalizedReport;
  /** The diagnostic made when its segment started on `line` (undefined: filtered by `accept`). */
  diagnostic?: Diagnostic;
  line?: number;
}

interface LocalizedReport {
  message: string;
  fixTitles: string[];
  related?: string[];
}

/** A segment of the draft, kept between checks while its text, prose and blocks are unchanged. */
interface Segment {
  text: string;
  /** Before the language filter. */
  prose: string;
  blocks: Block[];
  /** Where the segment is in the current version of the document. */
  offset?: number;
  /** Its words and foreign parts (language `auto`). */
  language?: PartLanguage;
  /** What the segment rules found (computed once the draft is known to be checked). */
  result?: SegmentResult;
}

/** One segment's context (with its cached analyses) and what the segment rules reported in it. */
interface SegmentResult {
  ctx: RuleContext;
  reports: RuleReport[];
  failures: RuleFailure[];
}

/**
 * Checks successive versions of one document. Segment results (the lines
 * between blank lines) are reused while the segment's text is unchanged, so an
 * edit re-runs the segment rules on the edited paragraph only; whole-document
 * rules then combine every segment's cached facts. The server keeps one per
 * open document; `check` uses a fresh one.
 */
export class Checker {
  /** The kept segments by text: a segment whose text comes back is reused (each serves one span). */
  private segments = new Map<string, Segment[]>();
  private configKey = '';
  /** The segments of the last check, in order. */
  private order: Segment[] | undefined;
  /** The last version's structure, to update rather than parse again. */
  private structure: (StructureSnapshot & { kind: CheckOptions['kind'] }) | undefined;

  /** `remember`: keep segment results for the next check (an editor); false for one-shot checks. */
  constructor(private readonly remember = true) {}

  check(input: string, options: CheckOptions): CheckResult {
    const settings = options.settings ?? defaultSettings();
    const docsBase = options.docsBase ?? DEFAULT_DOCS_BASE;
    const normalized = new NormalizedText(input);
    const originalLines = new LineIndex(input);
    const text = normalized.text;
    const active = options.rules.filter((r) => ruleSeverity(r, settings) !== 'off');
    const diagnostics: Diagnostic[] = [];
    const failures: RuleFailure[] = [];
    if (active.length === 0 || text.length === 0) return this.done({ diagnostics, failures });

    const mode = fileLanguageMode(text, settings.vietnamese);
    if (mode === 'off') return this.done({ diagnostics, failures });
    // typing inside a paragraph of a Markdown draft: only that paragraph's structure is redone
    const last = this.remember && options.kind === 'markdown' && this.structure?.kind === options.kind ? this.structure : undefined;
    const structure = (last && updateStructure(last, text)) || maskStructure(text, options.kind, normalized.isIdentity ? originalLines.lineStarts : undefined);
    if (this.remember) this.structure = { kind: options.kind, text, mask: structure.mask, blocks: structure.blocks };

    // Segments of the previous check are reusable only under the same configuration.
    const configKey = this.remember ? `${options.kind}\u0000${mode}\u0000${active.map((r) => r.meta.id).join(',')}\u0000${JSON.stringify(settings)}` : '';
    const sameConfig = configKey === this.configKey;
    let segments: Segment[];
    if (this.remember && sameConfig && structure.changed && this.order) segments = this.updateSegments(text, structure, structure.changed, this.order);
    else {
      const previous = sameConfig ? this.segments : new Map<string, Segment[]>();
      this.segments = new Map<string, Segment[]>();
      segments = this.makeSegments(text, structure, segmentSpans(text, structure.mask), structure.blocks, previous);
    }
    const score: LanguageScore = { words: 0, vietnameseWords: 0, viFunction: 0, enFunction: 0 };
    if (mode === 'auto') for (const segment of segments) addScore(score, (segment.language ??= languageOfPart(segment.prose, segment.blocks)).score);
    if (this.remember) this.order = segments;
    this.configKey = configKey;
    // the whole draft is Vietnamese or not (the per-file switch and the setting can say so)
    if (mode === 'auto' && !looksVietnamese(score)) return { diagnostics, failures };

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

    const isSuppressed = (d: Diagnostic): boolean =>
      !suppressions.isEmpty && suppressions.isSuppressed(d.rule, originalLines.offsetAt(d.range.start), d.range.start.line);

    /** The texts of a report in the message language, computed once (kept segments keep their reports). */
    const textsOf = (entry: RuleReport): LocalizedReport => {
      if (entry.texts) return entry.texts;
      const { rule, report } = entry;
      const message = rule.meta.messages[report.messageId];
      return (entry.texts = {
        message: message ? localize(message, lang, report.data) : report.messageId,
        fixTitles: (report.fixes ?? []).map((fix) =>
          typeof fix.title === 'string' ? localize(rule.meta.messages[fix.title] ?? { vi: fix.title, en: fix.title }, lang, report.data) : localize(fix.title, lang),
        ),
        related: report.related?.map((r) => localize(rule.meta.messages[r.messageId] ?? { vi: r.messageId, en: r.messageId }, lang, r.data)),
      });
    };

    /** `shift`: where the report's offsets start in the document (the segment's offset). */
    const toDiagnostic = (entry: RuleReport, shift: number): Diagnostic | undefined => {
      const { rule, report } = entry;
      const facts = factsOf(rule);
      // as ruleSeverity(rule, settings, report.severity)
      const severity = facts.configured || (report.severity ?? rule.meta.defaultSeverity);
      if (severity === 'off') return undefined;
      const start = normalized.toOriginal(report.start + shift);
      const end = normalized.toOriginalEnd(report.end + shift);
      const source = input.slice(start, end);
      const accepted = settings.accept[rule.meta.id];
      if (accepted && accepted.includes(source.normalize('NFC'))) return undefined;
      const range = originalLines.rangeOf(start, end);
      const texts = textsOf(entry);
      const fixes: Fix[] = (report.fixes ?? []).map((fix, i, all) => ({
        title: texts.fixTitles[i],
        isPreferred: fix.isPreferred ?? (all.length === 1 && i === 0),
        edits: fix.edits.map((e) => {
          const s = normalized.toOriginal(e.start + shift);
          const t = normalized.toOriginalEnd(e.end + shift);
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
        message: texts.message,
        range,
        source,
        related: report.related?.map((r, i) => ({
          range: originalLines.rangeOf(normalized.toOriginal(r.start + shift), normalized.toOriginalEnd(r.end + shift)),
          message: texts.related![i],
        })),
        fixes,
        explanation: facts.explanation,
        docs: facts.docs,
      };
    };

    const segmentRules = active.filter((r) => r.check);
    const facts = [...new Set(active.flatMap((r) => r.documentFacts ?? []))];
    const results: SegmentResult[] = segments.map((segment) => {
      if (!segment.result) {
        const language = mode === 'auto' ? segment.language! : undefined;
        segment.result = checkSegment(segment.text, language?.prose ?? segment.prose, language?.blocks ?? segment.blocks, options.kind, settings, segmentRules, byId, facts);
      }
      segment.result.ctx.offset = segment.offset!;
      return segment.result;
    });

    const failed = new Set<string>();
    const fail = (f: RuleFailure) => {
      if (failed.has(f.rule)) return;
      failed.add(f.rule);
      failures.push(f);
    };
    for (const result of results) {
      // A kept segment on the same line as before gives the same diagnostics (positions are per
      // line, and the segment starts a line): reuse them. Suppression comments may have changed.
      const line = normalized.isIdentity && result.reports.length ? originalLines.positionAt(result.ctx.offset).line : -1;
      for (const entry of result.reports) {
        let d: Diagnostic | undefined;
        if (line >= 0 && entry.line === line) d = entry.diagnostic;
        else {
          d = toDiagnostic(entry, result.ctx.offset);
          if (line >= 0) {
            entry.line = line;
            entry.diagnostic = d;
          }
        }
        if (d && !isSuppressed(d)) diagnostics.push(d);
      }
      for (const f of result.failures) fail(f);
    }

    const documentRules = active.filter((r) => r.checkDocument);
    if (documentRules.length > 0) {
      const reports: RuleReport[] = [];
      const doc = new DocumentContext(
        text,
        options.kind,
        settings,
        results.map((r) => r.ctx),
        (ruleId, report) => {
          const rule = byId.get(ruleId);
          if (rule) reports.push({ rule, report });
        },
      );
      for (const rule of documentRules) {
        doc.ruleId = rule.meta.id;
        const before = reports.length;
        try {
          rule.checkDocument!(doc);
        } catch (error) {
          reports.length = before;
          fail({ rule: rule.meta.id, error });
        }
      }
      for (const entry of reports) {
        const d = toDiagnostic(entry, 0);
        if (d && !isSuppressed(d)) diagnostics.push(d);
      }
    }
    diagnostics.sort(compareDiagnostics);
    return { diagnostics, failures };
  }

  /** Segments for `spans`, reusing kept ones from `previous` (each once) and keeping the new ones. */
  private makeSegments(text: string, structure: MaskedStructure, spans: readonly SegmentSpan[], blocks: readonly Block[], previous: Map<string, Segment[]>): Segment[] {
    const spanBlocks = blocksBySpan(blocks, spans);
    const segments: Segment[] = new Array(spans.length);
    for (let s = 0; s < spans.length; s++) {
      const { start, end } = spans[s];
      const segText = text.slice(start, end);
      const segProse = proseOf(text, structure.mask, start, end, segText);
      let segment = this.remember ? takeSegment(previous, segText, segProse, spanBlocks[s]) : undefined;
      if (!segment) {
        // kept strings must not hold on to this version of the whole document
        const keptText = this.remember ? detach(segText) : segText;
        const keptProse = segProse === segText ? keptText : this.remember ? detach(segProse) : segProse;
        segment = { text: keptText, prose: keptProse, blocks: spanBlocks[s] };
      }
      segment.offset = start;
      segments[s] = segment;
      if (this.remember) {
        const list = this.segments.get(segment.text);
        if (list) list.push(segment);
        else this.segments.set(segment.text, [segment]);
      }
    }
    return segments;
  }

  /**
   * After an edit inside one paragraph (`updateStructure`), only the segments
   * around it are made again: the ones that touch the changed paragraph and
   * one neighbour on each side (a line masked before and not now can join
   * them). The others keep their text and move by the edit's length.
   */
  private updateSegments(text: string, structure: MaskedStructure, changed: NonNullable<MaskedStructure['changed']>, old: readonly Segment[]): Segment[] {
    const { start, oldEnd, delta } = changed;
    if (start === 0 && oldEnd === 0 && delta === 0) return [...old];
    let first = 0;
    while (first < old.length && old[first].offset! + old[first].text.length < start) first++;
    let after = first;
    while (after < old.length && old[after].offset! <= oldEnd) after++;
    const a = Math.max(0, first - 1);
    const b = Math.min(old.length, after + 1);
    let from = start;
    let to = oldEnd;
    if (a < b) {
      from = Math.min(from, old[a].offset!);
      to = Math.max(to, old[b - 1].offset! + old[b - 1].text.length);
    }
    // the replaced segments: reusable in the region only (a segment in use elsewhere must not move)
    const replaced = new Map<string, Segment[]>();
    for (let i = a; i < b; i++) {
      const segment = old[i];
      const list = replaced.get(segment.text);
      if (list) list.push(segment);
      else replaced.set(segment.text, [segment]);
      const kept = this.segments.get(segment.text);
      if (kept) {
        kept.splice(kept.indexOf(segment), 1);
        if (kept.length === 0) this.segments.delete(segment.text);
      }
    }
    const regionEnd = to + delta;
    const blocks = structure.blocks.filter((x) => x.start >= from && x.start < regionEnd);
    const region = this.makeSegments(text, structure, segmentSpans(text, structure.mask, from, regionEnd), blocks, replaced);
    const moved = old.slice(b);
    for (const segment of moved) segment.offset! += delta;
    return [...old.slice(0, a), ...region, ...moved];
  }

  /** Forgets every kept segment (e.g. when the document closes). */
  clear(): void {
    this.order = undefined;
    this.segments = new Map();
    this.configKey = '';
    this.structure = undefined;
  }

  private done(result: CheckResult): CheckResult {
    this.clear();
    return result;
  }
}

/**
 * The kept segment for this text, prose and blocks, removed from `kept`: each
 * serves one span, so a paragraph written twice is checked twice. Keyed by the
 * text alone (no second copy of the draft in keys); prose and blocks are compared.
 */
function takeSegment(kept: Map<string, Segment[]>, text: string, prose: string, blocks: readonly Block[]): Segment | undefined {
  const list = kept.get(text);
  if (!list) return undefined;
  for (let i = 0; i < list.length; i++) {
    const segment = list[i];
    if (segment.prose !== prose || !sameBlocks(segment.blocks, blocks)) continue;
    list.splice(i, 1);
    return segment;
  }
  return undefined;
}

function sameBlocks(a: readonly Block[], b: readonly Block[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x.start !== y.start || x.end !== y.end || x.kind !== y.kind || x.level !== y.level) return false;
  }
  return true;
}

const NONE: never[] = [];

/** Runs the segment rules on one segment; a rule that throws loses only its reports in this segment. */
function checkSegment(
  text: string,
  prose: string,
  blocks: readonly Block[],
  kind: CheckOptions['kind'],
  settings: Settings,
  rules: readonly Rule[],
  byId: ReadonlyMap<string, Rule>,
  facts: readonly Analysis<unknown>[],
): SegmentResult {
  const reports: RuleReport[] = [];
  const failures: RuleFailure[] = [];
  const ctx = new RuleContext(text, prose, kind, settings, blocks, (ruleId, report) => {
    const rule = byId.get(ruleId);
    if (rule) reports.push({ rule, report });
  });
  for (const rule of rules) {
    ctx.ruleId = rule.meta.id;
    const before = reports.length;
    try {
      rule.check!(ctx);
    } catch (error) {
      reports.length = before;
      failures.push({ rule: rule.meta.id, error });
    }
  }
  ctx.release(facts);
  // most segments report nothing: no array of their own
  return { ctx, reports: reports.length ? reports : NONE, failures: failures.length ? failures : NONE };
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
