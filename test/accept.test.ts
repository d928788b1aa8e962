import { describe, expect, it } from 'vitest';
import { parseConfig } from '../server/src/engine/config.js';
import { acceptFormEdit } from '../server/src/node/accept.js';

describe('accept this form in this workspace', () => {
  it('creates .bientap.json when there is none', () => {
    const e = acceptFormEdit(undefined, 'capitalization/title', 'Phó chủ tịch thường trực')!;
    expect(e.create).toBe(true);
    expect(JSON.parse(e.newText)).toEqual({ accept: { 'capitalization/title': ['Phó chủ tịch thường trực'] } });
  });

  it('adds to an existing file, keeping its comments, and the result is a valid configuration', () => {
    const before = '{\n  // house style\n  "date": { "style": "dash" }\n}\n';
    const e = acceptFormEdit(before, 'citation/unknown-code', 'QĐNS')!;
    expect(e.create).toBe(false);
    expect(e.newText).toContain('// house style');
    expect(parseConfig(e.newText, '.bientap.json').settings).toEqual({ date: { style: 'dash' }, accept: { 'citation/unknown-code': ['QĐNS'] } });
    const again = acceptFormEdit(e.newText, 'citation/unknown-code', 'XYZ')!;
    expect(parseConfig(again.newText, '.bientap.json').settings?.accept).toEqual({ 'citation/unknown-code': ['QĐNS', 'XYZ'] });
    const other = acceptFormEdit(again.newText, 'date/style', '15/1')!;
    expect(parseConfig(other.newText, '.bientap.json').settings?.accept).toEqual({ 'citation/unknown-code': ['QĐNS', 'XYZ'], 'date/style': ['15/1'] });
  });

  it('does nothing when the form is already accepted, and stores NFC', () => {
    const text = '{ "accept": { "tone/consistency": ["hoà"] } }';
    expect(acceptFormEdit(text, 'tone/consistency', 'hoà'.normalize('NFD'))).toBeUndefined();
  });
});
