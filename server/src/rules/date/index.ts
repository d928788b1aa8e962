import type { Rule } from '../../engine/types.js';

/** The rules of the `date` family, in the order they run. */
export const dateRules: Rule[] = [];
