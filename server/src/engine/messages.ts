import type { LocalizedText, MessageLanguage } from './types.js';

/** Fills `{name}` placeholders. Unknown placeholders stay visible, so a mistake shows in tests. */
export function format(template: string, data: Record<string, string | number> | undefined): string {
  if (!data) return template;
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}

export function localize(text: LocalizedText, language: MessageLanguage, data?: Record<string, string | number>): string {
  return format(text[language] ?? text.vi, data);
}
