import type { Rule } from '../engine/types.js';
import { capitalizationRules } from './capitalization/index.js';
import { citationRules } from './citation/index.js';
import { dateRules } from './date/index.js';
import { toneRules } from './tone/index.js';

/** Every built-in rule. */
export const allRules: readonly Rule[] = [...citationRules, ...dateRules, ...capitalizationRules, ...toneRules];

export function findRule(id: string): Rule | undefined {
  return allRules.find((r) => r.meta.id === id);
}
