/**
 * Incremental checking: a `Checker` reuses the results of unchanged segments
 * (the lines between blank lines) and recomputes whole-document rules from the
 * segments' cached facts. Whatever the edits, its findings must equal a fresh
 * check of the same text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check, Checker } from '../server/src/engine/engine.js';
import { segmentSpans, blocksBySpan } from '../server/src/engine/segments.js';
import type { Rule } from '../server/src/engine/types.js';
import { allRules } from '../server/src/rules/index.js';
import { settingsOf } from './helpers.js';

const PARAGRAPHS = [
  '# Chủ Tịch Tỉnh Thăm Hỏi Bà Con Vùng Lũ',
  'Sáng 14/3/2025, Ban Thường vụ Tỉnh ủy quán triệt Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị.',
  'Nghị quyết số 57-NQ/TW ngày 23-12-2024 được nhắc lại; Nghị định 30/NĐ-CP ngày 05/3/2020 vẫn là căn cứ.',
  'Ban thường vụ tỉnh ủy giao Phó bí thư Tỉnh ủy chủ trì, tỉnh đã hoà mạng, hòa chung xu thế, chăm lo sức khỏe.',
  'Hội nghị diễn ra vào thứ Ba, ngày 17/3/2025; 8/8 chi bộ đăng ký chỉ tiêu giai đoạn 2025-2030.',
  '```\nmã 57/NQ-TW\n\nngày 31/6/2024\n```',
  '- Chủ tịch UBND tỉnh Trần Thị Bình\n- ngày 15 tháng 1 năm 2024\n- Quyết định số 123/QĐ-UBND',
  '> “Ban chấp hành Trung ương Đảng” họp ngày 31-6-2024.',
  '<!-- bientap-disable-next-line -->\nNghị quyết 18 NQ/TW',
  'The committee of the Party met on 15/1/2024 and approved the plan for the next year.',
  'Ông nói: “The meeting of the committee is over and the plan is approved” rồi ra về.',
];
const EDITS = ['<!-- bientap-disable -->\n', '\n<!-- bientap-enable -->\n', '<!-- bientap-disable capitalization -->', 'Thủy hòa'.normalize('NFD'), '<!-- bientap-vietnamese on -->\n', 'The plan of the year is ', '', ' ', 'a', '\n', '\n\n', 'Ủy', 'uỷ', '15-1-2024', '57/NQ-TW', '```', '# ', 'Tỉnh ủy', '\r\n', '😀', '“'];

const settingsVariants = [settingsOf(), settingsOf({ date: { style: 'dash' }, tone: { style: 'new' } } as never)];

function diagnosticsOf(text: string, settingsIndex: number, checker?: Checker) {
  const options = { kind: 'markdown' as const, settings: settingsVariants[settingsIndex], rules: allRules };
  const result = checker ? checker.check(text, options) : check(text, options);
  expect(result.failures).toEqual([]);
  return result.diagnostics;
}

describe('segments', () => {
  it('split at lines holding only spaces, tabs or a carriage return', () => {
    const prose = 'một\nhai\n\n  \t\r\nba\r\n\r\nbốn   ';
    expect(segmentSpans(prose).map((s) => prose.slice(s.start, s.end))).toEqual(['một\nhai', 'ba', 'bốn   ']);
    expect(segmentSpans('')).toEqual([]);
    expect(segmentSpans('\n\n  \n')).toEqual([]);
  });

  it('give each segment its blocks, relative to it', () => {
    const spans = [
      { start: 0, end: 10 },
      { start: 12, end: 30 },
    ];
    const blocks = blocksBySpan(
      [
        { start: 12, end: 20, kind: 'heading', level: 2 },
        { start: 0, end: 10, kind: 'paragraph' },
        { start: 21, end: 30, kind: 'paragraph' },
      ],
      spans,
    );
    expect(blocks).toEqual([[{ start: 0, end: 10, kind: 'paragraph' }], [{ start: 0, end: 8, kind: 'heading', level: 2 }, { start: 9, end: 18, kind: 'paragraph' }]]);
  });
});

describe('Checker', () => {
  it('after any sequence of edits, finds exactly what a fresh check finds', () => {
    const doc = fc.array(fc.constantFrom(...PARAGRAPHS), { minLength: 1, maxLength: 10 }).map((ps) => ps.join('\n\n') + '\n');
    const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.nat({ max: 12 }), insert: fc.constantFrom(...EDITS) });
    fc.assert(
      fc.property(doc, fc.array(edit, { minLength: 1, maxLength: 8 }), fc.constantFrom(0, 1), (start, edits, settingsIndex) => {
        const checker = new Checker();
        let text = start;
        expect(diagnosticsOf(text, settingsIndex, checker)).toEqual(diagnosticsOf(text, settingsIndex));
        for (const e of edits) {
          const at = Math.floor(e.at * text.length);
          text = text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.remove));
          expect(diagnosticsOf(text, settingsIndex, checker)).toEqual(diagnosticsOf(text, settingsIndex));
        }
      }),
      { seed: 20261127, numRuns: 120 },
    );
  });

  it('after typing inside paragraphs (the structure and segments are updated, not rebuilt), finds what a fresh check finds', () => {
    // paragraphs written twice, lines that inline HTML or code can mask, headings right above paragraphs
    const TYPED = [
      'Ban thường vụ tỉnh ủy họp ngày 5-3-2025.',
      'Ban thường vụ tỉnh ủy họp ngày 5-3-2025.',
      '## Tin Trong Tỉnh Hôm Nay Có Nhiều Việc\nChủ tịch UBND tỉnh dự họp ngày 15/1/2024.',
      'Mở đầu <!-- ghi chú\nnghị quyết 57/NQ-TW\ncòn dài --> kết thúc hòa.',
      'Có `mã\nnhiều dòng` và Nghị định 30/NĐ-CP ngày 05/3/2020, hoà.',
      'Phó bí thư Tỉnh ủy Nguyễn Văn An phát biểu.',
    ];
    const TYPING = ['a', ' ', 'ủy', 'uỷ', '`', '<!--', '-->', '-', '/', '\n\n', 'ngày 31-6-2024 '];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...TYPED), { minLength: 2, maxLength: 8 }),
        fc.array(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.nat({ max: 3 }), insert: fc.constantFrom(...TYPING) }), { minLength: 1, maxLength: 12 }),
        (paragraphs, edits) => {
          const checker = new Checker();
          let text = paragraphs.join('\n\n') + '\n';
          diagnosticsOf(text, 0, checker);
          for (const e of edits) {
            // inside a line, after its first character: what typing in a paragraph looks like
            let at = Math.floor(e.at * text.length);
            while (at > 0 && text[at - 1] === '\n') at--;
            text = text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.remove));
            expect(diagnosticsOf(text, 0, checker)).toEqual(diagnosticsOf(text, 0));
          }
        },
      ),
      { seed: 7, numRuns: 300 },
    );
  });

  it('re-runs segment rules only in the edited segment, and whole-document rules every time', () => {
    const calls = { segment: [] as string[], document: 0 };
    const spy: Rule = {
      meta: { id: 'test/spy', description: { vi: 'thử', en: 'test' }, defaultSeverity: 'warning', fixable: false, tags: [], messages: {} },
      check(ctx) {
        calls.segment.push(ctx.text);
      },
      checkDocument() {
        calls.document++;
      },
    };
    const checker = new Checker();
    const options = { kind: 'markdown' as const, rules: [spy] };
    checker.check('Đoạn một.\n\nĐoạn hai.\n\nĐoạn ba.\n', options);
    expect(calls.segment).toEqual(['Đoạn một.', 'Đoạn hai.', 'Đoạn ba.']);
    checker.check('Đoạn một.\n\nĐoạn hai đã sửa.\n\nĐoạn ba.\n', options);
    expect(calls.segment.slice(3)).toEqual(['Đoạn hai đã sửa.']);
    expect(calls.document).toBe(2);
    // a paragraph written twice is checked twice: a kept result serves one segment
    checker.check('Đoạn một.\n\nĐoạn một.\n\nĐoạn ba.\n', options);
    expect(calls.segment.slice(4)).toEqual(['Đoạn một.']);
    // other settings: nothing is reused
    checker.check('Đoạn một.\n\nĐoạn một.\n\nĐoạn ba.\n', { ...options, settings: settingsOf({ language: 'en' }) });
    expect(calls.segment.slice(5)).toEqual(['Đoạn một.', 'Đoạn một.', 'Đoạn ba.']);
  });

  it('gives a paragraph written twice its own results after typing next to it and then a new line', () => {
    const checker = new Checker();
    const options = { kind: 'markdown' as const, rules: allRules };
    const p = 'Ban chấp hành Trung ương Đảng họp ngày 31-6-2024.';
    const steps = [`${p}\n\nHội nghị bàn việc.\n\nKết thúc.\n`, `${p}\n\nHội nghị bàn nhiều việc.\n\nKết thúc.\n`, `${p}\n\nHội nghị bàn nhiều việc.\n\nKết thúc.\n\n${p}\n`];
    for (const text of steps) expect(checker.check(text, options).diagnostics).toEqual(check(text, options).diagnostics);
  });

  it('moves kept findings with their paragraph when lines are added above', () => {
    const checker = new Checker();
    const body = 'Ban chấp hành Trung ương Đảng họp ngày 31-6-2024.\n';
    const options = { kind: 'markdown' as const, rules: allRules };
    const before = checker.check(body, options).diagnostics;
    expect(before.map((d) => [d.rule, d.range.start.line, d.range.start.character, d.range.end.character])).toEqual([
      ['capitalization/organization', 0, 0, 29],
      ['date/invalid', 0, 39, 48],
    ]);
    const after = checker.check('Dòng mới.\n\n' + body, options).diagnostics;
    expect(after.map((d) => [d.rule, d.range.start.line, d.range.start.character, d.range.end.character])).toEqual([
      ['capitalization/organization', 2, 0, 29],
      ['date/invalid', 2, 39, 48],
    ]);
    expect(after[0].fixes[0].edits[0].range.start.line).toBe(2);
  });
});
