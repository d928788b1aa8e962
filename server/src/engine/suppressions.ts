import type { LineIndex } from './text.js';

/**
 * Suppression comments, as in markdownlint:
 *   <!-- bientap-disable [rule …] -->
 *   <!-- bientap-enable [rule …] -->
 *   <!-- bientap-disable-next-line [rule …] -->
 *   <!-- bientap-disable-line [rule …] -->
 * With no rule, the comment applies to every rule. A rule may be `family/*`.
 */
export type SuppressionAction = 'disable' | 'enable' | 'disable-next-line' | 'disable-line';

export interface SuppressionComment {
  action: SuppressionAction;
  rules: string[];
  /** Offset of the comment in the checked text. */
  offset: number;
  line: number;
}

const COMMENT_RE = /<!--\s*bientap-(disable-next-line|disable-line|disable|enable)\b([^>]{0,500}?)-->/g;

export function findSuppressions(text: string, lines: LineIndex): SuppressionComment[] {
  if (!text.includes('bientap-')) return [];
  const out: SuppressionComment[] = [];
  COMMENT_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = COMMENT_RE.exec(text))) {
    const rules = m[2].split(/[\s,]+/).filter(Boolean);
    out.push({ action: m[1] as SuppressionAction, rules, offset: m.index, line: lines.lineAt(m.index) });
  }
  return out;
}

function matches(list: string[], rule: string): boolean {
  if (list.length === 0) return true;
  const family = rule.slice(0, rule.indexOf('/'));
  return list.some((r) => r === rule || r === family || r === `${family}/*`);
}

/** A filter that says whether a diagnostic of `rule` starting at `offset` is suppressed. */
export class SuppressionFilter {
  private readonly lineRules = new Map<number, string[][]>();
  private readonly ranges: { offset: number; action: 'disable' | 'enable'; rules: string[] }[] = [];

  constructor(comments: SuppressionComment[]) {
    for (const c of comments) {
      if (c.action === 'disable-next-line' || c.action === 'disable-line') {
        const line = c.action === 'disable-line' ? c.line : c.line + 1;
        const list = this.lineRules.get(line) ?? [];
        list.push(c.rules);
        this.lineRules.set(line, list);
      } else {
        this.ranges.push({ offset: c.offset, action: c.action, rules: c.rules });
      }
    }
  }

  get isEmpty(): boolean {
    return this.lineRules.size === 0 && this.ranges.length === 0;
  }

  isSuppressed(rule: string, offset: number, line: number): boolean {
    const onLine = this.lineRules.get(line);
    if (onLine && onLine.some((rules) => matches(rules, rule))) return true;
    // The last disable/enable before the offset that concerns this rule decides.
    let disabled = false;
    for (const r of this.ranges) {
      if (r.offset > offset) break;
      if (matches(r.rules, rule)) disabled = r.action === 'disable';
      else if (r.action === 'enable' && r.rules.length === 0) disabled = false;
    }
    return disabled;
  }
}
