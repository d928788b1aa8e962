import type { Analysis, DocumentContext, RuleContext } from '../../engine/context.js';
import type { Rule } from '../../engine/types.js';
import { NEW_TO_OLD, OLD_TO_NEW } from '../../engine/vietnamese.js';
import { personNameMaskOf } from './names.js';
import { conventionOf, phraseAround, respell, syllableRuns, type Syllable, type ToneConvention } from './syllables.js';

interface Found {
  syl: Syllable;
  style: ToneConvention;
}

const EXAMPLES: Record<ToneConvention, string> = { old: 'hòa, ủy, khỏe', new: 'hoà, uỷ, khoẻ' };

/** Any of the clusters the conventions spell differently (`òa`/`oà`, `ủy`/`uỷ` …): a syllable with a convention ends in one. */
const TONE_CLUSTER_RE = new RegExp([...OLD_TO_NEW.keys(), ...NEW_TO_OLD.keys()].join('|'), 'g');

/** The syllables of a segment that can be written both ways, with the convention used (kept between checks). */
export const toneFound: Analysis<Found[]> = {
  id: 'tone/found',
  compute(ctx: RuleContext): Found[] {
    const { text, prose } = ctx;
    const found: Found[] = [];
    // Only the phrases holding a cluster the conventions spell differently are read: a personal
    // name never reaches past its phrase (syllables joined by spaces), so its mask is the same.
    TONE_CLUSTER_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = TONE_CLUSTER_RE.exec(prose))) {
      const [from, to] = phraseAround(text, prose, m.index);
      // parallel arrays, no object per syllable; a Syllable only for the few that matter
      const runs = syllableRuns(text, prose, from, to);
      const names = personNameMaskOf(runs.word, runs.joined);
      for (let i = 0; i < runs.word.length; i++) {
        if (names[i]) continue;
        const style = conventionOf(runs.word[i]);
        if (!style) continue;
        found.push({ syl: { start: runs.start[i], end: runs.end[i], word: runs.word[i], joined: runs.joined[i] === 1 }, style });
      }
      TONE_CLUSTER_RE.lastIndex = to;
    }
    return found;
  },
};

/**
 * `tone/consistency`: one tone-mark convention per draft (vi-editorial-rules
 * §4.4.3). Only open syllables ending in a toned `oa`, `oe`, `uy` differ;
 * personal names are never re-spelled (§4.4.4).
 */
export const toneConsistency: Rule = {
  meta: {
    id: 'tone/consistency',
    description: {
      vi: 'Một bài chỉ dùng một kiểu đặt dấu thanh: kiểu cũ (hòa, ủy, khỏe) hoặc kiểu mới (hoà, uỷ, khoẻ).',
      en: 'One tone-mark convention per draft: old style (hòa, ủy, khỏe) or new style (hoà, uỷ, khoẻ).',
    },
    defaultSeverity: 'information',
    fixable: true,
    tags: ['tone', 'consistency'],
    messages: {
      auto: {
        vi: 'Bài viết đặt dấu thanh kiểu {styleVi} ({examples}) ở {majority}/{total} âm tiết có hai cách viết: viết "{fixed}", không phải "{found}".',
        en: 'This draft places tone marks in the {styleEn} style ({examples}) in {majority} of {total} syllables that can be written both ways: write "{fixed}", not "{found}".',
      },
      setting: {
        vi: 'Quy ước của tòa soạn (tone.style = "{style}") là đặt dấu thanh kiểu {styleVi} ({examples}): viết "{fixed}", không phải "{found}".',
        en: 'The house style (tone.style = "{style}") places tone marks in the {styleEn} style ({examples}): write "{fixed}", not "{found}".',
      },
      majority: {
        vi: 'Lần đầu dùng kiểu {styleVi}: "{word}".',
        en: 'First use of the {styleEn} style: "{word}".',
      },
      fix: { vi: 'Viết "{fixed}"', en: 'Write "{fixed}"' },
    },
  },
  documentFacts: [toneFound],
  checkDocument(doc: DocumentContext) {
    const found: { seg: RuleContext; f: Found }[] = [];
    let old = 0;
    for (const seg of doc.segments) {
      for (const f of seg.get(toneFound)) {
        found.push({ seg, f });
        if (f.style === 'old') old++;
      }
    }
    if (found.length === 0) return;
    const neu = found.length - old;
    const setting = doc.settings.tone?.style;
    const explicit = setting === 'old' || setting === 'new';
    const target: ToneConvention = explicit ? setting : old > neu ? 'old' : neu > old ? 'new' : found[0].f.style;
    const first = found.find((x) => x.f.style === target);
    const styleVi = target === 'old' ? 'cũ' : 'mới';
    const styleEn = target;
    for (const { seg, f } of found) {
      if (f.style === target) continue;
      const { word } = f.syl;
      const start = seg.offset + f.syl.start;
      const end = seg.offset + f.syl.end;
      const fixed = respell(word, target);
      doc.report({
        start,
        end,
        messageId: explicit ? 'setting' : 'auto',
        data: { found: word, fixed, style: target, styleVi, styleEn, examples: EXAMPLES[target], majority: target === 'old' ? old : neu, total: found.length },
        // only the two letters of the cluster change
        fixes: [{ title: 'fix', edits: [{ start: end - 2, end, text: fixed.slice(-2) }], isPreferred: true }],
        related:
          !explicit && first
            ? [{ start: first.seg.offset + first.f.syl.start, end: first.seg.offset + first.f.syl.end, messageId: 'majority', data: { word: first.f.syl.word, styleVi, styleEn } }]
            : undefined,
      });
    }
  },
};
