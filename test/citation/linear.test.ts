import { describe, expect, it } from 'vitest';
import { citationRules } from '../../server/src/rules/citation/index.js';
import { findCitations } from '../../server/src/rules/citation/analysis.js';
import { lint } from '../helpers.js';

/** Adversarial 200 KB inputs: each must finish (linear scanners, bounded quantifiers); no wall-clock assertion. */
const SIZE = 200_000;
const fill = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);

const inputs: Record<string, string> = {
  dashes: fill('1-'),
  slashes: fill('1/'),
  onlySlashes: fill('/'),
  typeWords: fill('Nghị quyết số '),
  typeWordsColon: fill('Nghị quyết số: 1'),
  almostSymbols: fill('57 - NQ/ '),
  glued: fill('57-NQ/TW-'),
  letters: fill('NQ-'),
  years: fill('2020/'),
  spacedDashes: fill('1 - 2 - '),
  dates: fill('57-NQ/TW ngày 1-1-'),
  issuer: fill('57-NQ/TW của Bộ Chính trị '),
  digits: fill('1234567890'),
};

describe('citation scanners on adversarial input', () => {
  for (const [name, text] of Object.entries(inputs)) {
    it(`finishes on ${name}`, () => {
      const found = findCitations(text);
      expect(Array.isArray(found)).toBe(true);
      const diagnostics = lint(text, { kind: 'plaintext', rules: citationRules });
      expect(Array.isArray(diagnostics)).toBe(true);
    });
  }

  it('does work proportional to the input (citations found grow linearly)', () => {
    const unit = 'Theo Nghị quyết số 58/NQ-TW ngày 5-8-2020 của Bộ Chính trị. ';
    const a = findCitations(unit.repeat(500)).length;
    const b = findCitations(unit.repeat(1000)).length;
    expect(a).toBe(500);
    expect(b).toBe(1000);
  });
});
