import type { Block } from './structure.js';
import type { Settings } from './settings.js';
import type { DocumentKind, RawReport } from './types.js';

/** A computation shared by several rules (e.g. the citations found in a draft), done once per check. */
export interface Analysis<T> {
  id: string;
  compute(ctx: RuleContext): T;
}

export interface ReportSink {
  (ruleId: string, report: RawReport): void;
}

/** What a rule sees: the NFC text, the same text with non-prose masked, the blocks and the settings. */
export class RuleContext {
  private readonly cache = new Map<string, unknown>();
  ruleId = '';

  constructor(
    /** The draft, NFC-normalized. Offsets in reports refer to this text. */
    readonly text: string,
    /** `text` with code, URLs, HTML, link targets and front matter replaced by spaces. */
    readonly prose: string,
    readonly kind: DocumentKind,
    readonly settings: Settings,
    readonly blocks: readonly Block[],
    private readonly sink: ReportSink,
  ) {}

  get<T>(analysis: Analysis<T>): T {
    if (this.cache.has(analysis.id)) return this.cache.get(analysis.id) as T;
    const value = analysis.compute(this);
    this.cache.set(analysis.id, value);
    return value;
  }

  report(report: RawReport): void {
    this.sink(this.ruleId, report);
  }
}
