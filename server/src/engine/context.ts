import type { Block } from './structure.js';
import type { Settings } from './settings.js';
import type { DocumentKind, RawReport } from './types.js';

/** A computation shared by several rules (e.g. the citations found in a paragraph), done once per segment. */
export interface Analysis<T> {
  id: string;
  compute(ctx: RuleContext): T;
}

export interface ReportSink {
  (ruleId: string, report: RawReport): void;
}

function released(): void {
  throw new Error('a segment rule reported after its segment was checked');
}

/**
 * What a rule sees: one segment of the draft (a run of lines between blank
 * lines), its NFC text, the same text with non-prose masked, its blocks and the
 * settings. Offsets in reports are relative to the segment; `offset` places it
 * in the document. The engine keeps a segment's context, with the analyses
 * cached in it, while the segment is unchanged between two checks.
 */
export class RuleContext {
  private cache: Map<Analysis<unknown>, unknown> | undefined = new Map();
  /** After `release`, analyses other than the kept ones are computed afresh and not stored. */
  private released = false;
  ruleId = '';
  /** Where this segment starts in the document's NFC text (updated when edits above move it). */
  offset = 0;

  constructor(
    /** The segment, NFC-normalized. Offsets in reports refer to this text. */
    readonly text: string,
    /** `text` with code, URLs, HTML, link targets and front matter replaced by spaces. */
    readonly prose: string,
    readonly kind: DocumentKind,
    readonly settings: Settings,
    /** The paragraphs and headings of the segment, relative to it. */
    readonly blocks: readonly Block[],
    private sink: ReportSink,
  ) {}

  get<T>(analysis: Analysis<T>): T {
    const cached = this.cache?.get(analysis);
    if (cached !== undefined || this.cache?.has(analysis)) return cached as T;
    const value = analysis.compute(this);
    if (!this.released) this.cache!.set(analysis, value);
    return value;
  }

  /**
   * Keeps only `kept` (computed now if needed): the facts whole-document rules
   * read on later checks. The large per-syllable analyses go: a kept segment
   * costs little memory.
   */
  release(kept: readonly Analysis<unknown>[]): void {
    const values = kept.map((a) => [a, this.get(a)] as const);
    this.released = true;
    this.cache = values.length ? new Map(values) : undefined;
    // reports of a kept segment are final
    this.sink = released;
  }

  report(report: RawReport): void {
    this.sink(this.ruleId, report);
  }
}

/**
 * What a whole-document rule sees (`Rule.checkDocument`): the segments in order,
 * each with its cached analyses. Consistency rules (one date style, one tone
 * convention per draft) combine the segments' facts here. Offsets in reports
 * are document offsets: `segment.offset + offset in the segment`.
 */
export class DocumentContext {
  ruleId = '';

  constructor(
    /** The whole draft, NFC-normalized. */
    readonly text: string,
    readonly kind: DocumentKind,
    readonly settings: Settings,
    readonly segments: readonly RuleContext[],
    private readonly sink: ReportSink,
  ) {}

  report(report: RawReport): void {
    this.sink(this.ruleId, report);
  }
}
