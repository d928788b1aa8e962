import type { Rule } from '../../engine/types.js';

/** The rules of the `citation` family, in the order they run. */
export const citationRules: Rule[] = [];
