import type { Rule } from '../../engine/types.js';
import { toneConsistency } from './consistency.js';

/** The rules of the `tone` family, in the order they run. */
export const toneRules: Rule[] = [toneConsistency];
