import { RuleContext } from '../../server/src/engine/context.js';
import { analyzeStructure } from '../../server/src/engine/structure.js';
import type { PartialSettings } from '../../server/src/engine/settings.js';
import { datesAnalysis, type DatesResult } from '../../server/src/rules/date/analysis.js';
import { settingsOf, type RangeTuple } from '../helpers.js';

/** The dates found in a (single-language, NFC) text. */
export function datesOf(text: string, settings?: PartialSettings): DatesResult {
  const st = analyzeStructure(text, 'markdown');
  const ctx = new RuleContext(text, st.prose, 'markdown', settingsOf(settings), st.blocks, () => {});
  return ctx.get(datesAnalysis);
}

/** The LSP range of the `nth` occurrence of `needle` in `text` (any line). */
export function at(text: string, needle: string, nth = 0): RangeTuple {
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = text.indexOf(needle, i + 1);
    if (i < 0) throw new Error(`"${needle}" not in fixture`);
  }
  const pos = (o: number): [number, number] => {
    let line = 0;
    let ls = 0;
    for (let j = 0; j < o; j++) {
      if (text[j] === '\n') {
        line++;
        ls = j + 1;
      }
    }
    return [line, o - ls];
  };
  const [l1, c1] = pos(i);
  const [l2, c2] = pos(i + needle.length);
  return [l1, c1, l2, c2];
}
