import { check, type CheckOptions } from './engine.js';
import { applyFixes, minimalEdit, safeFixes } from './fixes.js';
import type { Diagnostic, TextEdit } from './types.js';

export interface FixAllResult {
  text: string;
  applied: number;
  /** What remains after fixing. */
  remaining: Diagnostic[];
}

/** Safety net: rules are written so one pass suffices; a few more passes cover fixes that were skipped as overlapping. */
const MAX_PASSES = 5;

/**
 * Applies every safe fix (optionally only those of some rules) until none is
 * left, so that a user never needs a second run.
 */
export function fixAll(text: string, options: CheckOptions, onlyRules?: ReadonlySet<string>): FixAllResult {
  let current = text;
  let applied = 0;
  let result = check(current, options);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const candidates = onlyRules ? result.diagnostics.filter((d) => onlyRules.has(d.rule)) : result.diagnostics;
    const fixes = safeFixes(candidates);
    if (fixes.length === 0) break;
    const next = applyFixes(current, fixes);
    if (next.applied === 0 || next.text === current) break;
    current = next.text;
    applied += next.applied;
    result = check(current, options);
  }
  return { text: current, applied, remaining: result.diagnostics };
}

/** Fix-all as one text edit (for the language server's `source.fixAll`). */
export function fixAllEdit(text: string, options: CheckOptions, onlyRules?: ReadonlySet<string>): TextEdit[] {
  const { text: fixed } = fixAll(text, options, onlyRules);
  const edit = minimalEdit(text, fixed);
  return edit ? [edit] : [];
}
