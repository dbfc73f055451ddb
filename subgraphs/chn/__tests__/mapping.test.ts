import { MappingError } from '../../kit/mapping/mapping-error';
import { mapChnRecord, mapOrError } from '../mapping';
import { ARTICLES } from '../offences';
import { CHN, foreignNative, sparseNative, suspectNative, victimNative } from './fixtures';

const map = (raw: unknown) => mapChnRecord(raw, CHN);

function mappingError(raw: unknown): MappingError {
  try {
    map(raw);
  } catch (error) {
    if (error instanceof MappingError) return error;
    throw error;
  }
  throw new Error('expected a MappingError');
}

/** Every non-blank string inside a native fragment (deep), to check none of them leaks into a message. */
const nativeStrings = (value: unknown): string[] =>
  typeof value === 'string' ? (value.trim() ? [value] : []) : typeof value === 'object' && value !== null ? Object.values(value).flatMap(nativeStrings) : [];

describe('mapChnRecord', () => {
  it('maps the victim: Han name kept with its passport pinyin, GB/T codes, +86 phone, Beijing update time', () => {
    const r = map(victimNative());
    expect(r).toMatchObject({ id: 'CHN:MPS:R5301002024100012', jurisdiction: 'CHN', agency: 'MPS', roles: ['VICTIM'], sex: 'FEMALE', nationalities: ['CHN'] });
    expect(r.names).toEqual([{ full: '李娜', script: 'HAN', romanised: 'LI NA', family: '李', given: '娜', middle: null, kind: 'PRIMARY' }]);
    expect(r.dateOfBirth).toEqual({ year: 1999, month: 5, day: 21, iso: '1999-05-21', precision: 'DAY', raw: '19990521', calendar: 'GREGORIAN' });
    expect(r.documents).toEqual([
      { type: 'PASSPORT', number: 'E12345678', rawNumber: 'E12345678', issuingCountry: 'CHN', status: 'VALID', expiry: expect.objectContaining({ iso: '2030-01-15' }) },
      // A resident identity card is the PRC's whatever the clerk left in 签发国家.
      { type: 'NATIONAL_ID', number: '53010219990521002X', rawNumber: '53010219990521002X', issuingCountry: 'CHN', status: 'VALID', expiry: null },
    ]);
    expect(r.identifiers).toEqual([
      { kind: 'PHONE', value: '+8613812345678', raw: '138 1234 5678' },
      { kind: 'SOCIAL_HANDLE', value: 'lina_1999', raw: 'LiNa_1999' },
    ]);
    expect(r.cases).toEqual([
      { reference: 'CHN-2024-0088', role: 'VICTIM', status: 'UNDER_INVESTIGATION', exploitationTypes: ['FORCED_CRIMINALITY'], offences: ['TRAFFICKING_IN_PERSONS', 'FRAUD'] },
    ]);
    expect(r.handling).toEqual({ code: 'H2', releasableTo: ['PHL', 'THA'], contact: CHN.contact });
    expect(r.updatedAt).toBe('2024-10-03T09:15:00.000Z');
  });

  it('maps events with partial dates and Beijing times kept raw, places by GB/T 2659 numeric code', () => {
    const [recruitment, crossing, rescue] = map(victimNative()).events;
    expect(recruitment).toMatchObject({ type: 'RECRUITMENT', when: { iso: '2024-03', precision: 'MONTH', raw: '20240300' }, where: { country: 'CHN', locality: '云南省昆明市', facility: null } });
    // 23:30 in Beijing stays 2 April, the officer's calendar day; Beijing time (UTC+8), even for
    // a crossing into Myanmar, is 15:30 UTC.
    expect(crossing).toMatchObject({
      type: 'BORDER_CROSSING', where: { country: 'MMR' },
      when: { iso: '2024-04-02', precision: 'DAY', raw: '20240402233000', time: '23:30', utcOffset: '+08:00', instant: '2024-04-02T15:30:00Z' },
    });
    expect(recruitment?.when).not.toHaveProperty('instant');
    expect(rescue).toMatchObject({ type: 'RESCUE', operation: 'LIBERTERRA-II', where: { country: 'MMR', locality: '妙瓦底', facility: 'KK园区' } });
  });

  it('splits a compound surname and derives passport pinyin when the record has none', () => {
    const r = map(suspectNative());
    expect(r.names[0]).toMatchObject({ full: '欧阳建国', family: '欧阳', given: '建国', romanised: 'OUYANG JIANGUO', script: 'HAN' });
    expect(r.roles).toEqual(['SUSPECT', 'FACILITATOR']);
    expect(r.dateOfBirth).toMatchObject({ iso: '1985', precision: 'YEAR', raw: '19850000' });
    expect(r.documents[0]).toMatchObject({ number: 'EA1234567', status: 'STOLEN', expiry: null });
    expect(r.identifiers).toEqual([
      { kind: 'PHONE', value: '+66817742290', raw: '+66 81 774 2290' },
      { kind: 'CRYPTO_WALLET', value: 'TQ7mYk3d9Lr2xPwq8FzN4cVb6HsJt1aE5u', raw: 'TQ7mYk3d9Lr2xPwq8FzN4cVb6HsJt1aE5u' },
    ]);
    expect(r.cases[0]).toMatchObject({ status: 'CHARGED', offences: ['TRAFFICKING_IN_PERSONS', 'MIGRANT_SMUGGLING'] });
    expect(r.handling).toEqual({ code: 'H0', releasableTo: [], contact: CHN.contact });
  });

  it('maps a foreigner by the passport name in Latin letters, surname first', () => {
    const r = map(foreignNative());
    expect(r.names).toEqual([{ full: 'VILLANUEVA MARICEL DIZON', script: 'LATIN', romanised: 'VILLANUEVA MARICEL DIZON', family: 'VILLANUEVA', given: 'MARICEL DIZON', middle: null, kind: 'PRIMARY' }]);
    expect(r).toMatchObject({ roles: ['IRREGULAR_MIGRANT', 'POTENTIAL_VICTIM'], nationalities: ['PHL'] });
    expect(r.documents[0]).toMatchObject({ number: 'P4821937B', issuingCountry: 'PHL', status: 'UNKNOWN' });
    expect(r.events[0]).toMatchObject({ type: 'INTERCEPTION', where: { country: 'CHN', locality: '东兴口岸', facility: null } });
    expect(r.cases[0]).toMatchObject({ role: 'POTENTIAL_VICTIM', status: 'OPEN', offences: ['IMMIGRATION_OFFENCE'] });
  });

  it('keeps the Chinese form of a foreigner’s name, romanised and split by the passport', () => {
    const name = map(sparseNative({ xm: '陈亚九', wwx: 'TAN', wwm: 'AH KOW', gj: ['458'] })).names[0];
    expect(name).toMatchObject({ full: '陈亚九', script: 'HAN', romanised: 'TAN AH KOW', family: 'TAN', given: 'AH KOW' });
  });

  it('serves a name with a character pinyin-pro cannot read without a romanisation, not a wrong one', () => {
    expect(map(sparseNative({ xm: '王𠀀' })).names[0]).toMatchObject({ full: '王𠀀', family: '王', given: '𠀀', romanised: null });
  });

  it.each([
    ['19980000', { iso: '1998', precision: 'YEAR', month: null, day: null }],
    ['19980300', { iso: '1998-03', precision: 'MONTH', month: 3, day: null }],
    ['19980314', { iso: '1998-03-14', precision: 'DAY', month: 3, day: 14 }],
  ])('reads the partial birth date %s', (csrq, expected) => {
    expect(map(sparseNative({ csrq })).dateOfBirth).toMatchObject({ ...expected, year: 1998, raw: csrq });
  });

  it('maps a record with only a number, an agency, a name and a role', () => {
    const r = map(sparseNative());
    expect(r).toMatchObject({ id: 'CHN:MPS:R5301002024100099', roles: ['WITNESS'], sex: 'UNKNOWN', dateOfBirth: null, updatedAt: null });
    expect([r.documents, r.identifiers, r.events, r.cases, r.nationalities]).toEqual([[], [], [], [], []]);
    expect(r.names[0]).toMatchObject({ full: '张伟', family: '张', given: '伟', romanised: 'ZHANG WEI' });
    expect(r.handling).toEqual({ code: null, releasableTo: [], contact: CHN.contact });
  });

  it('reads blank strings and nulls as not recorded', () => {
    const r = map(sparseNative({ csrq: '  ', xb: null, gxxz: '', zjxx: null, sjjl: [{ sjlx: '解救', fssj: '', fsdgj: null, fsdd: ' ' }] }));
    expect(r).toMatchObject({ dateOfBirth: null, sex: 'UNKNOWN', documents: [], handling: { code: null } });
    expect(r.events).toEqual([{ type: 'RESCUE', when: null, where: null, operation: null, summary: null }]);
  });

  it('serves a phone that does not normalise as recorded instead of failing the record', () => {
    expect(map(sparseNative({ lxdh: ['138 12'] })).identifiers).toEqual([{ kind: 'PHONE', value: '138 12', raw: '138 12' }]);
  });

  it.each([
    ['1', 'MALE'],
    ['2', 'FEMALE'],
    ['0', 'UNKNOWN'],
    ['9', 'OTHER'],
  ])('reads GB/T 2261.1 sex code %s', (xb, sex) => {
    expect(map(sparseNative({ xb })).sex).toBe(sex);
  });

  it('maps every article it knows to the offence code, in the forms clerks type', () => {
    const offences = (xftk: string) => map(sparseNative({ ajxx: [{ ajbh: 'C-1', sxzm: [{ xftk }] }] })).cases[0]?.offences;
    for (const [article, code] of Object.entries(ARTICLES)) expect([article, offences(article)]).toEqual([article, [code]]);
    expect(offences('第240条')).toEqual(['TRAFFICKING_IN_PERSONS']);
    expect(offences('刑法第 318 条')).toEqual(['MIGRANT_SMUGGLING']);
  });

  it('passes case statuses and forms of exploitation written as shared codes', () => {
    const [c] = map(sparseNative({ ajxx: [{ ajbh: 'C-1', ajzt: 'CLOSED', bqxs: ['FORCED_LABOUR', '性剥削'] }] })).cases;
    expect(c).toEqual({ reference: 'C-1', role: null, status: 'CLOSED', exploitationTypes: ['FORCED_LABOUR', 'SEXUAL_EXPLOITATION'], offences: [] });
  });

  it.each([
    ['an impossible birth date', { csrq: '19981345' }, 'csrq'],
    ['a day without a month', { csrq: '19980014' }, 'csrq'],
    ['an ISO birth date', { csrq: '1998-03-14' }, 'csrq'],
    ['a bad time of day', { sjjl: [{ sjlx: '抓获', fssj: '20241001250000' }] }, 'sjjl[0].fssj'],
    ['a time on a partial date', { sjjl: [{ sjlx: '抓获', fssj: '20241000120000' }] }, 'sjjl[0].fssj'],
    ['second 60', { sjjl: [{ sjlx: '抓获', fssj: '20241001120060' }] }, 'sjjl[0].fssj'],
    ['a time without seconds', { sjjl: [{ sjlx: '抓获', fssj: '202410011200' }] }, 'sjjl[0].fssj'],
    ['a missing rybh', { rybh: undefined }, 'rybh'],
    ['a rybh that could split a global id', { rybh: 'R1:R2' }, 'rybh'],
    ['a number where text belongs', { xm: 42 }, 'xm'],
    ['no name at all', { xm: null }, 'xm'],
    ['a name that is not Han', { xm: 'Zhang Wei' }, 'xm'],
    ['a name mangled by GBK/UTF-8 conversion', { xm: '张锟斤拷' }, 'xm'],
    ['a name with a replacement character', { xm: '张\uFFFD' }, 'xm'],
    ['a pinyin that is not Latin', { xmpy: '张伟' }, 'xmpy'],
    ['an unknown role word', { rysf: ['路人'] }, 'rysf[0]'],
    ['an unknown sex code', { xb: '3' }, 'xb'],
    ['an unknown event type', { sjjl: [{ sjlx: '聚餐' }] }, 'sjjl[0].sjlx'],
    ['an unknown country number', { gj: ['999'] }, 'gj[0]'],
    ['a country name instead of a code', { gj: ['中国'] }, 'gj[0]'],
    ['an unknown document type', { zjxx: [{ zjlx: '415', zjhm: 'E12345678' }] }, 'zjxx[0].zjlx'],
    ['a document without a number', { zjxx: [{ zjlx: '414', zjhm: '--' }] }, 'zjxx[0].zjhm'],
    ['an unknown document status', { zjxx: [{ zjlx: '414', zjhm: 'E12345678', zjzt: '待定' }] }, 'zjxx[0].zjzt'],
    ['an unknown identifier type', { qtbs: [{ bslx: '车牌号', bsz: '云A12345' }] }, 'qtbs[0].bslx'],
    ['an article the adapter does not map', { ajxx: [{ ajbh: 'C-1', sxzm: [{ xftk: '244', zmmc: '强迫劳动罪' }] }] }, 'ajxx[0].sxzm[0].xftk'],
    ['an article in Chinese numerals', { ajxx: [{ ajbh: 'C-1', sxzm: [{ xftk: '第二百四十条' }] }] }, 'ajxx[0].sxzm[0].xftk'],
    ['an unknown case status', { ajxx: [{ ajbh: 'C-1', ajzt: '搁置' }] }, 'ajxx[0].ajzt'],
    ['a case without a number', { ajxx: [{ ajbh: ' ' }] }, 'ajxx[0].ajbh'],
    ['an agency that is not CHN', { jgdm: 'NIA' }, 'jgdm'],
    ['an unknown sharing restriction', { gxxz: '公开' }, 'gxxz'],
    ['a partial update time', { gxsj: '20241003' }, 'gxsj'],
    ['an impossible update time', { gxsj: '20241332171500' }, 'gxsj'],
  ])('rejects %s with a MappingError naming the field', (_what, overrides, field) => {
    const error = mappingError(sparseNative(overrides));
    expect(error.field).toBe(field);
    expect(error.message.startsWith(`${field}:`)).toBe(true);
    // The native values are personal data and the message reaches clients.
    for (const value of nativeStrings(overrides)) expect(error.message).not.toContain(value);
  });

  it('rejects an item that is not an object at all, and mapOrError returns the error', () => {
    expect(mappingError('R5301002024100012').field).toBe('record');
    expect(mapOrError(null, CHN)).toBeInstanceOf(MappingError);
  });
});
