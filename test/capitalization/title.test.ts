import { title } from '../../server/src/rules/capitalization/title.js';
import { ruleTester } from '../helpers.js';
import { at, one } from './util.js';

const press = { capitalization: { profile: 'press' as const } };

ruleTester(title, {
  valid: [
    'Tổng Bí thư Tô Lâm, Chủ tịch nước và Thủ tướng Chính phủ dự hội nghị.',
    'Thủ tướng yêu cầu các bộ khẩn trương; Tổng Bí thư nhấn mạnh vai trò của Đảng.',
    'Đồng chí Đỗ Trọng Hưng, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh phát biểu.',
    'Phó Bí thư Thường trực Tỉnh ủy và Phó Chủ tịch Thường trực HĐND tỉnh dự.',
    'Bí thư thứ nhất Trung ương Đoàn và Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam.',
    // §3.11 guard 3: generic and plural titles
    'Hội nghị có các bí thư chi bộ, bầu phó bí thư, chức danh chủ tịch xã và các bộ trưởng.',
    'Trung ương bầu 180 ủy viên chính thức và 20 ủy viên dự khuyết.',
    'Ông được bầu làm chủ tịch hội đồng quản trị.',
    'Các phó thủ tướng và chủ tịch quốc hội các nước.',
    'Các bí thư tỉnh ủy, thành ủy dự hội nghị.',
    // legal texts capitalize generic titles: accepted
    'Chủ tịch Ủy ban nhân dân các tỉnh, thành phố chịu trách nhiệm thi hành.',
    'Bộ trưởng, Thủ trưởng cơ quan ngang bộ chịu trách nhiệm thi hành.',
    // guard 1: sentence start
    'Phó bí thư cần gương mẫu.',
    // guard 2 and 11: ALL-CAPS runs, quotations
    'THỦ TƯỚNG CHÍNH PHỦ',
    'Bài báo có tựa “Chủ Tịch Nước Thăm Cuba”.',
    // abbreviations and both tone conventions
    'Chủ tịch UBND tỉnh Kiên Giang Phạm Vũ Hồng và Chủ tịch UBND TP Rạch Giá.',
    'Uỷ viên Bộ Chính trị, Uỷ viên Ban Bí thư.',
    // press profile: vice titles may be lowercase (§3.9)
    { text: 'Phó thủ tướng Trần Hồng Hà và Phó chủ tịch thường trực Quốc hội dự.', settings: press },
  ],
  invalid: [
    // §3.10 pairs 15–20, 22–29, 57
    one('Ông là Thủ Tướng Chính Phủ.', 'Thủ Tướng Chính Phủ', 'Ông là Thủ tướng Chính phủ.'),
    one('Gặp thủ tướng Phạm Minh Chính.', 'thủ tướng', 'Gặp Thủ tướng Phạm Minh Chính.', { messageIncludes: '"Thủ tướng", không phải "thủ tướng"' }),
    one('Gặp phó thủ tướng Trần Hồng Hà.', 'phó thủ tướng', 'Gặp Phó Thủ tướng Trần Hồng Hà.'),
    one('Gặp Phó thủ tướng Trần Hồng Hà.', 'Phó thủ tướng', 'Gặp Phó Thủ tướng Trần Hồng Hà.'),
    one('Gặp Tổng bí thư Tô Lâm.', 'Tổng bí thư', 'Gặp Tổng Bí thư Tô Lâm.'),
    one('Theo Tổng bí thư, cần đổi mới.', 'Tổng bí thư', 'Theo Tổng Bí thư, cần đổi mới.'),
    one('Gặp Tổng Bí Thư.', 'Tổng Bí Thư', 'Gặp Tổng Bí thư.'),
    {
      text: 'Gặp Chủ Tịch Nước và Chủ tịch Nước.',
      errors: [{ range: at('Gặp Chủ Tịch Nước và Chủ tịch Nước.', 'Chủ Tịch Nước') }, { range: at('Gặp Chủ Tịch Nước và Chủ tịch Nước.', 'Chủ tịch Nước') }],
      output: 'Gặp Chủ tịch nước và Chủ tịch nước.',
    },
    one('Gặp Bộ trưởng bộ Tài chính.', 'Bộ trưởng bộ Tài chính', 'Gặp Bộ trưởng Bộ Tài chính.'),
    one('Gặp Bộ Trưởng Bộ Tài Chính.', 'Bộ Trưởng Bộ Tài Chính', 'Gặp Bộ trưởng Bộ Tài chính.'),
    one('Gặp bí thư tỉnh ủy Nguyễn Văn An.', 'bí thư tỉnh ủy', 'Gặp Bí thư Tỉnh ủy Nguyễn Văn An.'),
    one('Gặp bí thư Tỉnh ủy.', 'bí thư Tỉnh ủy', 'Gặp Bí thư Tỉnh ủy.'),
    one('Gặp Bí Thư Tỉnh Ủy.', 'Bí Thư Tỉnh Ủy', 'Gặp Bí thư Tỉnh ủy.'),
    one('Gặp Phó bí thư thường trực Huyện ủy Lê Văn Bình.', 'Phó bí thư thường trực Huyện ủy', 'Gặp Phó Bí thư Thường trực Huyện ủy Lê Văn Bình.'),
    one('Gặp Ủy viên trung ương Đảng Lê Văn Bình.', 'Ủy viên trung ương Đảng', 'Gặp Ủy viên Trung ương Đảng Lê Văn Bình.'),
    one('Gặp ủy viên Trung ương Đảng Lê Văn Bình.', 'ủy viên Trung ương Đảng', 'Gặp Ủy viên Trung ương Đảng Lê Văn Bình.'),
    one('Gặp chủ tịch HĐND tỉnh Lê Văn Bình.', 'chủ tịch HĐND', 'Gặp Chủ tịch HĐND tỉnh Lê Văn Bình.'),
    {
      text: 'Gặp Chủ tịch Hđnd và Chủ tịch Ubnd.',
      errors: [{ range: at('Gặp Chủ tịch Hđnd và Chủ tịch Ubnd.', 'Chủ tịch Hđnd') }, { range: at('Gặp Chủ tịch Hđnd và Chủ tịch Ubnd.', 'Chủ tịch Ubnd') }],
      output: 'Gặp Chủ tịch HĐND và Chủ tịch UBND.',
    },
    one('Ông được điều động làm Phó bí thư Tỉnh ủy Yên Bái.', 'Phó bí thư Tỉnh ủy', 'Ông được điều động làm Phó Bí thư Tỉnh ủy Yên Bái.'),
    {
      text: 'Báo cáo của phó giáo sư, tiến sĩ Nguyễn Văn Bình.',
      errors: [{ range: at('Báo cáo của phó giáo sư, tiến sĩ Nguyễn Văn Bình.', 'phó giáo sư') }, { range: at('Báo cáo của phó giáo sư, tiến sĩ Nguyễn Văn Bình.', 'tiến sĩ') }],
      output: 'Báo cáo của Phó Giáo sư, Tiến sĩ Nguyễn Văn Bình.',
    },
    one('Sau đó chủ tịch Quốc hội phát biểu.', 'chủ tịch Quốc hội', 'Sau đó Chủ tịch Quốc hội phát biểu.'),
    one('Gặp Chủ tịch UBND Tỉnh Thanh Hóa.', 'Chủ tịch UBND Tỉnh', 'Gặp Chủ tịch UBND tỉnh Thanh Hóa.'),
    one('Gặp Chủ Tịch.', 'Chủ Tịch', 'Gặp Chủ tịch.'),
    one('Gặp Giáo Sư Tôn Thất Tùng.', 'Giáo Sư', 'Gặp Giáo sư Tôn Thất Tùng.'),
    one('Gặp giáo sư Tôn Thất Tùng.', 'giáo sư', 'Gặp Giáo sư Tôn Thất Tùng.'),
    one('Gặp đại tá Nguyễn Văn An.', 'đại tá', 'Gặp Đại tá Nguyễn Văn An.'),
    // the writer's tone convention is kept
    one('Gặp uỷ viên Bộ Chính trị Lê Văn Bình.', 'uỷ viên Bộ Chính trị', 'Gặp Uỷ viên Bộ Chính trị Lê Văn Bình.'),
    // press profile still flags extra capitals
    one('Gặp Phó Thủ Tướng.', 'Phó Thủ Tướng', 'Gặp Phó Thủ tướng.', { settings: press }),
    // MEDIUM (practice varies): suggestion only
    one('Ông Lê Minh Hưng, Trưởng ban Tổ chức Trung ương, phát biểu.', 'Trưởng ban', 'Ông Lê Minh Hưng, Trưởng ban Tổ chức Trung ương, phát biểu.', { severity: 'information' }),
  ],
});
