import { describe, expect, it } from 'vitest';
import { organization } from '../../server/src/rules/capitalization/organization.js';
import { fix, lint, ruleTester } from '../helpers.js';
import { at, one } from './util.js';

ruleTester(organization, {
  valid: [
    'Hội nghị Ban Chấp hành Trung ương Đảng bàn về nhân sự.',
    'Bộ Chính trị, Ban Bí thư và Ủy ban Kiểm tra Trung ương đã họp.',
    'Ủy ban nhân dân tỉnh Thanh Hóa và Hội đồng nhân dân tỉnh Sơn La.',
    'Ban Thường vụ Tỉnh ủy Thanh Hóa chỉ đạo Văn phòng Tỉnh ủy.',
    'Chi bộ thôn Thanh Lương và Đảng ủy xã Tân Thịnh.',
    // §3.11 guard 7: brand and proper-name spellings
    'Theo báo Nhân Dân và Tạp chí Cộng sản, Bộ Công Thương, Ngân hàng Nhà nước Việt Nam và Kiểm toán nhà nước.',
    'Kiểm toán Nhà nước đã công bố báo cáo.',
    // critical: `chi bộ công an xã` is a Party cell, not `Bộ Công an`
    'Huyện đã thành lập chi bộ công an xã ở các xã biên giới.',
    'Kết nạp đảng viên vào chi bộ Công an xã Tân Thịnh; cán bộ Công an tỉnh dự.',
    'Toàn bộ Tài chính và Kế toán của công ty được kiểm tra.',
    'Cán bộ công an xã, toàn bộ tài chính và bộ phận tổ chức đều có mặt.',
    'Anh là cán bộ tài chính của đơn vị, còn chị làm ở cơ sở y tế.',
    // generic and plural lowercase uses
    'Các ủy ban nhân dân các cấp, hội đồng nhân dân các cấp và ủy ban kiểm tra các cấp.',
    'Tổ chức phi chính phủ và các bộ, ngành trung ương phối hợp.',
    'Thành lập ban chỉ đạo cấp xã; Ban chỉ đạo đã họp.',
    'Theo ban tổ chức trung ương của cuộc thi, có 300 bài dự thi.',
    // §3.11 guard 2: ALL-CAPS runs
    'ỦY BAN NHÂN DÂN TỈNH THANH HÓA',
    'HUYỆN UỶ ĐỊNH HOÁ',
    // guard 11: quotations copied from a source
    'Tấm biển ghi “Ủy Ban Nhân Dân Xã” đã cũ.',
    'Văn bản ghi "Hội Đồng Nhân Dân" ở đầu trang.',
    // guard 9: historical names
    'Năm 2020, Ban Tuyên giáo Trung ương và Bộ Kế hoạch và Đầu tư phối hợp với Huyện ủy Đông Anh.',
    // abbreviations
    'UBND tỉnh, HĐND tỉnh, UBND TP. Hồ Chí Minh và HĐND Thành phố Hà Nội.',
    'Ủy ban nhân dân Quận 1 đã họp.',
    // both tone conventions in the canonical form
    'Uỷ ban nhân dân tỉnh Thanh Hoá và Uỷ ban Kiểm tra Tỉnh uỷ.',
    // press profile accepts looser newspaper forms
    { text: 'Ban chấp hành Trung ương Đảng họp.', settings: { capitalization: { profile: 'press' } } },
    { text: 'Tổng thư ký Liên Hợp Quốc phát biểu.', settings: { capitalization: { profile: 'press' } } },
    // guard 10/1: sentence start keeps its capital
    'Ban chỉ đạo họp. Thường trực Tỉnh ủy chủ trì.',
    '- Ủy ban nhân dân các cấp\n- Hội đồng nhân dân các cấp',
    // code and links are masked by the engine
    'Xem `Bộ Chính Trị` và [trang](https://x.vn/Bo-Chinh-Tri).',
  ],
  invalid: [
    // §3.10 pairs 1–14, 21, 30–34, 46, 58, 59
    one('Họp Ban chấp hành Trung ương Đảng.', 'Ban chấp hành Trung ương Đảng', 'Họp Ban Chấp hành Trung ương Đảng.', { messageIncludes: '"Ban Chấp hành Trung ương Đảng", không phải "Ban chấp hành Trung ương Đảng"' }),
    one('Họp Ban Chấp Hành Trung Ương Đảng.', 'Ban Chấp Hành Trung Ương Đảng', 'Họp Ban Chấp hành Trung ương Đảng.'),
    one('Họp ban chấp hành trung ương Đảng.', 'ban chấp hành trung ương Đảng', 'Họp Ban Chấp hành Trung ương Đảng.'),
    {
      text: 'Theo Bộ chính trị và Bộ Chính Trị.',
      errors: [{ range: at('Theo Bộ chính trị và Bộ Chính Trị.', 'Bộ chính trị') }, { range: at('Theo Bộ chính trị và Bộ Chính Trị.', 'Bộ Chính Trị') }],
      output: 'Theo Bộ Chính trị và Bộ Chính trị.',
    },
    one('Theo Ban bí thư.', 'Ban bí thư', 'Theo Ban Bí thư.'),
    one('Họp ban thường vụ tỉnh ủy Thanh Hóa.', 'ban thường vụ tỉnh ủy', 'Họp Ban Thường vụ Tỉnh ủy Thanh Hóa.'),
    one('Họp Ban thường vụ tỉnh ủy hôm qua.', 'Ban thường vụ tỉnh ủy', 'Họp Ban Thường vụ Tỉnh ủy hôm qua.'),
    one('Tại Ủy ban nhân dân Tỉnh Thanh Hóa.', 'Ủy ban nhân dân Tỉnh', 'Tại Ủy ban nhân dân tỉnh Thanh Hóa.'),
    one('Tại Ủy Ban Nhân Dân tỉnh Thanh Hóa.', 'Ủy Ban Nhân Dân', 'Tại Ủy ban nhân dân tỉnh Thanh Hóa.'),
    one('Tại Ủy ban Nhân dân huyện.', 'Ủy ban Nhân dân', 'Tại Ủy ban nhân dân huyện.'),
    one('Văn bản của UBND Tỉnh gửi các sở.', 'UBND Tỉnh', 'Văn bản của UBND tỉnh gửi các sở.'),
    {
      text: 'Tại Hội Đồng Nhân Dân và Hội đồng Nhân dân.',
      errors: [{ range: at('Tại Hội Đồng Nhân Dân và Hội đồng Nhân dân.', 'Hội Đồng Nhân Dân') }, { range: at('Tại Hội Đồng Nhân Dân và Hội đồng Nhân dân.', 'Hội đồng Nhân dân') }],
      output: 'Tại Hội đồng nhân dân và Hội đồng nhân dân.',
    },
    one('Theo Văn phòng trung ương Đảng.', 'Văn phòng trung ương Đảng', 'Theo Văn phòng Trung ương Đảng.'),
    one('Theo Ủy ban kiểm tra Trung ương.', 'Ủy ban kiểm tra Trung ương', 'Theo Ủy ban Kiểm tra Trung ương.'),
    one('Theo Ủy ban kiểm tra Tỉnh ủy.', 'Ủy ban kiểm tra Tỉnh ủy', 'Theo Ủy ban Kiểm tra Tỉnh ủy.'),
    one('Theo Ban tổ chức Trung ương.', 'Ban tổ chức Trung ương', 'Theo Ban Tổ chức Trung ương.'),
    one('Theo Đảng Cộng Sản Việt Nam.', 'Đảng Cộng Sản Việt Nam', 'Theo Đảng Cộng sản Việt Nam.'),
    one('Theo Quốc Hội.', 'Quốc Hội', 'Theo Quốc hội.'),
    one('Theo Ủy ban thường vụ Quốc hội.', 'Ủy ban thường vụ Quốc hội', 'Theo Ủy ban Thường vụ Quốc hội.'),
    one('Tại Văn Phòng Chủ Tịch Nước.', 'Văn Phòng Chủ Tịch Nước', 'Tại Văn phòng Chủ tịch nước.'),
    one('Theo Bộ Công thương.', 'Bộ Công thương', 'Theo Bộ Công Thương.'),
    one('Theo Bộ giáo dục và đào tạo.', 'Bộ giáo dục và đào tạo', 'Theo Bộ Giáo dục và Đào tạo.'),
    one('Theo Bộ Giáo Dục Và Đào Tạo.', 'Bộ Giáo Dục Và Đào Tạo', 'Theo Bộ Giáo dục và Đào tạo.'),
    one('Theo Bộ Văn Hóa, Thể Thao Và Du Lịch.', 'Bộ Văn Hóa, Thể Thao Và Du Lịch', 'Theo Bộ Văn hóa, Thể thao và Du lịch.'),
    one('Theo Sở tài chính.', 'Sở tài chính', 'Theo Sở Tài chính.'),
    one('Theo Mặt Trận Tổ Quốc Việt Nam.', 'Mặt Trận Tổ Quốc Việt Nam', 'Theo Mặt trận Tổ quốc Việt Nam.'),
    one('Theo Tòa Án Nhân Dân Tối Cao.', 'Tòa Án Nhân Dân Tối Cao', 'Theo Tòa án nhân dân tối cao.'),
    one('Họp Chi Bộ thôn.', 'Chi Bộ', 'Họp Chi bộ thôn.'),
    one('Họp Đảng Ủy xã.', 'Đảng Ủy', 'Họp Đảng ủy xã.'),
    one('Theo Ban Chỉ Đạo.', 'Ban Chỉ Đạo', 'Theo Ban Chỉ đạo.'),
    // MEDIUM: suggestion only, information, no safe fix
    one('Theo Liên Hợp Quốc.', 'Liên Hợp Quốc', 'Theo Liên Hợp Quốc.', { severity: 'information' }),
    // the writer's tone convention is kept in the fix
    one('Uỷ ban Nhân dân tỉnh họp.', 'Uỷ ban Nhân dân', 'Uỷ ban nhân dân tỉnh họp.', { messageIncludes: '"Uỷ ban nhân dân"' }),
    one('Theo Uỷ ban kiểm tra Tỉnh uỷ.', 'Uỷ ban kiểm tra Tỉnh uỷ', 'Theo Uỷ ban Kiểm tra Tỉnh uỷ.'),
    // sentence start: the first capital stays, the rest is checked
    one('Hội Đồng Nhân Dân tỉnh họp.', 'Hội Đồng Nhân Dân', 'Hội đồng nhân dân tỉnh họp.'),
    // the official profile is the default; press still flags extra capitals
    one('Họp Ban Chấp Hành Trung Ương.', 'Ban Chấp Hành Trung Ương', 'Họp Ban Chấp hành Trung ương.', { settings: { capitalization: { profile: 'press' } } }),
  ],
});

describe('capitalization/organization fixes', () => {
  it('edits only the syllables that change, character by character', () => {
    const text = 'Theo Ủy Ban Nhân Dân tỉnh.';
    const [d] = lint(text, { rules: [organization] });
    const edits = d.fixes[0].edits.map((e) => [e.range.start.character, e.range.end.character, e.newText]);
    expect(edits).toEqual([
      [8, 11, 'ban'],
      [12, 16, 'nhân'],
      [17, 20, 'dân'],
    ]);
    expect(fix(text, { rules: [organization] })).toBe('Theo Ủy ban nhân dân tỉnh.');
  });

  it('works on decomposed (NFD) input and keeps the text as written elsewhere', () => {
    const text = 'Tại Ủy Ban Nhân Dân tỉnh Thanh Hóa.'.normalize('NFD');
    const out = fix(text, { rules: [organization] });
    expect(out.normalize('NFC')).toBe('Tại Ủy ban nhân dân tỉnh Thanh Hóa.');
    expect(out.slice(out.indexOf('tỉnh'.normalize('NFD')))).toBe('tỉnh Thanh Hóa.'.normalize('NFD'));
  });
});
