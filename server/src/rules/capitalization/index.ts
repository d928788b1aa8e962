import type { Rule } from '../../engine/types.js';
import { capitalizationHeadline } from './headline.js';

/** The rules of the `capitalization` family, in the order they run. */
export const capitalizationRules: Rule[] = [capitalizationHeadline];
