import type { Rule } from '../../engine/types.js';
import { citationsAnalysis } from './analysis.js';
import { minimalReplace } from './util.js';

/**
 * `số:` with a colon inside a sentence (vi-editorial-rules §1.2, §1.11, §1.13 #27, #32):
 * in running text neither family uses a colon: `Nghị quyết số 57-NQ/TW`. The
 * colon belongs to the `Số:` label of a document header (a line of its own),
 * which is never flagged.
 */
const HEADER_RE = /^[\s>*#_-]*số/iu;

export const numberColon: Rule = {
  meta: {
    id: 'citation/number-colon',
    description: {
      vi: 'Khi dẫn văn bản trong câu, viết "số 57-NQ/TW", không có dấu hai chấm sau "số".',
      en: 'When citing a document in a sentence write "số 57-NQ/TW", with no colon after "số".',
    },
    defaultSeverity: 'warning',
    fixable: true,
    tags: ['citation'],
    messages: {
      colon: {
        vi: 'Trong câu văn không dùng dấu hai chấm sau "số": viết "{expected}", không phải "{found}".',
        en: 'No colon after "số" in running text: write "{expected}", not "{found}".',
      },
      fix: { vi: 'Bỏ dấu hai chấm', en: 'Remove the colon' },
    },
  },
  check(ctx) {
    const { citations } = ctx.get(citationsAnalysis);
    for (const c of citations) {
      const nw = c.numberWord;
      if (!nw?.colon || !c.typeWord) continue;
      // a header line `Số: …` is never flagged (the type word would then be on another line)
      // (bounded look-back: a header line is short)
      const from = Math.max(0, c.typeWord.start - 200);
      const before = ctx.prose.slice(from, c.typeWord.start + 1);
      const nl = before.lastIndexOf('\n');
      if ((nl >= 0 || from === 0) && HEADER_RE.test(before.slice(nl + 1))) continue;
      const end = c.number.start;
      const edit = minimalReplace(ctx.text, nw.end, end, ' ');
      if (!edit) continue;
      const found = ctx.text.slice(nw.start, end) + c.number.text;
      const expected = ctx.text.slice(nw.start, nw.end) + ' ' + c.number.text;
      ctx.report({ start: nw.start, end: nw.colon.end, messageId: 'colon', data: { found, expected }, fixes: [{ title: 'fix', edits: [edit] }] });
    }
  },
};
