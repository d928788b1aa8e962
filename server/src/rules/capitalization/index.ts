import type { Rule } from '../../engine/types.js';
import { documentName } from './document-name.js';
import { event } from './event.js';
import { capitalizationHeadline } from './headline.js';
import { organization } from './organization.js';
import { party } from './party.js';
import { properName } from './proper-name.js';
import { title } from './title.js';

/** The rules of the `capitalization` family, in the order they run. */
export const capitalizationRules: Rule[] = [organization, title, documentName, party, event, properName, capitalizationHeadline];
