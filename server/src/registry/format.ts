import type { DocumentRecord } from './registry.js';

export type DateForm = 'dash' | 'slash' | 'dot' | 'words';

/**
 * Writes an ISO date in a draft's form. `pad` follows the written date: a
 * leading zero where the writer used one (`05/3/2020` keeps `05`).
 */
export function formatIsoDate(iso: string, form: DateForm, pad: { day: boolean; month: boolean } = { day: false, month: false }): string {
  const [y, m, d] = iso.split('-').map(Number);
  const day = pad.day && d < 10 ? `0${d}` : String(d);
  const month = pad.month && m < 10 ? `0${m}` : String(m);
  if (form === 'words') return `${day} tháng ${month} năm ${y}`;
  const sep = form === 'dash' ? '-' : form === 'slash' ? '/' : '.';
  return `${day}${sep}${month}${sep}${y}`;
}

/** The full citation in house style: `Nghị quyết số 57-NQ/TW ngày 22-12-2024 của Bộ Chính trị`. */
export function fullCitation(record: DocumentRecord, form: DateForm): string {
  const date = formatIsoDate(record.date, form);
  const dated = form === 'words' ? `ngày ${date}` : `ngày ${date}`;
  return `${record.type} số ${record.symbol} ${dated} của ${record.issuer.replace(', ', ' và ')}`;
}

/** A record as Markdown, for hovers. */
export function describeRecord(record: DocumentRecord, language: 'vi' | 'en'): string {
  const date = formatIsoDate(record.date, 'slash');
  const lines =
    language === 'en'
      ? [
          `**${record.type} ${record.symbol}** — ${record.title}`,
          '',
          `- Date: ${date}`,
          `- Issuer: ${record.issuer}`,
          ...(record.term ? [`- Term: ${record.term}`] : []),
          `- Registry confidence: ${record.confidence}`,
        ]
      : [
          `**${record.type} số ${record.symbol}** — ${record.title}`,
          '',
          `- Ngày: ${date}`,
          `- Cơ quan ban hành: ${record.issuer}`,
          ...(record.term ? [`- Khóa: ${record.term}`] : []),
          `- Độ tin cậy của dữ liệu: ${record.confidence === 'high' ? 'cao' : 'trung bình (nên kiểm tra lại)'}`,
        ];
  return lines.join('\n');
}
