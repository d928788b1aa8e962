import { describe, expect, it } from 'vitest';
import { BUILT_IN_RECORDS, partyTermOn, Registry, registryFor, subjectMatches, symbolKey } from '../../server/src/registry/registry.js';

const reg = registryFor([]);

describe('registry data', () => {
  it('ships 187 records, each with sources and a confidence', () => {
    expect(BUILT_IN_RECORDS).toHaveLength(187);
    for (const r of BUILT_IN_RECORDS) {
      expect(r.sources?.length).toBeGreaterThan(0);
      expect(['high', 'medium']).toContain(r.confidence);
      expect(r.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});

describe('registry lookup', () => {
  it('normalizes leading zeros in the number', () => {
    expect(symbolKey('04-NQ/TW')).toBe('4-NQ/TW');
    expect(symbolKey('06/2022/QH15')).toBe('6/2022/QH15');
  });

  it('maps dates to Party terms', () => {
    expect(partyTermOn('2017-10-25')).toBe('XII');
    expect(partyTermOn('2024-12-22')).toBe('XIII');
    expect(partyTermOn('2026-01-22')).toBe('XIII');
    expect(partyTermOn('2026-04-07')).toBe('XIV');
  });

  it('ties a Party symbol that repeats across terms to one record by the date\'s term', () => {
    const a = reg.lookup({ symbol: '18-NQ/TW', date: '2017-10-25' });
    const b = reg.lookup({ symbol: '18-NQ/TW', date: '2022-06-16' });
    expect(a.kind === 'match' && a.record.term).toBe('XII');
    expect(b.kind === 'match' && b.record.term).toBe('XIII');
  });

  it('matches a wrong day within the right term (so that the date can be checked)', () => {
    const r = reg.lookup({ symbol: '57-NQ/TW', date: '2024-11-22' });
    expect(r.kind).toBe('match');
    if (r.kind === 'match') expect(r.record.date).toBe('2024-12-22');
  });

  it('says nothing for a Party symbol without date, term or subject', () => {
    expect(reg.lookup({ symbol: '57-NQ/TW' }).kind).toBe('none');
  });

  it('matches on the term or the subject when there is no date', () => {
    const byTerm = reg.lookup({ symbol: '18-NQ/TW', term: 'XII' });
    expect(byTerm.kind === 'match' && byTerm.record.date).toBe('2017-10-25');
    const r57 = reg.recordsFor('57-NQ/TW')[0];
    const bySubject = reg.lookup({ symbol: '57-NQ/TW', subject: r57.title });
    expect(bySubject.kind === 'match' && bySubject.record.symbol).toBe('57-NQ/TW');
  });

  it('stays silent in the XIV term, whose numbering restarted', () => {
    expect(reg.lookup({ symbol: '57-NQ/TW', date: '2026-04-07' }).kind).toBe('none');
    expect(reg.lookup({ symbol: '18-NQ/TW', term: 'XIV' }).kind).toBe('none');
  });

  it('matches a State symbol with its year directly', () => {
    const r = reg.lookup({ symbol: '30/2020/NĐ-CP' });
    expect(r.kind === 'match' && r.record.date).toBe('2020-03-05');
  });

  it('needs the year for a Prime Minister decision without a year in its number', () => {
    const ttg = BUILT_IN_RECORDS.find((r) => r.symbol.endsWith('/QĐ-TTg'))!;
    expect(reg.lookup({ symbol: ttg.symbol }).kind).toBe('none');
    const r = reg.lookup({ symbol: ttg.symbol, date: ttg.date });
    expect(r.kind === 'match' && r.record).toBe(ttg);
  });

  it('adds a newsroom\'s own records, which win over built-in ones', () => {
    const own = registryFor([{ symbol: '15-NQ/TU', type: 'Nghị quyết', family: 'party', issuer: 'Ban Chấp hành Đảng bộ tỉnh', term: 'XIII', date: '2022-05-10', title: 'về phát triển du lịch', confidence: 'high' }]);
    const r = own.lookup({ symbol: '15-NQ/TU', date: '2022-05-10' });
    expect(r.kind === 'match' && r.record.issuer).toBe('Ban Chấp hành Đảng bộ tỉnh');
    expect(own.recordsFor('57-NQ/TW')).toHaveLength(1);
    expect(new Registry([]).lookup({ symbol: '57-NQ/TW', date: '2024-12-22' }).kind).toBe('none');
  });

  it('compares subjects ignoring case and tone placement', () => {
    expect(subjectMatches('về xây dựng và phát triển tỉnh Thanh Hoá', 'về xây dựng và phát triển tỉnh Thanh Hóa đến năm 2030')).toBe(true);
    expect(subjectMatches('về công tác cán bộ', 'về xây dựng và phát triển tỉnh')).toBe(false);
  });
});
