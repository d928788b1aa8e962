import { event } from '../../server/src/rules/capitalization/event.js';
import { ruleTester } from '../helpers.js';
import { at, one } from './util.js';

ruleTester(event, {
  valid: [
    'Đại hội XIII của Đảng, Hội nghị Trung ương 8 khóa XIII và dịp Quốc khánh 2-9.',
    'Tại đại hội đảng các cấp và đại hội chi bộ.',
    'Hội nghị lần thứ 8, Ban Chấp hành Trung ương Đảng khóa XIII.',
    'Các hội nghị trung ương đều bàn về nhân sự.',
    'Khóa XIII đã hoàn thành nhiệm vụ.',
    'Lớp học khóa 3 khai giảng vào tháng năm.',
    'Ông nói: "đại hội XIII thành công".',
  ],
  invalid: [
    // §3.10 pairs 40–43, 55
    one('Văn kiện Nghị quyết đại hội XIII.', 'đại hội', 'Văn kiện Nghị quyết Đại hội XIII.'),
    one('Tại đại hội XIII của Đảng.', 'đại hội', 'Tại Đại hội XIII của Đảng.', { messageIncludes: '"Đại hội"' }),
    one('Tại đại hội đảng XIV.', 'đại hội đảng', 'Tại Đại hội Đảng XIV.'),
    one('Tại Đại Hội Đảng XIV.', 'Đại Hội Đảng', 'Tại Đại hội Đảng XIV.'),
    {
      text: 'Tại hội nghị trung ương 8 và Hội Nghị Trung Ương 8.',
      errors: [{ range: at('Tại hội nghị trung ương 8 và Hội Nghị Trung Ương 8.', 'hội nghị trung ương') }, { range: at('Tại hội nghị trung ương 8 và Hội Nghị Trung Ương 8.', 'Hội Nghị Trung Ương') }],
      output: 'Tại Hội nghị Trung ương 8 và Hội nghị Trung ương 8.',
    },
    one('Ủy viên Trung ương khóa xiii.', 'khóa xiii', 'Ủy viên Trung ương khóa XIII.'),
    one('Ủy viên Trung ương khoá xiv.', 'khoá xiv', 'Ủy viên Trung ương khoá XIV.'),
    one('Ủy viên Bộ Chính trị Khóa XIII.', 'Khóa XIII', 'Ủy viên Bộ Chính trị Khóa XIII.', { severity: 'information' }),
    one('Mừng quốc khánh 2-9.', 'quốc khánh', 'Mừng Quốc khánh 2-9.'),
    one('Nghỉ lễ dịp quốc khánh năm nay.', 'quốc khánh', 'Nghỉ lễ dịp Quốc khánh năm nay.'),
    one('Ngày Quốc Khánh 2-9.', 'Quốc Khánh', 'Ngày Quốc khánh 2-9.'),
  ],
});
