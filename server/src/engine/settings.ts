import type { MessageLanguage, SeveritySetting } from './types.js';

export type DateStyle = 'auto' | 'dash' | 'slash' | 'dot' | 'long';
export type ToneStyle = 'auto' | 'old' | 'new';
export type CapitalizationProfile = 'official' | 'press';

/** A newsroom's own canonical name or title (`"terms"` in `.bientap.json`). */
export interface TermEntry {
  /** The canonical form, e.g. `Sở Văn hóa và Thể thao`. */
  canonical: string;
  /** Other spellings to flag, matched ignoring case and tone placement. Defaults to case variants of `canonical`. */
  variants?: string[];
  kind?: 'organization' | 'title' | 'document' | 'other';
}

/** A newsroom's own record of a document (`"documents"`), same shape as the built-in registry. */
export interface DocumentRecordInput {
  symbol: string;
  type: string;
  family: 'party' | 'state';
  issuer: string;
  term: string | null;
  date: string;
  title: string;
  sources?: string[];
  confidence: 'high' | 'medium';
}

export interface Settings {
  language: MessageLanguage;
  /** Per rule (`family/name`) or per family (`family/*`): a severity or `"off"`. */
  rules: Record<string, SeveritySetting>;
  date: {
    style: DateStyle;
    /** `"auto"`: follow the draft; a boolean is an explicit house rule. */
    leadingZero: boolean | 'auto';
  };
  tone: { style: ToneStyle };
  capitalization: { profile: CapitalizationProfile };
  terms: TermEntry[];
  /** Forms accepted per rule id, as written in the draft (taught with "Accept this form"). */
  accept: Record<string, string[]>;
  documents: DocumentRecordInput[];
  registry: { enabled: boolean };
  /** Check only Vietnamese prose (`auto`), every document (`on`), or none (`off`). */
  vietnamese: 'auto' | 'on' | 'off';
}

export function defaultSettings(): Settings {
  return {
    language: 'vi',
    rules: {},
    date: { style: 'auto', leadingZero: 'auto' },
    tone: { style: 'auto' },
    capitalization: { profile: 'official' },
    terms: [],
    accept: {},
    documents: [],
    registry: { enabled: true },
    vietnamese: 'auto',
  };
}

/** A partial settings object, as read from `.bientap.json` or the editor. */
export type PartialSettings = {
  [K in keyof Settings]?: Settings[K] extends unknown[] ? Settings[K] : Settings[K] extends object ? Partial<Settings[K]> : Settings[K];
};

/** Later layers win; objects merge key by key, arrays of terms/documents concatenate. */
export function mergeSettings(base: Settings, ...layers: (PartialSettings | undefined)[]): Settings {
  const out: Settings = structuredClone(base);
  for (const layer of layers) {
    if (!layer) continue;
    if (layer.language) out.language = layer.language;
    if (layer.rules) Object.assign(out.rules, layer.rules);
    if (layer.date) Object.assign(out.date, layer.date);
    if (layer.tone) Object.assign(out.tone, layer.tone);
    if (layer.capitalization) Object.assign(out.capitalization, layer.capitalization);
    if (layer.registry) Object.assign(out.registry, layer.registry);
    if (layer.terms) out.terms = [...out.terms, ...layer.terms];
    if (layer.documents) out.documents = [...out.documents, ...layer.documents];
    if (layer.accept) {
      for (const [rule, forms] of Object.entries(layer.accept)) {
        out.accept[rule] = [...(out.accept[rule] ?? []), ...(forms ?? [])];
      }
    }
    if (layer.vietnamese) out.vietnamese = layer.vietnamese;
  }
  return out;
}
