import { MappingError } from '../../kit/mapping/mapping-error';
import { mapIdnRecord } from '../mapping';
import { IDN, sparseNative, suspectNative, victimNative } from './fixtures';

const map = (raw: unknown) => mapIdnRecord(raw, IDN);

function mappingError(raw: unknown): MappingError {
  try {
    map(raw);
  } catch (error) {
    if (error instanceof MappingError) return error;
    throw error;
  }
  throw new Error('expected a MappingError');
}

/** Every string inside a native fragment (deep), to check none of them leaks into a message. */
const nativeStrings = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : typeof value === 'object' && value !== null ? Object.values(value).flatMap(nativeStrings) : [];

const event = (overrides: Record<string, unknown>) => ({ jenis: 'PENYELAMATAN', waktu: '2 Oktober 2024', negara: 'IDN', ...overrides });
const perkara = (overrides: Record<string, unknown>) => ({ nomor_perkara: 'BP/1/2024', ...overrides });

describe('mapIdnRecord', () => {
  it('maps a POLRI victim: a mononym kept whole, an alias, Indonesian dates, two roles', () => {
    const r = map(victimNative());
    expect(r).toMatchObject({ id: 'IDN:POLRI:LP/B/412/X/2024/BARESKRIM', jurisdiction: 'IDN', agency: 'POLRI', roles: ['VICTIM', 'IRREGULAR_MIGRANT'], sex: 'FEMALE', nationalities: ['IDN'] });
    expect(r.names).toEqual([
      { full: 'Suharti', script: 'LATIN', romanised: 'Suharti', family: null, given: null, middle: null, kind: 'PRIMARY' },
      { full: 'Harti', script: 'LATIN', romanised: 'Harti', family: null, given: null, middle: null, kind: 'ALIAS' },
    ]);
    expect(r.dateOfBirth).toEqual({ year: 1998, month: 3, day: 14, iso: '1998-03-14', precision: 'DAY', raw: '14 Maret 1998', calendar: 'GREGORIAN' });
    expect(r.documents).toEqual([
      { type: 'PASSPORT', number: 'C1234567', rawNumber: 'C1234567', issuingCountry: 'IDN', status: 'VALID', expiry: expect.objectContaining({ iso: '2031-06-30', raw: '30 Juni 2031' }) },
      { type: 'NATIONAL_ID', number: '3171234567890001', rawNumber: '3171234567890001', issuingCountry: 'IDN', status: 'VALID', expiry: null },
    ]);
    expect(r.identifiers).toEqual([
      { kind: 'PHONE', value: '+6281234567890', raw: '0812-3456-7890' },
      { kind: 'SOCIAL_HANDLE', value: 'facebook:suharti.98', raw: 'facebook:Suharti.98' },
    ]);
    expect(r.cases).toEqual([{ reference: 'BP/123/X/2024/DITTIPIDUM', role: 'VICTIM', status: 'UNDER_INVESTIGATION', exploitationTypes: ['FORCED_CRIMINALITY'], offences: ['TRAFFICKING_IN_PERSONS'] }]);
    expect(r.handling).toEqual({ code: 'H1', releasableTo: ['KHM', 'PHL'], contact: IDN.contact });
    expect(r.updatedAt).toBe('2024-10-05T09:15:00.000Z');
  });

  it('maps events in both agencies’ date styles, keeping the raw text with its time', () => {
    const [recruitment, rescue, repatriation] = map(victimNative()).events;
    expect(recruitment).toEqual({ type: 'RECRUITMENT', when: expect.objectContaining({ iso: '2024-02', precision: 'MONTH' }), where: { country: 'IDN', locality: 'Kabupaten Indramayu, Jawa Barat', facility: null }, operation: null, summary: 'Direkrut lewat iklan lowongan kerja daring.' });
    expect(rescue).toMatchObject({ type: 'RESCUE', operation: 'LIBERTERRA-II', when: { iso: '2024-10-02', raw: '2 Oktober 2024 pukul 05.30 WIB' }, where: { country: 'KHM', locality: 'Sihanoukville', facility: 'Kaibo compound' } });
    expect(repatriation).toMatchObject({ type: 'REPATRIATION', when: { iso: '2024-10-20', raw: '2024-10-20' } });
  });

  it('places event times in Western Indonesia Time (UTC+7) with their UTC instant; a date alone gets none', () => {
    const [recruitment, rescue, repatriation] = map(victimNative()).events;
    expect(rescue?.when).toMatchObject({ time: '05:30', utcOffset: '+07:00', instant: '2024-10-01T22:30:00Z' });
    expect([recruitment?.when, repatriation?.when].map((w) => w?.instant)).toEqual([undefined, undefined]);
  });

  it.each([
    ['2 Oktober 2024 pukul 05.30', '05:30', '+07:00', '2024-10-01T22:30:00Z'],
    ['2 Okt 2024 05:30', '05:30', '+07:00', '2024-10-01T22:30:00Z'],
    // Bali and Sulawesi keep Central Indonesia Time, Papua Eastern: the zone written wins.
    ['2 Oktober 2024 pukul 05.30 WITA', '05:30', '+08:00', '2024-10-01T21:30:00Z'],
    ['2 Oktober 2024 pukul 05.30 WIT', '05:30', '+09:00', '2024-10-01T20:30:00Z'],
    ['2024-10-02T05:30:15', '05:30', '+07:00', '2024-10-01T22:30:15Z'],
    ['2024-10-02T05:30+08:00', '05:30', '+08:00', '2024-10-01T21:30:00Z'],
    ['2024-10-02T05:30Z', '05:30', '+00:00', '2024-10-02T05:30:00Z'],
  ])('reads the event time %s as %s at %s', (waktu, time, utcOffset, instant) => {
    expect(map(sparseNative({ peristiwa: [event({ waktu })] })).events[0]?.when).toMatchObject({ iso: '2024-10-02', raw: waktu, time, utcOffset, instant });
  });

  it('maps an Imigrasi suspect: the passport split as recorded, ISO dates, every cited article', () => {
    const r = map(suspectNative());
    expect(r.names).toEqual([expect.objectContaining({ full: 'BUDI SAPUTRA', given: 'BUDI', family: 'SAPUTRA', kind: 'PRIMARY' })]);
    expect(r.dateOfBirth).toMatchObject({ iso: '1986-07', precision: 'MONTH', raw: '1986-07' });
    expect(r.documents[0]).toMatchObject({ number: 'X9182042', rawNumber: 'X 918 2042', status: 'REVOKED', expiry: { iso: '2029-01-17' } });
    expect(r.events[0]).toMatchObject({ type: 'ARREST', when: { iso: '2024-10-01', raw: '2024-10-01T18:00', time: '18:00', utcOffset: '+07:00', instant: '2024-10-01T11:00:00Z' } });
    expect(r.cases[0]).toEqual({
      reference: 'BP/123/X/2024/DITTIPIDUM',
      role: 'SUSPECT',
      status: 'CHARGED',
      exploitationTypes: ['FORCED_CRIMINALITY', 'FORCED_LABOUR'],
      offences: ['TRAFFICKING_IN_PERSONS', 'MIGRANT_SMUGGLING', 'ILLEGAL_GAMBLING', 'MONEY_LAUNDERING'],
    });
  });

  it.each([
    ['the name repeated as surname (Imigrasi)', { nama_depan: 'SUTRISNO', nama_belakang: 'SUTRISNO' }, 'SUTRISNO'],
    ['no surname (POLRI)', { nama_lengkap: 'Sutrisno', nama_depan: 'Sutrisno', nama_belakang: null }, 'Sutrisno'],
    ['only the full name', { nama_lengkap: 'Sutrisno', nama_depan: null, nama_belakang: null }, 'Sutrisno'],
  ])('keeps a mononym whole, given and family unset, with %s', (_what, overrides, full) => {
    expect(map(sparseNative(overrides)).names).toEqual([expect.objectContaining({ full, given: null, family: null })]);
  });

  it('claims no split that was not recorded for a two-part name', () => {
    expect(map(sparseNative({ nama_lengkap: 'Lestari Saputra', nama_depan: null, nama_belakang: null })).names[0]).toMatchObject({ full: 'Lestari Saputra', given: null, family: null });
  });

  it('keeps a split that repeats a part when the name does (LI LI is two words, not a repeated mononym)', () => {
    expect(map(sparseNative({ nama_lengkap: 'LI LI', nama_depan: 'LI', nama_belakang: 'LI' })).names[0]).toMatchObject({ full: 'LI LI', given: 'LI', family: 'LI' });
  });

  it.each([
    ['14 Maret 1998', { iso: '1998-03-14', precision: 'DAY' }],
    ['Maret 1998', { iso: '1998-03', precision: 'MONTH' }],
    ['1998', { iso: '1998', precision: 'YEAR' }],
    ['7 Pebruari 1998', { iso: '1998-02-07', precision: 'DAY' }],
    ['1 Nop 1998', { iso: '1998-11-01', precision: 'DAY' }],
    ['14 Agt. 1998', { iso: '1998-08-14', precision: 'DAY' }],
    ['mei 1998', { iso: '1998-05', precision: 'MONTH' }],
    ['1998-03', { iso: '1998-03', precision: 'MONTH' }],
  ])('reads the birth date %s', (tanggal_lahir, expected) => {
    expect(map(sparseNative({ tanggal_lahir })).dateOfBirth).toMatchObject({ ...expected, year: 1998, raw: tanggal_lahir });
  });

  it('maps a sparse record: nothing but a name and a role', () => {
    const r = map(sparseNative());
    expect(r).toMatchObject({ id: 'IDN:IMIGRASI:IMI-2024-000210', roles: ['IRREGULAR_MIGRANT'], sex: 'UNKNOWN', dateOfBirth: null, updatedAt: null });
    expect([r.documents, r.identifiers, r.events, r.cases, r.nationalities]).toEqual([[], [], [], [], []]);
    expect(r.handling).toEqual({ code: null, releasableTo: [], contact: IDN.contact });
  });

  it('passes a case stage it does not know through as free text, as the schema allows', () => {
    expect(map(sparseNative({ perkara: [perkara({ tahap: 'Tahap III' })] })).cases[0]?.status).toBe('TAHAP_III');
  });

  it('serves a phone that does not normalise as recorded instead of failing the record', () => {
    expect(map(sparseNative({ telepon: ['0812-34'] })).identifiers).toEqual([{ kind: 'PHONE', value: '0812-34', raw: '0812-34' }]);
  });

  it.each([
    ['an unknown month name', { tanggal_lahir: '14 Marz 1998' }, 'tanggal_lahir'],
    ['a day without a month', { tanggal_lahir: '14 1998' }, 'tanggal_lahir'],
    ['an impossible date', { tanggal_lahir: '31 Februari 1998' }, 'tanggal_lahir'],
    ['an article the adapter does not know', { perkara: [perkara({ pasal: ['Pasal 999 KUHP'] })] }, 'perkara[0].pasal[0]'],
    ['an unreadable citation', { perkara: [perkara({ pasal: ['TPPO'] })] }, 'perkara[0].pasal[0]'],
    ['an UU ITE article without the ayat that decides the offence', { perkara: [perkara({ pasal: ['UU 11/2008 Pasal 27'] })] }, 'perkara[0].pasal[0]'],
    ['an unknown exploitation word', { perkara: [perkara({ eksploitasi: ['PERBUDAKAN'] })] }, 'perkara[0].eksploitasi[0]'],
    ['an unknown role', { peran: ['PENONTON'] }, 'peran[0]'],
    ['an unknown event type', { peristiwa: [event({ jenis: 'PIKNIK' })] }, 'peristiwa[0].jenis'],
    ['a time on a partial date', { peristiwa: [event({ waktu: 'Oktober 2024 pukul 05.30' })] }, 'peristiwa[0].waktu'],
    ['no such time of day', { peristiwa: [event({ waktu: '2 Oktober 2024 pukul 25.10 WIB' })] }, 'peristiwa[0].waktu'],
    ['no such time of day in ISO', { peristiwa: [event({ waktu: '2024-10-02T24:30' })] }, 'peristiwa[0].waktu'],
    ['minute 60', { peristiwa: [event({ waktu: '2 Oktober 2024 pukul 05.60' })] }, 'peristiwa[0].waktu'],
    ['second 60 in ISO', { peristiwa: [event({ waktu: '2024-10-02T05:30:60' })] }, 'peristiwa[0].waktu'],
    ['an ISO time on a month', { peristiwa: [event({ waktu: '2024-10T05:30' })] }, 'peristiwa[0].waktu'],
    ['an unknown event country', { peristiwa: [event({ negara: 'Kamboja' })] }, 'peristiwa[0].negara'],
    ['a sex code Indonesian forms do not have', { jenis_kelamin: 'X' }, 'jenis_kelamin'],
    ['an unknown document type', { dokumen: [{ jenis: 'SIM', nomor: 'A1234567' }] }, 'dokumen[0].jenis'],
    ['an unknown document status', { dokumen: [{ jenis: 'PASPOR', nomor: 'A1234567', status: 'RUSAK' }] }, 'dokumen[0].status'],
    ['an unknown contact kind', { kontak_lain: [{ jenis: 'PAGER', nilai: '1234' }] }, 'kontak_lain[0].jenis'],
    ['a time stamp without an offset', { diperbarui: '2024-10-05 16:15:00' }, 'diperbarui'],
    ['an unknown handling code', { kode_penanganan: 'H9' }, 'kode_penanganan'],
    ['an agency that is not IDN', { instansi: 'BNN' }, 'instansi'],
    ['a registration number with a colon', { nomor_registrasi: 'LP:B:412' }, 'nomor_registrasi'],
    ['a number where text belongs', { nama_lengkap: 42 }, 'nama_lengkap'],
    ['WNI where an ISO country code belongs', { kewarganegaraan: ['WNI'] }, 'kewarganegaraan[0]'],
    ['text that was not UTF-8 at the source', { nama_lengkap: 'SUTRIS\uFFFDO' }, 'nama_lengkap'],
    ['no name at all', { nama_lengkap: null, nama_depan: null, nama_belakang: null }, 'nama_lengkap'],
    ['form fields without the full name', { nama_lengkap: null, nama_depan: 'SUTRISNO', nama_belakang: 'SUTRISNO' }, 'nama_lengkap'],
  ])('rejects %s with a MappingError naming the field', (_what, overrides, field) => {
    const error = mappingError(sparseNative(overrides));
    expect(error.field).toBe(field);
    expect(error.message.startsWith(`${field}:`)).toBe(true);
    // The native values are personal data and the message reaches clients.
    for (const value of nativeStrings(overrides)) expect(error.message).not.toContain(value);
  });

  it('rejects an item that is not an object at all', () => {
    expect(mappingError(['IMI-2024-000210']).field).toBe('record');
  });
});
