import { properName } from '../../server/src/rules/capitalization/proper-name.js';
import { ruleTester } from '../helpers.js';
import { at, one } from './util.js';

ruleTester(properName, {
  valid: [
    'Từ Thành phố Hồ Chí Minh ra Thủ đô Hà Nội, qua tỉnh Nghệ An, huyện Đông Anh, xã Tân Thịnh.',
    'Đoàn đến Quận 1, Phường 15 và phường Ba Đình, thị xã Sơn Tây.',
    'Mưa lớn ở miền Trung, Tây Nguyên, Nam Bộ; vùng trung du miền núi phía Bắc.',
    'Lũ trên sông Hồng, vịnh Hạ Long đẹp; nhớ Bác Hồ.',
    // sentence start, list items, headings
    'Tỉnh Nghệ An có 130 xã. Sông Hồng chảy qua Hà Nội.',
    '- Huyện Đông Anh\n- Xã Tân Thịnh\n\n## Tỉnh Thanh Hóa',
    // part of a longer name, abbreviations
    'UBND Tỉnh Thanh Hóa nhận văn bản; Trường THPT Huyện Điện Biên.',
    'Nhà máy Thủy điện Sông Đà và phố Xã Đàn.',
    'TP. Hồ Chí Minh, TP.HCM và HĐND Thành phố Hà Nội.',
    // person names with either tone style, transliterations, foreign text
    'Bà Nguyễn Thị Thủy và ông Nguyễn Văn Thuỷ gặp nhau; học thuyết Lê-nin; Ho Chi Minh City.',
    // the month named `tháng năm`, `thứ hai`
    'Vào tháng năm, lần thứ hai, ngày thứ hai.',
    // the ordinal guard: numbered wards in a list
    'Các phường 1, 2, 3 được sáp nhập.',
    // compounds and foreign regions
    'Xây dựng chủ nghĩa Xã Hội; Ngân hàng Chính sách Xã hội; miền nam Trung Quốc, miền bắc nước Pháp.',
    'Các nam bộ đội và nữ bộ đội; bắc bộ phận cũ.',
    // quotations, ALL-CAPS
    'Biển ghi “Tỉnh Nghệ An”; TỈNH NGHỆ AN.',
    // press profile: lowercase `thủ đô Hà Nội`
    { text: 'Tại thủ đô Hà Nội.', settings: { capitalization: { profile: 'press' } } },
  ],
  invalid: [
    // §3.10 pairs 47–51, 56
    one('Đến thành phố Hồ Chí Minh.', 'thành phố Hồ Chí Minh', 'Đến Thành phố Hồ Chí Minh.'),
    {
      text: 'Ở quận 1 và phường 15.',
      errors: [{ range: at('Ở quận 1 và phường 15.', 'quận 1') }, { range: at('Ở quận 1 và phường 15.', 'phường 15') }],
      output: 'Ở Quận 1 và Phường 15.',
    },
    one('Đoàn đến Tỉnh Nghệ An.', 'Tỉnh Nghệ An', 'Đoàn đến tỉnh Nghệ An.', { messageIncludes: '"tỉnh Nghệ An"' }),
    one('Đến Thị Xã Sơn Tây.', 'Thị Xã Sơn Tây', 'Đến thị xã Sơn Tây.'),
    {
      text: 'Qua Sông Hồng và Vịnh Hạ Long.',
      errors: [{ range: at('Qua Sông Hồng và Vịnh Hạ Long.', 'Sông Hồng') }, { range: at('Qua Sông Hồng và Vịnh Hạ Long.', 'Vịnh Hạ Long') }],
      output: 'Qua sông Hồng và vịnh Hạ Long.',
    },
    {
      text: 'Ở miền trung và tây nguyên.',
      errors: [{ range: at('Ở miền trung và tây nguyên.', 'miền trung') }, { range: at('Ở miền trung và tây nguyên.', 'tây nguyên') }],
      output: 'Ở miền Trung và Tây Nguyên.',
    },
    one('Vùng Tây Nam bộ.', 'Tây Nam bộ', 'Vùng Tây Nam Bộ.'),
    one('Nhớ Bác hồ.', 'Bác hồ', 'Nhớ Bác Hồ.'),
    one('Tại thủ đô Hà Nội.', 'thủ đô Hà Nội', 'Tại Thủ đô Hà Nội.'),
  ],
});
