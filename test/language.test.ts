import { describe, expect, it } from 'vitest';
import { lint } from './helpers.js';

/** Vietnamese only, with every built-in rule: English documents and passages get nothing. */
describe('Vietnamese only, with the built-in rules', () => {
  it('an English README with Title Case headings and US dates gets no finding', () => {
    const readme = [
      '# Getting Started With The Project',
      '',
      'This Project Uses The Latest Tools. Released on 03/15/2024 and updated 12-31-2024.',
      '',
      '## Installation Guide For New Users',
      '',
      'Run `npm ci` and then read the Chapter On Configuration. Version 2.1.3 shipped on 1/2/2025.',
    ].join('\n');
    expect(lint(readme)).toEqual([]);
    expect(lint(readme, { kind: 'plaintext' })).toEqual([]);
  });

  it('skips an English paragraph inside a Vietnamese draft but checks the Vietnamese ones', () => {
    const draft = [
      'Ban thường vụ Tỉnh ủy đã họp để quán triệt nghị quyết mới của Trung ương.',
      '',
      'The Provincial Party Committee Met On 31/6/2025 To Discuss The New Resolution With All Departments.',
      '',
      'Hội nghị tiếp theo diễn ra ngày 31-6-2025 tại hội trường của tỉnh.',
    ].join('\n');
    expect(lint(draft).map((d) => [d.rule, d.range.start.line])).toEqual([
      ['capitalization/organization', 0],
      ['date/invalid', 4],
    ]);
  });

  it('checks English text when forced on', () => {
    expect(lint('The meeting on 31/6/2025 was postponed.', { settings: { vietnamese: 'on' } }).map((d) => d.rule)).toEqual(['date/invalid']);
  });
});

describe('languageOfPart', () => {
  it('scores a part in one pass exactly as scoring it whole', async () => {
    const fc = (await import('fast-check')).default;
    const { languageOfPart, scoreLanguage } = await import('../server/src/engine/language.js');
    const { analyzeStructure } = await import('../server/src/engine/structure.js');
    const piece = fc.constantFrom('Nghị quyết', 'the plan of the', 'Đảng ủy', 'and', 'hòa', '\n', '\n\n', '# ', '- ', '> ', '`x`', ' ', '😀', 'ab');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (parts) => {
        const text = parts.join(' ');
        const { prose, blocks } = analyzeStructure(text, 'markdown');
        expect(languageOfPart(prose, blocks).score).toEqual(scoreLanguage(prose));
      }),
      { seed: 7, numRuns: 300 },
    );
  });
});
