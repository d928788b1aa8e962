/**
 * Synthetic drafts for benchmarks: paragraphs written for this project, with a
 * realistic density of citations, dates, titles and bodies, some of them
 * wrong. Deterministic (seeded), so runs are comparable.
 */

const PARAGRAPHS = [
  'Sáng 14/3/2025, Ban Thường vụ Tỉnh ủy tổ chức hội nghị quán triệt Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia.',
  'Phát biểu tại hội nghị, Bí thư Tỉnh ủy Nguyễn Văn An đề nghị các cấp ủy, tổ chức đảng bám sát Nghị định số 13/2023/NĐ-CP ngày 17/4/2023 của Chính phủ về bảo vệ dữ liệu cá nhân.',
  'Theo kế hoạch, đến ngày 30/6/2025, 100% xã hoàn thành số hóa hồ sơ; 8/8 chi bộ trực thuộc đã đăng ký chỉ tiêu cho giai đoạn 2025-2030, tỷ lệ 3/4 số xã đạt chuẩn.',
  'Chủ tịch UBND tỉnh Trần Thị Bình yêu cầu các sở, ngành triển khai Quyết định số 123/QĐ-UBND và Kế hoạch số 45/KH-UBND, báo cáo kết quả trước ngày 15/7.',
  'Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy nhấn mạnh sự lãnh đạo của Đảng, vai trò của Mặt trận Tổ quốc Việt Nam và các đoàn thể trong việc thực hiện Luật Đất đai số 31/2024/QH15.',
  'Trong tháng 4/2025, Sở Tài chính phối hợp Sở Nội vụ rà soát 1.250 hồ sơ; gọi số 0912.345.678 để được hướng dẫn, địa chỉ 12/3 Lê Lợi, phường Ba Đình.',
  'Kết luận số 21-KL/TW của Ban Chấp hành Trung ương Đảng khóa XIII về đẩy mạnh xây dựng, chỉnh đốn Đảng được quán triệt tới 100% đảng viên trong tháng 10/2025.',
  'Phó Thủ tướng Chính phủ đề nghị Bộ Giáo dục và Đào tạo, Bộ Khoa học và Công nghệ phối hợp Ủy ban nhân dân tỉnh hoàn thiện đề án trước quý I/2026.',
  // with mistakes
  'Ban thường vụ tỉnh ủy đã ban hành Nghị quyết số 07/NQ-TU ngày 5-3-2025 về phát triển du lịch, giao Sở Văn hóa, Thể thao và Du lịch chủ trì.',
  'Đồng chí Phó Chủ Tịch HĐND tỉnh cho biết Nghị định 30/NĐ-CP ngày 05/3/2020 vẫn là căn cứ; Luật số 59/2020/QH13 được nhắc lại nhiều lần.',
  'Hội nghị diễn ra vào thứ Ba, ngày 17/3/2025, tại hội trường lớn; tỉnh đã hoà mạng dữ liệu dân cư, hòa chung xu thế của cả nước.',
  'Thường trực Tỉnh ủy giao Ủy ban Kiểm tra Tỉnh ủy giám sát việc thực hiện Chỉ thị số 05-CT/TW và Quy định số 08-QĐi/TW về trách nhiệm nêu gương.',
];

const HEADINGS = ['## Tin trong tỉnh', '## Kinh tế', '## Xây dựng Đảng', '## Đời sống'];

/** Deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A Markdown draft of about `bytes` UTF-8 bytes. */
export function makeDraft(bytes: number, seed = 1): string {
  const next = rng(seed);
  const parts: string[] = ['# Bản tin tổng hợp', ''];
  let size = 0;
  let sinceHeading = 0;
  while (size < bytes) {
    let p = PARAGRAPHS[Math.floor(next() * PARAGRAPHS.length)];
    if (sinceHeading > 6) {
      p = HEADINGS[Math.floor(next() * HEADINGS.length)];
      sinceHeading = 0;
    } else sinceHeading++;
    parts.push(p, '');
    size += Buffer.byteLength(p, 'utf8') + 2;
  }
  return parts.join('\n');
}
