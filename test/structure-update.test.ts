/**
 * `updateStructure`: after an edit inside one paragraph line, the structure
 * updated from the previous version equals a fresh parse, and every other edit
 * asks for a fresh parse.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskStructure, updateStructure } from '../server/src/engine/structure.js';

const LINES = [
  'Ban Thường vụ Tỉnh ủy họp ngày 14/3/2025.',
  'tiếp tục dòng thứ hai của đoạn, có `mã 57/NQ-TW` và <b>thẻ</b>.',
  'Xem https://example.vn/57-NQ/TW hoặc viết cho ban@toasoan.vn.',
  '  Dòng thụt vào hai dấu cách.',
  '    Dòng thụt bốn dấu cách.',
  '- Mục một của danh sách',
  '1. Mục đánh số',
  '> Trích dẫn một dòng',
  '# Tiêu đề',
  'Tiêu đề kiểu setext',
  '===',
  '---',
  '```',
  '[a]: /u "tiêu',
  'đề"',
  '<!-- bientap-disable -->',
  'Có [liên kết](https://x.vn/a b) và ![ảnh][ref].',
  '',
  '',
];
const EDITS = ['', 'a', 'b', 'ư', 'ơ ', 'nghị quyết ', ' ', 'a', ' ', 'Ủy', '`', '``', '<', '>', '](', '[', '"', '\n', '\r\n', '-', '#', '1.', 'http://a.vn ', '@x.vn', '😀', '\t'];
const NEWLINES = ['\n', '\r\n', '\r'];

describe('updateStructure', () => {
  it('equals a fresh parse whenever it answers, after any edit', () => {
    let answered = 0;
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...LINES), { minLength: 1, maxLength: 14 }),
        fc.constantFrom(...NEWLINES),
        fc.boolean(),
        fc.array(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.nat({ max: 6 }), insert: fc.constantFrom(...EDITS) }), { minLength: 1, maxLength: 5 }),
        (lines, nl, bom, edits) => {
          let text = (bom ? '\ufeff' : '') + lines.join(nl);
          let prev = { text, ...maskStructure(text, 'markdown') };
          for (const e of edits) {
            const at = Math.floor(e.at * text.length);
            text = text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.remove));
            const fresh = maskStructure(text, 'markdown');
            const updated = updateStructure(prev, text);
            if (updated) {
              answered++;
              expect([...updated.mask]).toEqual([...fresh.mask]);
              expect(updated.blocks).toEqual(fresh.blocks);
            }
            prev = { text, ...fresh };
          }
        },
      ),
      { seed: 20261127, numRuns: 600 },
    );
    // the shortcut is taken often enough for the comparison to mean something
    expect(answered).toBeGreaterThan(150);
  });

  it('updates a paragraph after typing in it, and declines a new line, a marker or a heading', () => {
    const text = '# Tin\n\nBan thường vụ họp.\nDòng hai `mã`.\n\n- mục\n';
    const prev = { text, ...maskStructure(text, 'markdown') };
    const typed = text.replace('họp.', 'họp sáng nay.');
    const updated = updateStructure(prev, typed)!;
    expect({ mask: updated.mask, blocks: updated.blocks }).toEqual(maskStructure(typed, 'markdown'));
    // only the paragraph changed; what follows moved by the 9 characters typed
    const para = text.indexOf('Ban');
    expect(updated.changed).toEqual({ start: para, oldEnd: text.indexOf('\n\n- mục'), delta: 9 });
    expect(updateStructure(prev, text.replace('Dòng hai', 'Dòng\nhai'))).toBeUndefined();
    expect(updateStructure(prev, text.replace('Ban', '- Ban'))).toBeUndefined();
    expect(updateStructure(prev, text.replace('# Tin', '# Tin tức'))).toBeUndefined();
    expect(updateStructure(prev, text.replace('- mục', '- mục một'))).toBeUndefined();
    expect(updateStructure(prev, text)).toEqual({ mask: prev.mask, blocks: prev.blocks, changed: { start: 0, oldEnd: 0, delta: 0 } });
  });

  it('declines a paragraph that opens with a link reference definition (closing its title makes the paragraph vanish)', () => {
    const text = 'Mở đầu.\n\n[a]: /u "tiêu\nđề và thêm\n';
    const prev = { text, ...maskStructure(text, 'markdown') };
    const closed = text.replace('đề và thêm', 'đề"');
    expect(maskStructure(closed, 'markdown').blocks).toEqual([{ start: 0, end: 7, kind: 'paragraph' }]);
    expect(updateStructure(prev, closed)).toBeUndefined();
  });
});
