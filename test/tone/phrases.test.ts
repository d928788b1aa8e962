/**
 * `tone/consistency` reads only the phrases that hold a cluster the two
 * conventions spell differently. Whatever the text, it must find exactly what
 * a scan of every syllable finds.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RuleContext } from '../../server/src/engine/context.js';
import { analyzeStructure } from '../../server/src/engine/structure.js';
import { toneFound } from '../../server/src/rules/tone/consistency.js';
import { personNameMaskOf } from '../../server/src/rules/tone/names.js';
import { conventionOf, syllableRuns } from '../../server/src/rules/tone/syllables.js';
import { settingsOf } from '../helpers.js';

function everySyllable(text: string, prose: string) {
  const runs = syllableRuns(text, prose);
  const names = personNameMaskOf(runs.word, runs.joined);
  const out: { start: number; end: number; word: string; style: string }[] = [];
  for (let i = 0; i < runs.word.length; i++) {
    const style = conventionOf(runs.word[i]);
    if (!names[i] && style) out.push({ start: runs.start[i], end: runs.end[i], word: runs.word[i], style });
  }
  return out;
}

const WORDS = ['hòa', 'hoà', 'Hòa', 'Thủy', 'Thuỷ', 'ủy', 'uỷ', 'khỏe', 'khoẻ', 'Nguyễn', 'Thị', 'ông', 'chị', 'gặp', 'Lê', 'Văn', 'Tỉnh', 'nước', 'x', '`hòa`', '**Thuỷ**', '_Hoà_'];
const SEPARATORS = [' ', ' ', '  ', ', ', '. ', '\n', '\n\n', ' * ', '\u00a0', '         ', '—'];

describe('tone/consistency reads phrases only', () => {
  it('finds what a scan of every syllable finds', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPARATORS)), { maxLength: 40 }), (parts) => {
        const text = parts.map(([w, s]) => w + s).join('');
        const { prose, blocks } = analyzeStructure(text, 'markdown');
        const ctx = new RuleContext(text, prose, 'markdown', settingsOf(), blocks, () => {});
        const found = ctx.get(toneFound).map((f) => ({ start: f.syl.start, end: f.syl.end, word: f.syl.word, style: f.style }));
        expect(found).toEqual(everySyllable(text, prose));
      }),
      { seed: 11, numRuns: 400 },
    );
  });
});
