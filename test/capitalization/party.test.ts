import { party } from '../../server/src/rules/capitalization/party.js';
import { ruleTester } from '../helpers.js';
import { at, one } from './util.js';

ruleTester(party, {
  valid: [
    'Sự lãnh đạo của Đảng đối với Nhà nước; Đảng ta luôn vì dân.',
    'Toàn Đảng, toàn dân, toàn quân thực hiện Điều lệ Đảng.',
    // stay quiet: common nouns built on đảng (§3.2)
    'Các cấp ủy, tổ chức đảng, đảng bộ, đảng ủy, chi bộ và cán bộ, đảng viên.',
    'Kết nạp đảng viên mới; đảng viên phải gương mẫu.',
    'Các đảng chính trị và đảng cầm quyền ở nhiều nước.',
    'Huy hiệu 50 năm tuổi Đảng; ông có 40 năm tuổi đảng.',
    'Công tác đảng và sinh hoạt đảng được duy trì.',
    'Tổ chức đảng của đảng bộ cơ sở.',
    'Đảng viên phải gương mẫu.',
    '- Đảng viên mới được kết nạp',
    'Ông nói: “Đảng viên phải gương mẫu”.',
    'ĐẢNG CỘNG SẢN VIỆT NAM',
    'Đảng Dân chủ và đảng Cộng hòa của Mỹ.',
  ],
  invalid: [
    // §3.10 pairs 44–45
    {
      text: 'Đó là đảng ta và sự lãnh đạo của đảng.',
      errors: [{ range: at('Đó là đảng ta và sự lãnh đạo của đảng.', 'đảng') }, { range: at('Đó là đảng ta và sự lãnh đạo của đảng.', 'đảng', 1) }],
      output: 'Đó là Đảng ta và sự lãnh đạo của Đảng.',
    },
    one('Huy động toàn đảng, toàn dân.', 'đảng', 'Huy động toàn Đảng, toàn dân.'),
    one('Xây dựng, chỉnh đốn đảng là nhiệm vụ then chốt.', 'đảng', 'Xây dựng, chỉnh đốn Đảng là nhiệm vụ then chốt.'),
    one('Chủ trương của đảng và nhà nước.', 'đảng', 'Chủ trương của Đảng và nhà nước.'),
    one('Đại hội XIII của đảng đã thành công.', 'đảng', 'Đại hội XIII của Đảng đã thành công.'),
    one('Thực hiện Điều lệ đảng.', 'đảng', 'Thực hiện Điều lệ Đảng.', { messageIncludes: '"Đảng"' }),
    one('Ban Chấp hành Trung ương đảng họp.', 'đảng', 'Ban Chấp hành Trung ương Đảng họp.'),
    // MEDIUM: `Đảng viên` mid-sentence is a suggestion (information, not applied by fix-all)
    one('Mỗi Đảng viên phải gương mẫu.', 'Đảng viên', 'Mỗi Đảng viên phải gương mẫu.', { severity: 'information', messageIncludes: '"đảng viên"' }),
  ],
});
