import { MappingError } from '../../kit/mapping/mapping-error';
import type { PersonRecord } from '../../kit/record/person-record';
import { mapOrError } from '../mapping';
import { MYS, nativeMigrant, nativeSuspect } from './fixtures';

function mapped(raw: Record<string, unknown>): PersonRecord {
  const record = mapOrError(raw, MYS);
  if (record instanceof Error) throw record;
  return record;
}

function failure(raw: Record<string, unknown>): MappingError {
  const result = mapOrError(raw, MYS);
  expect(result).toBeInstanceOf(MappingError);
  return result as MappingError;
}

describe('mapOrError: PDRM / JIM rows to the shared schema', () => {
  it('maps a PDRM record, keeping the Malay name whole with no family name', () => {
    const r = mapped(nativeSuspect());
    expect(r).toMatchObject({
      id: 'MYS:PDRM:D3/ATIP/2024/0117',
      jurisdiction: 'MYS',
      agency: 'PDRM',
      roles: ['SUSPECT', 'FACILITATOR'],
      sex: 'MALE',
      nationalities: ['MYS'],
      handling: { code: 'H0', releasableTo: ['PHL', 'THA'], contact: MYS.contact },
      updatedAt: '2024-10-03T01:30:00.000Z',
    });
    expect(r.names).toEqual([{ full: 'Ahmad bin Ismail', script: 'LATIN', romanised: 'Ahmad bin Ismail', family: null, given: 'Ahmad', middle: null, kind: 'PRIMARY' }]);
    expect(r.dateOfBirth).toMatchObject({ iso: '1984', precision: 'YEAR', raw: '1984' });
  });

  it('maps documents, phones and other identifiers, keeping a number it cannot normalise as recorded', () => {
    const r = mapped(nativeSuspect());
    expect(r.documents).toEqual([
      { type: 'PASSPORT', number: 'A38291047', rawNumber: 'A38291047', issuingCountry: 'MYS', expiry: expect.objectContaining({ iso: '2030-05-11' }), status: 'VALID' },
      { type: 'NATIONAL_ID', number: '840517145523', rawNumber: '840517-14-5523', issuingCountry: 'MYS', expiry: null, status: 'UNKNOWN' },
    ]);
    expect(r.identifiers).toEqual([
      { kind: 'PHONE', value: '+60123842291', raw: '012-384 2291' },
      { kind: 'PHONE', value: '0123', raw: '0123' },
      { kind: 'EMAIL', value: 'ahmad.kerja@example.my', raw: 'Ahmad.Kerja@Example.my' },
      { kind: 'CRYPTO_WALLET', value: 'TQ7mYk3d9Lr2xPwq8FzN4cVb6HsJt1aE5u', raw: 'TQ7mYk3d9Lr2xPwq8FzN4cVb6HsJt1aE5u' },
    ]);
  });

  it('maps events with operation codes, local dates at their precision, and a time known to the minute with its UTC instant', () => {
    expect(mapped(nativeSuspect()).events).toEqual([
      {
        type: 'RECRUITMENT',
        when: expect.objectContaining({ iso: '2024-01', precision: 'MONTH' }),
        where: { country: 'MYS', locality: 'Johor Bahru', facility: null },
        operation: null,
        summary: 'Posted fake job adverts.',
      },
      {
        type: 'ARREST',
        // 23:40 in Kuala Lumpur (UTC+8) is 15:40 UTC the same day.
        when: expect.objectContaining({ iso: '2024-10-02', raw: '2024-10-02T23:40:00 Asia/Kuala_Lumpur', time: '23:40', utcOffset: '+08:00', instant: '2024-10-02T15:40:00Z' }),
        where: { country: 'MYS', locality: 'Johor Bahru', facility: null },
        operation: 'LIBERTERRA-II',
        summary: 'Arrested at his flat.',
      },
    ]);
  });

  it('maps a case with its statute citations as offences', () => {
    expect(mapped(nativeSuspect()).cases).toEqual([
      {
        reference: 'MYS-2024-0117',
        role: 'SUSPECT',
        status: 'CHARGED',
        exploitationTypes: ['FORCED_CRIMINALITY'],
        offences: ['TRAFFICKING_IN_PERSONS', 'MONEY_LAUNDERING', 'IMMIGRATION_OFFENCE'],
      },
    ]);
  });

  it('maps a JIM record: passport surname, full birth date, ISO nationality, missing child tables', () => {
    const r = mapped(nativeMigrant());
    expect(r).toMatchObject({ id: 'MYS:JIM:JIM/KDH/2024/0032', roles: ['IRREGULAR_MIGRANT', 'POTENTIAL_VICTIM'], sex: 'FEMALE', nationalities: ['PHL'], cases: [] });
    expect(r.names[0]).toMatchObject({ full: 'Rowena Santos Bautista', given: 'Rowena Santos', family: 'Bautista' });
    expect(r.dateOfBirth).toMatchObject({ iso: '1996-11-23', precision: 'DAY' });
    expect(r.documents[0]).toMatchObject({ number: 'P7730215C', rawNumber: 'p 7730215 c', issuingCountry: 'PHL' });
    expect(r.identifiers).toEqual([{ kind: 'PHONE', value: '+639175530192', raw: '+63 917 553 0192' }]);
  });

  it('reads codes as desks vary them, and an unknown case status as recorded (free text)', () => {
    const raw = { ...nativeSuspect(), jantina: ' l ', peranan: ['mangsa berpotensi'], kes_orang: [{ no_kes: 'K1', status: 'sebutan semula', kes_kesalahan: [] }] };
    const r = mapped(raw);
    expect([r.sex, r.roles, r.cases[0]?.status]).toEqual(['MALE', ['POTENTIAL_VICTIM'], 'SEBUTAN_SEMULA']);
  });

  it.each([
    ['jantina X', { jantina: 'X' }, 'jantina'],
    ['a month of birth 13', { tahun_lahir: 1998, bulan_lahir: 13 }, 'tarikh_lahir'],
    ['a date column of the wrong type', { tarikh_lahir: 19980314 }, 'tarikh_lahir'],
    ['an unknown role', { peranan: ['PENJENAYAH'] }, 'peranan[0]'],
    ['an agency of another jurisdiction', { agensi: 'PNP' }, 'agensi'],
    ['an unknown handling code', { kod_kawalan: 'H9' }, 'kod_kawalan'],
    ['an unknown nationality', { warganegara: ['NEGARA ANTAH-BERANTAH'] }, 'warganegara[0]'],
    ['an unknown releasability country', { boleh_dikongsi: ['XYZ'] }, 'boleh_dikongsi[0]'],
    ['an unreadable document number', { dokumen_perjalanan: [{ jenis: 'PASPORT', no_dokumen: '#' }] }, 'dokumen_perjalanan[0].no_dokumen'],
    ['an unknown document status', { dokumen_perjalanan: [{ jenis: 'PASPORT', no_dokumen: 'A1234567', status: 'PALSU' }] }, 'dokumen_perjalanan[0].status'],
    ['an unknown event type', { peristiwa: [{ jenis: 'LAWATAN' }] }, 'peristiwa[0].jenis'],
    ['an unknown time zone', { peristiwa: [{ jenis: 'TANGKAPAN', masa_tempatan: '2024-10-02T23:40:00', zon_waktu: 'MYT' }] }, 'peristiwa[0].zon_waktu'],
    ['an unknown statute', { kes_orang: [{ no_kes: 'K1', kes_kesalahan: ['Akta Hasutan 1948 s.4'] }] }, 'kes_orang[0].kes_kesalahan[0].peruntukan'],
    ['an unknown form of exploitation', { kes_orang: [{ no_kes: 'K1', bentuk_eksploitasi: ['LAIN'] }] }, 'kes_orang[0].bentuk_eksploitasi[0]'],
    ['an unreadable update stamp', { dikemaskini: 'semalam' }, 'dikemaskini'],
    ['no name', { nama_penuh: ' ' }, 'nama_penuh'],
  ])('fails the record alone on %s, naming the column but not its value', (_what, change, field) => {
    const error = failure({ ...nativeSuspect(), ...change });
    expect(error.field).toBe(field);
    expect(error.message.startsWith(`${field}: `)).toBe(true);
    for (const value of Object.values(change).flat()) if (typeof value === 'string' && value.trim().length > 2) expect(error.message).not.toContain(value);
  });

  it('turns anything that is not an object into a MappingError', () => {
    expect(mapOrError(null, MYS)).toBeInstanceOf(MappingError);
    expect(mapOrError('orang', MYS)).toBeInstanceOf(MappingError);
  });
});
