import type { Rule } from '../../engine/types.js';
import { dateInvalid } from './invalid.js';
import { dateRangeOrder } from './range-order.js';
import { dateStyle } from './style.js';
import { dateTwoDigitYear } from './two-digit-year.js';
import { dateWeekday } from './weekday.js';

export { datesAnalysis } from './analysis.js';
export type { DateComponent, DateForm, DateKind, DateMention, DatesResult } from './analysis.js';

/** The rules of the `date` family, in the order they run. */
export const dateRules: Rule[] = [dateInvalid, dateStyle, dateWeekday, dateTwoDigitYear, dateRangeOrder];
