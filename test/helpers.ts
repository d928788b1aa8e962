import { describe, expect, it } from 'vitest';
import { check, fixAll } from '../server/src/engine/index.js';
import { defaultSettings, mergeSettings, type PartialSettings, type Settings } from '../server/src/engine/settings.js';
import type { Diagnostic, DocumentKind, Rule } from '../server/src/engine/types.js';
import { allRules } from '../server/src/rules/index.js';

export interface RunOptions {
  kind?: DocumentKind;
  settings?: PartialSettings;
  rules?: readonly Rule[];
}

export function settingsOf(partial?: PartialSettings): Settings {
  return mergeSettings(defaultSettings(), partial);
}

/** Checks a text with all rules (or the given ones) and returns the diagnostics. */
export function lint(text: string, options: RunOptions = {}): Diagnostic[] {
  const result = check(text, { kind: options.kind ?? 'markdown', settings: settingsOf(options.settings), rules: options.rules ?? allRules });
  if (result.failures.length) throw result.failures[0].error;
  return result.diagnostics;
}

/** Applies every safe fix and returns the text. */
export function fix(text: string, options: RunOptions = {}): string {
  return fixAll(text, { kind: options.kind ?? 'markdown', settings: settingsOf(options.settings), rules: options.rules ?? allRules }).text;
}

/** `[startLine, startCharacter, endLine, endCharacter]`, LSP coordinates. */
export type RangeTuple = [number, number, number, number];

export function rangeOf(d: Diagnostic): RangeTuple {
  return [d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character];
}

export interface InvalidCase {
  text: string;
  /** Expected diagnostics of this rule, in document order. */
  errors: { range: RangeTuple; messageIncludes?: string; severity?: Diagnostic['severity'] }[];
  /** Text after this rule's safe fixes; omit when there is no safe fix (the text must then stay unchanged). */
  output?: string;
  kind?: DocumentKind;
  settings?: PartialSettings;
}

export interface ValidCase {
  text: string;
  kind?: DocumentKind;
  settings?: PartialSettings;
}

/**
 * ESLint-style table test for one rule: valid texts get no diagnostic of the
 * rule; invalid texts get exactly the listed ones, and fix to `output`.
 */
export function ruleTester(rule: Rule, cases: { valid: (string | ValidCase)[]; invalid: InvalidCase[] }): void {
  const id = rule.meta.id;
  describe(id, () => {
    for (const v of cases.valid) {
      const c = typeof v === 'string' ? { text: v } : v;
      it(`valid: ${c.text.slice(0, 60)}`, () => {
        const found = lint(c.text, { kind: c.kind, settings: c.settings, rules: [rule] }).filter((d) => d.rule === id);
        expect(found.map((d) => `${d.source} → ${d.message}`)).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.text.slice(0, 60)}`, () => {
        const found = lint(c.text, { kind: c.kind, settings: c.settings, rules: [rule] }).filter((d) => d.rule === id);
        expect(found.map(rangeOf)).toEqual(c.errors.map((e) => e.range));
        c.errors.forEach((e, i) => {
          if (e.messageIncludes) expect(found[i].message).toContain(e.messageIncludes);
          if (e.severity) expect(found[i].severity).toBe(e.severity);
        });
        const fixed = fix(c.text, { kind: c.kind, settings: c.settings, rules: [rule] });
        expect(fixed).toBe(c.output ?? c.text);
      });
    }
  });
}
