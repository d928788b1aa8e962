import { describe, expect, it } from 'vitest';
import { BodyNameSource, ListNameSource, capitalizationHeadline, makeHeadlineRule, type ProperNameSource } from '../../server/src/rules/capitalization/headline.js';
import { fix, lint, ruleTester } from '../helpers.js';

const rule = capitalizationHeadline;
const rules = [rule];

const GD = 'Bộ Giáo Dục Và Đào Tạo Ban Hành Quy Chế Mới';
const GD_BODY = 'Hôm qua, Bộ Giáo dục và Đào tạo đã ban hành quy chế mới về tuyển sinh.';
const TBT = 'Tổng Bí Thư Tô Lâm Chủ Trì Hội Nghị Toàn Quốc';
const TBT_BODY = 'Sáng nay, Tổng Bí thư Tô Lâm chủ trì hội nghị toàn quốc tại Hà Nội.';

ruleTester(rule, {
  valid: [
    // sentence case, with names
    '# Tổng Bí thư Tô Lâm chủ trì hội nghị toàn quốc\n\nNội dung.',
    '# Bộ Giáo dục và Đào tạo ban hành quy chế mới\n\nNội dung.',
    '# Hà Nội mưa lớn, nhiều tuyến phố ngập sâu\n\nNội dung.',
    '# Thành phố Hồ Chí Minh khởi công tuyến metro số 2\n\nNội dung.',
    '# Tổng Bí thư Tô Lâm tiếp Tổng thống Hoa Kỳ Joe Biden tại Hà Nội\n\nNội dung.',
    '# Gặp gỡ Nguyễn Thị Minh Khai\n\nNội dung.',
    '# Ban Chấp hành Trung ương Đảng bế mạc Hội nghị Trung ương 8\n\nNội dung.',
    // ALL-CAPS headlines and kickers
    '# BỘ GIÁO DỤC VÀ ĐÀO TẠO BAN HÀNH QUY CHẾ MỚI\n\nNội dung.',
    '# TIÊU ĐIỂM: Hội Nghị Toàn Quốc\n\nNội dung.',
    // after a colon both capitals and lower case occur
    '# Nghị quyết 57: Yếu Tố Quyết Định Thành Công Của Đổi Mới\n\nNội dung.',
    '# Thủ tướng: Làm Mọi Cách Để Giải Ngân Vốn Đầu Tư\n\nNội dung.',
    // English headings
    '# Getting Started\n\nText.',
    '# Installation and Usage of the Tool\n\nText.',
    '# Configuration Options Reference\n\nText.',
    '## How To Configure The Language Server\n\nText.',
    // short headings
    '# Giới Thiệu\n\nNội dung.',
    '## Hà Nội\n\nNội dung.',
    '# Kết Luận Chung\n\nNội dung.'.replace('Chung', ''),
    // a quoted title keeps its own capitals
    '# Phát động cuộc thi “Tìm Hiểu Lịch Sử Đảng Bộ Tỉnh”\n\nNội dung.',
    // not a heading
    `${GD}\n\nNội dung.`,
    { text: GD, kind: 'plaintext' },
    { text: 'Tổng Bí thư Tô Lâm chủ trì hội nghị toàn quốc\nNội dung bài.', kind: 'plaintext' },
    // mixed: English words in a Vietnamese heading
    '## Hướng Dẫn Getting Started With The Tool\n\nNội dung.',
    // fewer than three capitalized syllables that are not names
    '# Đoàn Công Tác làm việc tại Hà Nội\n\nNội dung.',
    // a list of place names in a sentence-case headline: no long run of capitals
    '# Nha Trang, Phú Quốc, Côn Đảo, Cát Bà đông khách dịp nghỉ lễ\n\nNội dung.',
    // capitals are not most of the syllables
    '# Hợp tác xã Nông Nghiệp Tân Phú Thịnh phát triển mạnh\n\nNội dung.',
    // foreign and hyphenated words are never counted
    '# Cài đặt Visual Studio Code Insiders cho Windows\n\nNội dung.',
  ],
  invalid: [
    {
      // Markdown, names and lower-case words resolved from the body: a certain fix
      text: `# ${GD}\n\n${GD_BODY}`,
      errors: [{ range: [0, 2, 0, 45], severity: 'warning', messageIncludes: '"Bộ Giáo dục và Đào tạo ban hành quy chế mới"' }],
      output: `# Bộ Giáo dục và Đào tạo ban hành quy chế mới\n\n${GD_BODY}`,
    },
    {
      text: `## ${TBT}\n\n${TBT_BODY}`,
      errors: [{ range: [0, 3, 0, 48], messageIncludes: '"Tổng Bí thư Tô Lâm chủ trì hội nghị toàn quốc"' }],
      output: `## Tổng Bí thư Tô Lâm chủ trì hội nghị toàn quốc\n\n${TBT_BODY}`,
    },
    {
      // plain text: the first line is the headline
      text: `${TBT}\n${TBT_BODY}`,
      kind: 'plaintext',
      errors: [{ range: [0, 0, 0, 45] }],
      output: `Tổng Bí thư Tô Lâm chủ trì hội nghị toàn quốc\n${TBT_BODY}`,
    },
    {
      // names only the body knows (Bắc Ninh, Đồng Kỵ), with the body's exact capitals
      text: '# Đoàn Công Tác Tỉnh Bắc Ninh Thăm Làng Nghề Đồng Kỵ\n\nSáng nay, đoàn công tác của tỉnh Bắc Ninh đã đến thăm làng nghề Đồng Kỵ.',
      errors: [{ range: [0, 2, 0, 52] }],
      output: '# Đoàn công tác tỉnh Bắc Ninh thăm làng nghề Đồng Kỵ\n\nSáng nay, đoàn công tác của tỉnh Bắc Ninh đã đến thăm làng nghề Đồng Kỵ.',
    },
    {
      // without a body the capitals cannot all be resolved: only a suggestion, fix-all leaves it
      text: `# ${GD}\n\nNội dung.`,
      errors: [{ range: [0, 2, 0, 45], messageIncludes: '"Bộ Giáo dục và Đào tạo ban hành quy chế mới"' }],
    },
    {
      text: `${TBT}\nNội dung.`,
      kind: 'plaintext',
      errors: [{ range: [0, 0, 0, 45], messageIncludes: '"Tổng Bí thư Tô Lâm chủ trì hội nghị toàn quốc"' }],
    },
    {
      // a person's name is kept (guessed from the family name)
      text: '# Lễ Tang Đồng Chí Lê Khả Phiêu\n\nNội dung.',
      errors: [{ range: [0, 2, 0, 31], messageIncludes: '"Lễ tang đồng chí Lê Khả Phiêu"' }],
    },
    {
      // names inside a Title-Cased run, a hyphenated brand and a foreign name are kept
      text: '# Thành Phố Hồ Chí Minh Đón Tết Nguyên Đán\n\nNgười dân đón tết ở khắp thành phố.',
      errors: [{ range: [0, 2, 0, 42], messageIncludes: '"Thành phố Hồ Chí Minh đón Tết Nguyên đán"' }],
      output: '# Thành phố Hồ Chí Minh đón Tết Nguyên đán\n\nNgười dân đón tết ở khắp thành phố.',
    },
    {
      text: '# Giải Bóng Đá Vô Địch Quốc Gia V-League 2025 Khởi Tranh\n\nNội dung.',
      errors: [{ range: [0, 2, 0, 56], messageIncludes: '"Giải bóng đá vô địch quốc gia V-League 2025 khởi tranh"' }],
    },
    {
      text: '# Ông Donald Trump Gặp Gỡ Lãnh Đạo Châu Âu\n\nNội dung.',
      errors: [{ range: [0, 2, 0, 42], messageIncludes: '"Ông Donald Trump gặp gỡ lãnh đạo Châu Âu"' }],
    },
    {
      // Vietnamese words that look like English function words (`An`, `to`) do not make it English
      text: '# Nghệ An Xây Dựng Nhà Máy Điện To Nhất Miền Trung\n\nTỉnh Nghệ An vừa khởi công.',
      errors: [{ range: [0, 2, 0, 50], messageIncludes: '"Nghệ An xây dựng nhà máy điện to nhất miền trung"' }],
    },
    {
      // a capital the writer chose (followed by a lower-case word) is kept: `Hội Nông dân`
      text: '# Hội Nông dân Việt Nam Tổng Kết Công Tác Năm 2024\n\nNội dung.',
      errors: [{ range: [0, 2, 0, 50], messageIncludes: '"Hội Nông dân Việt Nam tổng kết công tác năm 2024"' }],
    },
    {
      // emphasis markers do not break names
      text: `# **Bộ Giáo Dục Và Đào Tạo** Ban Hành Quy Chế Mới\n\n${GD_BODY}`,
      errors: [{ range: [0, 4, 0, 49] }],
      output: `# **Bộ Giáo dục và Đào tạo** ban hành quy chế mới\n\n${GD_BODY}`,
    },
    {
      // only the part before the colon is checked
      text: '# Hà Nội Ra Mắt Tuyến Đường Sắt Mới: Người Dân Hào Hứng\n\nNgười dân Hà Nội hào hứng đi tuyến đường sắt mới ra mắt hôm qua.',
      errors: [{ range: [0, 2, 0, 35], messageIncludes: '"Hà Nội ra mắt tuyến đường sắt mới"' }],
      output: '# Hà Nội ra mắt tuyến đường sắt mới: Người Dân Hào Hứng\n\nNgười dân Hà Nội hào hứng đi tuyến đường sắt mới ra mắt hôm qua.',
    },
  ],
});

describe('capitalization/headline details', () => {
  it('a suggested fix gives the sentence-case headline and is not preferred', () => {
    const [d] = lint(`# ${GD}\n\nNội dung.`, { rules });
    expect(d.fixes).toHaveLength(1);
    expect(d.fixes[0].isPreferred).toBe(false);
    expect(d.fixes[0].title).toBe('Viết "Bộ Giáo dục và Đào tạo ban hành quy chế mới" (kiểm tra lại tên riêng)');
    // edits touch only the first letter of each lowered syllable
    expect(d.fixes[0].edits.every((e) => e.range.end.character - e.range.start.character === 1)).toBe(true);
  });

  it('fix-all leaves nothing fixable and a second pass changes nothing', () => {
    const text = `# ${TBT}\n\n${TBT_BODY}\n\n## ${GD}\n\n${GD_BODY}`;
    const once = fix(text, { rules });
    expect(once).toBe(`# Tổng Bí thư Tô Lâm chủ trì hội nghị toàn quốc\n\n${TBT_BODY}\n\n## Bộ Giáo dục và Đào tạo ban hành quy chế mới\n\n${GD_BODY}`);
    expect(lint(once, { rules })).toEqual([]);
    expect(fix(once, { rules })).toBe(once);
  });

  it('speaks English', () => {
    const [d] = lint(`# ${TBT}\n\n${TBT_BODY}`, { rules, settings: { language: 'en' } });
    expect(d.message).toBe('Title Case headline: 7 syllables that are not proper names are capitalized; Vietnamese headlines capitalize only the first word and proper names: "Tổng Bí thư Tô Lâm chủ trì hội nghị toàn quốc".');
  });

  it('body names: refused when the body name goes on with another capital', () => {
    const body = new BodyNameSource();
    body.add(['Hội', 'nghị', 'Trung', 'ương', '8']);
    body.add(['Tô', 'Lâm', 'chủ', 'trì']);
    expect(body.match(['Hội', 'Nghị', 'Toàn', 'Quốc'], 0)).toBeUndefined();
    expect(body.match(['Tổng', 'Bí', 'Thư', 'Tô', 'Lâm', 'Thăm'], 3)).toEqual(['Tô', 'Lâm']);
  });

  it('the list source matches ignoring case and tone placement', () => {
    const list = new ListNameSource(['Ủy ban Thường vụ Quốc hội', 'Quốc hội']);
    expect(list.match(['Uỷ', 'Ban', 'Thường', 'Vụ', 'Quốc', 'Hội', 'Họp'], 0)).toEqual(['Ủy', 'ban', 'Thường', 'vụ', 'Quốc', 'hội']);
    expect(list.match(['Họp', 'Quốc', 'Hội'], 1)).toEqual(['Quốc', 'hội']);
  });

  it('extra name sources (the future dictionary) make a fix certain', () => {
    const dictionary: ProperNameSource = new ListNameSource(['Sở Văn hóa và Thể thao']);
    const withDict = makeHeadlineRule({ sources: () => [dictionary] });
    const text = '# Sở Văn Hóa Và Thể Thao Tổ Chức Giải Chạy\n\nSở đã tổ chức giải chạy.';
    expect(fix(text, { rules: [withDict] })).toBe('# Sở Văn hóa và Thể thao tổ chức giải chạy\n\nSở đã tổ chức giải chạy.');
    expect(fix(text, { rules })).toBe(text);
  });

  it('finishes quickly on adversarial inputs', () => {
    const inputs = [
      `# ${'Hội Nghị '.repeat(20_000)}\n\n${'Hội nghị Trung ương, '.repeat(8_000)}`,
      `# Hội Nghị Toàn Quốc Bàn Về Việc Lớn\n\n${'Hội nghị Trung ương, hội Nghị toàn Quốc, '.repeat(4_000)}`,
      `${'# Tô Lâm Chủ Trì Hội Nghị\n\n'.repeat(5_000)}${'Tổng Bí thư Tô Lâm chủ trì. '.repeat(2_000)}`,
      `# ${'Nguyễn '.repeat(30_000)}\n\nx`,
    ];
    for (const t of inputs) {
      const start = performance.now();
      lint(t, { rules });
      const ms = performance.now() - start;
      if (process.env.BIENTAP_TIMING) console.log(t.slice(0, 12), Math.round(ms));
      expect(ms).toBeLessThan(10_000);
    }
  });
});
