import type { Rule } from '../../engine/types.js';

/** The rules of the `capitalization` family, in the order they run. */
export const capitalizationRules: Rule[] = [];
