/**
 * Public types of the checking engine. Positions follow the Language Server
 * Protocol: 0-based line, 0-based UTF-16 character offset.
 */

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = Severity | 'off';

export interface TextEdit {
  range: Range;
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** The correction is certain: safe for fix-all, fix on save and `--fix`. */
  isPreferred: boolean;
}

export interface RelatedInformation {
  range: Range;
  message: string;
}

export interface Diagnostic {
  /** `family/name`, e.g. `citation/separator-order`. */
  rule: string;
  severity: Severity;
  message: string;
  range: Range;
  /** The flagged text as written, for hovers and reports. */
  source: string;
  related?: RelatedInformation[];
  fixes: Fix[];
  /** Short explanation (one line of the rule), for hovers. */
  explanation: string;
  /** Link to the rule's docs page. */
  docs: string;
}

export type DocumentKind = 'markdown' | 'plaintext';
export type MessageLanguage = 'vi' | 'en';

/** A text in both message languages; `{name}` placeholders are filled from data. */
export interface LocalizedText {
  vi: string;
  en: string;
}

/* ---------- what rules see and produce (offsets into the NFC text) ---------- */

export interface OffsetEdit {
  start: number;
  end: number;
  text: string;
}

export interface RawFix {
  /** Message id in the rule's `messages`, or a localized text. */
  title: string | LocalizedText;
  edits: OffsetEdit[];
  /** Defaults to true when it is the only fix of a diagnostic, false otherwise. */
  isPreferred?: boolean;
}

export interface RawReport {
  start: number;
  end: number;
  /** Message id in the rule's `messages`. */
  messageId: string;
  data?: Record<string, string | number>;
  fixes?: RawFix[];
  related?: { start: number; end: number; messageId: string; data?: Record<string, string | number> }[];
  /** Overrides the rule's configured severity for this report (e.g. low confidence). */
  severity?: Severity;
}

export interface RuleMeta {
  /** `family/name`. */
  id: string;
  /** Short description in both languages (used in docs, hovers and the CLI). */
  description: LocalizedText;
  defaultSeverity: Severity;
  fixable: boolean;
  tags: string[];
  messages: Record<string, LocalizedText>;
}

/**
 * A rule checks one segment at a time (`check`: the lines between two blank
 * lines, cached while unchanged), the whole draft (`checkDocument`: facts
 * combined across segments, such as the draft's date style), or both.
 */
export interface Rule {
  meta: RuleMeta;
  check?(ctx: import('./context.js').RuleContext): void;
  checkDocument?(doc: import('./context.js').DocumentContext): void;
  /**
   * The per-segment analyses `checkDocument` reads: computed while the segment
   * is checked and kept with it (everything else a segment computed is dropped).
   */
  documentFacts?: readonly import('./context.js').Analysis<unknown>[];
}
