import type { DateStyle } from '../../engine/settings.js';
import type { Analysis, RuleContext } from '../../engine/context.js';
import type { Rule } from '../../engine/types.js';
import { datesAnalysis, type DateMention, type DatesResult } from './analysis.js';
import { rewriteDate, zeroMatches, type ZeroPolicy } from './format.js';

type Form = Exclude<DateStyle, 'auto'>;

const STYLE_VI: Record<Form, string> = {
  dash: 'gạch ngang (15-1-2024)',
  slash: 'gạch chéo (15/1/2024)',
  dot: 'dấu chấm (15.1.2024)',
  long: 'chữ (ngày 15 tháng 1 năm 2024)',
};
const STYLE_EN: Record<Form, string> = {
  dash: 'hyphens (15-1-2024)',
  slash: 'slashes (15/1/2024)',
  dot: 'dots (15.1.2024)',
  long: 'words (ngày 15 tháng 1 năm 2024)',
};

/** Dates the style rule looks at: not header date lines, not holidays written as names. */
export function styledDates(dates: readonly DateMention[]): DateMention[] {
  return dates.filter((d) => !d.inHeader && !d.holiday);
}

/** The house style: from the settings, or the form most used in the draft (ties: the first date). `dates` in document order. */
export function houseForm<T extends { form: Form }>(dates: readonly T[], setting: DateStyle): { form: Form; example: T | null } {
  if (setting !== 'auto') return { form: setting, example: null };
  const count = new Map<Form, number>();
  // by index in `dates` (document order): a date's offsets are relative to its segment
  const first = new Map<Form, number>();
  dates.forEach((d, i) => {
    count.set(d.form, (count.get(d.form) ?? 0) + 1);
    if (!first.has(d.form)) first.set(d.form, i);
  });
  let best: Form = 'slash';
  let bestCount = 0;
  for (const [form, n] of count) {
    if (n > bestCount || (n === bestCount && first.get(form)! < first.get(best)!)) {
      best = form;
      bestCount = n;
    }
  }
  const at = first.get(best);
  return { form: best, example: at === undefined ? null : dates[at] };
}

/** Whether padding can be seen in a date: a day below 10, a month 1–2, or a zero written anyway. */
function showsPadding(d: DateMention): boolean {
  return d.leadingZero || (d.day !== null && d.day.value < 10) || d.month.value <= 2;
}

/** `leadingZero: "auto"`: the majority of the running-text dates (citations excluded); a tie means no zeros. */
export function houseZero(dates: readonly Pick<StyleFact, 'inCitation' | 'showsPadding' | 'leadingZero'>[], setting: boolean | 'auto'): { policy: 'pad' | 'nopad'; explicit: boolean } {
  if (setting !== 'auto') return { policy: setting ? 'pad' : 'nopad', explicit: true };
  let padded = 0;
  let plain = 0;
  for (const d of dates) {
    if (d.inCitation || !d.showsPadding) continue;
    if (d.leadingZero) padded++;
    else plain++;
  }
  return { policy: padded > plain ? 'pad' : 'nopad', explicit: false };
}

/** What the draft's style is decided from: one per styled date of a segment, in order. */
interface StyleFact {
  form: Form;
  inCitation: boolean;
  leadingZero: boolean;
  showsPadding: boolean;
  /** Already right under each zero policy. */
  padOk: boolean;
  nopadOk: boolean;
  start: number;
  end: number;
  /** The date rewritten for one style and zero policy (null: a day range that only slashes can write), with where the report starts. */
  rewrite?: { key: string; expected: string | null; rangeStart: number };
}

interface SegmentDateFacts {
  styled: StyleFact[];
  /** Dates mixing two separators outside header lines. */
  mixed: number;
}

/**
 * Kept with each segment (small); the full date analysis is recomputed only for
 * a segment that has a date to rewrite.
 */
const styleFacts: Analysis<SegmentDateFacts> = {
  id: 'date/style-facts',
  compute(ctx) {
    const analysis = ctx.get(datesAnalysis);
    return {
      styled: styledDates(analysis.dates).map((d) => ({
        form: d.form,
        inCitation: d.inCitation,
        leadingZero: d.leadingZero,
        showsPadding: showsPadding(d),
        padOk: zeroMatches(d, 'pad'),
        nopadOk: zeroMatches(d, 'nopad'),
        start: d.start,
        end: d.end,
      })),
      mixed: analysis.mixedSeparatorDates.filter((d) => !d.inHeader).length,
    };
  },
};

export const dateStyle: Rule = {
  meta: {
    id: 'date/style',
    description: {
      vi: 'Một bài chỉ dùng một kiểu viết ngày tháng (gạch ngang, gạch chéo, dấu chấm hoặc chữ) và một cách dùng số 0 ở đầu.',
      en: 'One date style per draft (hyphens, slashes, dots or words) and one leading-zero convention.',
    },
    defaultSeverity: 'warning',
    fixable: true,
    tags: ['date', 'consistency'],
    messages: {
      mixed: {
        vi: 'Bài này viết ngày tháng bằng {styleVi}; nên viết "{expected}", không phải "{found}".',
        en: 'This draft writes dates with {styleEn}; write "{expected}", not "{found}".',
      },
      mixedHouse: {
        vi: 'Kiểu ngày tháng của tòa soạn (date.style) là {styleVi}; nên viết "{expected}", không phải "{found}".',
        en: 'The house date style (date.style) is {styleEn}; write "{expected}", not "{found}".',
      },
      range: {
        vi: 'Khoảng ngày "{found}" chỉ dùng được với kiểu gạch chéo; bài này viết ngày tháng bằng {styleVi}: hãy viết rõ "từ ngày … đến ngày …".',
        en: 'The day range "{found}" only works with slashes; this draft writes dates with {styleEn}: spell it out as "từ ngày … đến ngày …".',
      },
      addZero: {
        vi: 'Bài này viết số 0 ở đầu ngày, tháng dưới 10 (như văn bản hành chính); nên viết "{expected}", không phải "{found}".',
        en: 'This draft pads days and months below 10 with a zero; write "{expected}", not "{found}".',
      },
      dropZero: {
        vi: 'Bài này không viết số 0 ở đầu ngày, tháng; nên viết "{expected}", không phải "{found}".',
        en: 'This draft writes days and months without a leading zero; write "{expected}", not "{found}".',
      },
      mixedSeparators: {
        vi: 'Ngày "{found}" dùng hai dấu phân cách khác nhau; nên viết "{expected}".',
        en: 'The date "{found}" mixes two separators; write "{expected}".',
      },
      fix: { vi: 'Sửa thành "{expected}"', en: 'Change to "{expected}"' },
      houseStyle: { vi: 'Kiểu ngày tháng chủ đạo của bài: "{example}".', en: 'The draft\'s main date style: "{example}".' },
    },
  },
  documentFacts: [styleFacts],
  checkDocument(doc) {
    // the draft's style is decided over every segment; each date is then rewritten within its own segment
    const styled: { seg: RuleContext; fact: StyleFact; index: number }[] = [];
    const withMixed: RuleContext[] = [];
    for (const seg of doc.segments) {
      const facts = seg.get(styleFacts);
      facts.styled.forEach((fact, index) => styled.push({ seg, fact, index }));
      if (facts.mixed > 0) withMixed.push(seg);
    }
    if (styled.length === 0 && withMixed.length === 0) return;
    const all = styled.map((x) => x.fact);
    const { form, example } = houseForm(all, doc.settings.date.style);
    const zero = houseZero(all, doc.settings.date.leadingZero);
    const exampleSeg = example ? styled[all.indexOf(example)].seg : undefined;
    const full = new Map<RuleContext, DatesResult>();
    const datesOf = (seg: RuleContext) => {
      let dates = full.get(seg);
      if (!dates) full.set(seg, (dates = seg.get(datesAnalysis)));
      return dates;
    };
    // `15/1-2024`: rewritten in the house style (slashes when the draft has no other date)
    for (const seg of withMixed) {
      for (const d of datesOf(seg).mixedSeparatorDates) {
        if (d.inHeader) continue;
        const policy: ZeroPolicy = !zero.explicit && d.inCitation ? 'keep' : zero.policy;
        const expected = rewriteDate(d, form, policy, seg.prose)!;
        const found = seg.text.slice(d.start, d.end);
        const at = seg.offset;
        doc.report({
          start: at + d.start,
          end: at + d.end,
          messageId: 'mixedSeparators',
          data: { found, expected },
          fixes: [{ title: 'fix', edits: [{ start: at + d.start, end: at + d.end, text: expected }], isPreferred: true }],
          severity: 'error',
        });
      }
    }
    const styledOf = new Map<RuleContext, DateMention[]>();
    for (const { seg, fact, index } of styled) {
      const policy: ZeroPolicy = !zero.explicit && fact.inCitation ? 'keep' : zero.policy;
      const sameForm = fact.form === form;
      if (sameForm && (policy === 'keep' || (policy === 'pad' ? fact.padOk : fact.nopadOk))) continue;
      // the rewrite for this style and zero policy, kept with the fact: the segment's dates are analysed again only once
      const key = `${form} ${policy}`;
      let memo = fact.rewrite;
      if (memo?.key !== key) {
        let mentions = styledOf.get(seg);
        if (!mentions) styledOf.set(seg, (mentions = styledDates(datesOf(seg).dates)));
        const d = mentions[index];
        memo = fact.rewrite = { key, expected: rewriteDate(d, form, policy, seg.prose), rangeStart: d.rangeStart ? d.rangeStart.start : d.start };
      }
      const d = fact;
      const at = seg.offset;
      const found = seg.text.slice(d.start, d.end);
      const related =
        example && exampleSeg && example !== fact
          ? [
              {
                start: exampleSeg.offset + example.start,
                end: exampleSeg.offset + example.end,
                messageId: 'houseStyle',
                data: { example: exampleSeg.text.slice(example.start, example.end) },
              },
            ]
          : undefined;
      const expected = memo.expected;
      if (expected === null) {
        const start = memo.rangeStart;
        doc.report({ start: at + start, end: at + d.end, messageId: 'range', data: { found: seg.text.slice(start, d.end), styleVi: STYLE_VI[form], styleEn: STYLE_EN[form] }, related });
        continue;
      }
      if (expected === found) continue;
      const messageId = !sameForm ? (example ? 'mixed' : 'mixedHouse') : policy === 'pad' ? 'addZero' : 'dropZero';
      const data = { found, expected, styleVi: STYLE_VI[form], styleEn: STYLE_EN[form] };
      doc.report({
        start: at + d.start,
        end: at + d.end,
        messageId,
        data,
        fixes: [{ title: 'fix', edits: [{ start: at + d.start, end: at + d.end, text: expected }], isPreferred: true }],
        related,
      });
    }
  },
};
