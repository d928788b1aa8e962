import { describe, expect, it } from 'vitest';
import { canonicalOf, findNames, nameSyllables } from '../../server/src/rules/capitalization/dictionary.js';
import { capitalizationRules } from '../../server/src/rules/capitalization/index.js';
import { organization } from '../../server/src/rules/capitalization/organization.js';
import { title } from '../../server/src/rules/capitalization/title.js';
import { fix, lint, rangeOf, ruleTester } from '../helpers.js';
import { at, one } from './util.js';

const rules = capitalizationRules;
const press = { capitalization: { profile: 'press' as const } };

describe('capitalization family', () => {
  it('registers its rules with family ids', () => {
    expect(rules.map((r) => r.meta.id)).toEqual([
      'capitalization/organization',
      'capitalization/title',
      'capitalization/document-name',
      'capitalization/party',
      'capitalization/event',
      'capitalization/proper-name',
      'capitalization/headline',
    ]);
  });

  it('profiles: press practice (§3.9) is flagged only in the official profile', () => {
    const text = 'Ban chấp hành Trung ương Đảng họp; Phó thủ tướng Trần Hồng Hà và Phó chủ tịch thường trực Quốc hội dự; Liên Hợp Quốc hoan nghênh.';
    expect(lint(text, { rules }).map((d) => d.source)).toEqual(['Ban chấp hành Trung ương Đảng', 'Phó thủ tướng', 'Phó chủ tịch thường trực Quốc hội', 'Liên Hợp Quốc']);
    expect(lint(text, { rules, settings: press }).map((d) => d.source)).toEqual([]);
  });

  it('one pass of fix-all leaves no fixable finding (idempotence)', () => {
    const text = [
      'Theo Bộ Chính Trị, Ủy Ban Nhân Dân Tỉnh Thanh Hóa và Hội đồng Nhân dân tỉnh.',
      'Gặp bí thư tỉnh ủy Nguyễn Văn An và Bộ Trưởng Bộ Tài Chính; Tổng bí thư phát biểu.',
      'Thực hiện nghị quyết số 57-NQ/TW, điều lệ đảng, hiến pháp năm 2013 và Bộ Luật Hình Sự.',
      'Sự lãnh đạo của đảng; đại hội XIII; hội nghị trung ương 8 khóa xiii; quốc khánh 2-9.',
      'Đến thành phố Hồ Chí Minh, quận 1, Tỉnh Nghệ An, Sông Hồng, tây nguyên; nhớ Bác hồ.',
    ].join('\n');
    const once = fix(text, { rules });
    expect(once).toBe(
      [
        'Theo Bộ Chính trị, Ủy ban nhân dân tỉnh Thanh Hóa và Hội đồng nhân dân tỉnh.',
        'Gặp Bí thư Tỉnh ủy Nguyễn Văn An và Bộ trưởng Bộ Tài chính; Tổng Bí thư phát biểu.',
        'Thực hiện Nghị quyết số 57-NQ/TW, Điều lệ Đảng, Hiến pháp năm 2013 và Bộ luật Hình sự.',
        'Sự lãnh đạo của Đảng; Đại hội XIII; Hội nghị Trung ương 8 khóa XIII; Quốc khánh 2-9.',
        'Đến Thành phố Hồ Chí Minh, Quận 1, tỉnh Nghệ An, sông Hồng, Tây Nguyên; nhớ Bác Hồ.',
      ].join('\n'),
    );
    expect(lint(once, { rules }).filter((d) => d.fixes.some((f) => f.isPreferred))).toEqual([]);
    expect(fix(once, { rules })).toBe(once);
  });

  it('reports in LSP coordinates across CRLF lines, in plain text too', () => {
    for (const kind of ['markdown', 'plaintext'] as const) {
      const found = lint('Dòng một.\r\nGặp thủ tướng Phạm Minh Chính.', { rules, kind });
      expect(found.map(rangeOf)).toEqual([[1, 4, 1, 13]]);
      expect(fix('Dòng một.\r\nGặp thủ tướng Phạm Minh Chính.', { rules, kind })).toBe('Dòng một.\r\nGặp Thủ tướng Phạm Minh Chính.');
    }
  });

  it('accepts decomposed (NFD) input', () => {
    const text = 'Gặp thủ tướng Phạm Minh Chính.'.normalize('NFD');
    const [d] = lint(text, { rules });
    expect(d.rule).toBe('capitalization/title');
    expect(fix(text, { rules }).normalize('NFC')).toBe('Gặp Thủ tướng Phạm Minh Chính.');
  });

  it('runs in linear time on long repetitive lines', () => {
    for (const unit of ['Nghị quyết số ', 'Bộ Chính Trị ', 'ủy ban nhân dân ', 'của đảng ', '1-1-1-1/', 'Tổng Bí thư Tô Lâm ']) {
      const text = unit.repeat(Math.ceil(200_000 / unit.length));
      const t0 = performance.now();
      lint(text, { rules });
      expect(performance.now() - t0).toBeLessThan(5000);
    }
  }, 60_000);

  it('Markdown code and link targets are not checked', () => {
    expect(lint('Xem `Bộ Chính Trị` và <https://x.vn/Bo-Chinh-Tri> và [trang](https://x.vn/Thu-Tuong).\n\n```\nnghị quyết số 57\n```', { rules })).toEqual([]);
  });

  it('English and foreign text stay quiet', () => {
    expect(lint('The Ministry of Finance and the Central Committee met. Donald Trump and Yoon Suk-yeol spoke.', { rules })).toEqual([]);
  });

  it('every must-stay-quiet kind of §3.11 stays quiet', () => {
    const quiet = [
      // 1 sentence starts, list items, heading colons, quotes
      'Đảng viên phải gương mẫu. Phó bí thư phát biểu! Tỉnh Nghệ An? Sông Hồng lên.\n- Khóa XIII\n## Thủ tướng: Làm mọi cách\nÔng nói: “Đảng viên phải sâu sát”.',
      // 2 ALL-CAPS runs
      'ỦY BAN NHÂN DÂN TỈNH THANH HÓA\nHUYỆN UỶ ĐỊNH HOÁ\nTỔNG BÍ THƯ TÔ LÂM CHỦ TRÌ HỘI NGHỊ',
      // 3 generic and plural titles, legal-text capitalized generics
      'Các bí thư chi bộ, phó bí thư, bầu chủ tịch, các bộ trưởng, 180 ủy viên chính thức; Chủ tịch Ủy ban nhân dân các tỉnh chịu trách nhiệm.',
      // 4 trung ương
      'Các tỉnh, thành phố trực thuộc trung ương; cấp trung ương và trực thuộc Trung ương.',
      // 5 Nhà nước / Nhân dân
      'Nhà nước và nhà nước; Nhân dân và nhân dân; cơ quan nhà nước, ngân sách nhà nước.',
      // 6 tháng năm, thứ hai
      'Vào tháng năm, lần thứ hai.',
      // 7 brands and proper-name spellings
      'Báo Nhân Dân, Tạp chí Cộng sản, Bộ Công Thương, Ngân hàng Nhà nước Việt Nam, Kiểm toán nhà nước; bà Nguyễn Thị Thủy và bà Nguyễn Thị Thuỷ.',
      // 8 transliterations
      'Chủ nghĩa Mác - Lê-nin, thủ đô Mát-xcơ-va của Liên bang Nga.',
      // 9 historical body names
      'Năm 2019, Ban Tuyên giáo Trung ương, Bộ Kế hoạch và Đầu tư và Huyện ủy Mường Lát phối hợp.',
      // 10 collective references and self-references
      '4 Nghị quyết của Bộ Chính trị; Nghị định này và nghị định này.',
      // 11 quotations copied from a source
      'Văn bản ghi: “Ủy Ban Nhân Dân Tỉnh” và "Bộ Chính Trị".',
      // abbreviations
      'HĐND, UBND, TP. Hồ Chí Minh, TP.HCM, MTTQ, ĐBQH.',
    ];
    for (const text of quiet) expect(lint(text, { rules }).map((d) => `${d.rule}: ${d.source}`), text).toEqual([]);
  });
});

describe('custom terms (settings.terms)', () => {
  const terms = [
    { canonical: 'Trung tâm Văn hóa Điện ảnh tỉnh', kind: 'organization' as const },
    { canonical: 'Sở Văn hóa, Thể thao và Du lịch', variants: ['Sở VHTTDL'], kind: 'organization' as const },
    { canonical: 'Tổng Giám đốc', kind: 'title' as const },
  ];
  ruleTester(organization, {
    valid: [{ text: 'Trung tâm Văn hóa Điện ảnh tỉnh tổ chức chiếu phim.', settings: { terms } }],
    invalid: [
      one('Phim do trung tâm văn hóa điện ảnh tỉnh tổ chức.', 'trung tâm văn hóa điện ảnh tỉnh', 'Phim do Trung tâm Văn hóa Điện ảnh tỉnh tổ chức.', { settings: { terms } }),
      one('Phim do Trung Tâm Văn Hoá Điện Ảnh Tỉnh tổ chức.', 'Trung Tâm Văn Hoá Điện Ảnh Tỉnh', 'Phim do Trung tâm Văn hoá Điện ảnh tỉnh tổ chức.', { settings: { terms } }),
      one('Theo Sở VHTTDL tỉnh.', 'Sở VHTTDL', 'Theo Sở Văn hóa, Thể thao và Du lịch tỉnh.', { settings: { terms } }),
    ],
  });
  ruleTester(title, {
    valid: [
      { text: 'Tổng Giám đốc Nguyễn Văn An phát biểu.', settings: { terms } },
      { text: 'Công ty đang tìm tổng giám đốc mới.', settings: { terms } },
    ],
    invalid: [one('Gặp tổng giám đốc Nguyễn Văn An.', 'tổng giám đốc', 'Gặp Tổng Giám đốc Nguyễn Văn An.', { settings: { terms } })],
  });
  it('without the setting the custom term is not known', () => {
    expect(lint('Phim do trung tâm văn hóa điện ảnh tỉnh tổ chức.', { rules })).toEqual([]);
  });
});

describe('dictionary lookup API', () => {
  it('findNames lists canonical names in a line, any case and tone placement', () => {
    const line = 'BỘ CHÍNH TRỊ và Uỷ Ban Nhân Dân Tỉnh Thanh Hoá họp với báo Nhân Dân';
    expect(findNames(line).map((n) => [line.slice(n.start, n.end), n.canonical, n.kind])).toEqual([
      ['BỘ CHÍNH TRỊ', 'Bộ Chính trị', 'organization'],
      ['Uỷ Ban Nhân Dân', 'Ủy ban nhân dân', 'organization'],
      ['báo Nhân Dân', 'báo Nhân Dân', 'brand'],
    ]);
  });
  it('canonicalOf answers for a whole phrase only, custom terms included', () => {
    expect(canonicalOf('tổng bí thư')).toBe('Tổng Bí thư');
    expect(canonicalOf('uỷ ban thường vụ quốc hội')).toBe('Ủy ban Thường vụ Quốc hội');
    expect(canonicalOf('ủy ban thường vụ')).toBeUndefined();
    expect(canonicalOf('sở vhttdl', [{ canonical: 'Sở Văn hóa, Thể thao và Du lịch', variants: ['Sở VHTTDL'] }])).toBe('Sở Văn hóa, Thể thao và Du lịch');
  });
  it('nameSyllables tells which syllables of a Title Case line a name capitalizes', () => {
    const line = 'Tổng Bí Thư Chủ Trì Họp Bộ Chính Trị';
    expect(nameSyllables(line).map((s) => [line.slice(s.start, s.end), s.canonical, s.capital, s.name])).toEqual([
      ['Tổng', 'Tổng', true, 'Tổng Bí thư'],
      ['Bí', 'Bí', true, 'Tổng Bí thư'],
      ['Thư', 'thư', false, 'Tổng Bí thư'],
      ['Bộ', 'Bộ', true, 'Bộ Chính trị'],
      ['Chính', 'Chính', true, 'Bộ Chính trị'],
      ['Trị', 'trị', false, 'Bộ Chính trị'],
    ]);
  });
  it('ranges of the helper are exact', () => {
    expect(at('ab cd', 'cd')).toEqual([0, 3, 0, 5]);
    expect(rangeOf(lint('Theo Quốc Hội.', { rules })[0])).toEqual([0, 5, 0, 13]);
  });
});
