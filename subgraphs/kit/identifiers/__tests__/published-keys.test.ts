import { personName } from '../../mapping/names';
import { partialDate } from '../../mapping/dates';
import type { PersonRecord } from '../../record/person-record';
import { askedKeys, InvalidName } from '../asked-keys';
import { InvalidIdentifier } from '../normalise';
import { kindOfKey } from '../key-kinds';
import { publishedKeys } from '../published-keys';

const SECRET = 'published-keys-test-secret-0123456789';

const victim: PersonRecord = {
  id: 'PHL:PNP:2024-000123', jurisdiction: 'PHL', agency: 'PNP', roles: [], sex: 'FEMALE', nationalities: ['PHL'],
  names: [personName({ given: 'Maricel', middle: 'Dizon', family: 'Villanueva' })!],
  dateOfBirth: partialDate('dob', { year: 1998, month: 3, day: 14 }, '03/14/1998'),
  documents: [{ type: 'PASSPORT', number: 'P4821937B', rawNumber: 'P4821937B', issuingCountry: 'PHL', expiry: null, status: 'VALID' }],
  identifiers: [{ kind: 'PHONE', value: '+639174821937', raw: '0917 482 1937' }],
  events: [], cases: [], handling: null, updatedAt: null,
};

describe('published keys', () => {
  const keys = publishedKeys(victim, SECRET);

  it('are blind: tagged HMACs, no name, number or date in the clear', () => {
    expect(keys.every((k) => /^[A-Z]{2}\.[\w-]{43}$/.test(k))).toBe(true);
    expect(JSON.stringify(keys)).not.toMatch(/maricel|villanueva|4821937|1998|639/i);
  });

  it('say their kind, so the index can weigh what two records share', () => {
    const kinds = new Set(keys.map(kindOfKey));
    for (const kind of ['TRAVEL_DOCUMENT', 'TRAVEL_DOCUMENT_NEAR', 'PHONE', 'NAME_BIRTH_YEAR', 'NAME_SKELETON_BIRTH_YEAR', 'NAME_PARTIAL_BIRTH_YEAR', 'NAME_UNDATED', 'DATE_OF_BIRTH'] as const) {
      expect(kinds).toContain(kind);
    }
  });

  it('are the same on every call, and change with the secret', () => {
    expect(publishedKeys(victim, SECRET)).toEqual(keys);
    expect(publishedKeys(victim, `${SECRET}-other`)).not.toContain(keys[0]);
  });

  it('include the keys a trace asks for, by document and by name in any order or script', () => {
    const asked = (input: Parameters<typeof askedKeys>[0]) => askedKeys(input, SECRET).keys;
    expect(keys).toEqual(expect.arrayContaining(asked({ kind: 'TRAVEL_DOCUMENT', value: 'p 4821937 b', country: 'PH' })));
    for (const value of ['Maricel Dizon Villanueva', 'VILLANUEVA MARICEL DIZON', 'maricel villanueva']) {
      expect(asked({ kind: 'NAME', value, birthYear: 1998 }).some((k) => keys.includes(k))).toBe(true);
      expect(asked({ kind: 'NAME', value }).some((k) => keys.includes(k))).toBe(true);
    }
    expect(asked({ kind: 'NAME', value: 'Maricel Dizon Villanueva', birthYear: 1997 }).some((k) => keys.includes(k))).toBe(false);
  });
});

describe('asking by name', () => {
  const now = new Date('2025-06-01T00:00:00Z');

  it('echoes the romanised name, never needing the script', () => {
    expect(askedKeys({ kind: 'NAME', value: '  Nguyễn   Thị Lan ', birthYear: 1998 }, SECRET, now)).toMatchObject({ kind: 'NAME', value: 'NGUYEN THI LAN' });
    expect(askedKeys({ kind: 'NAME', value: '王小明' }, SECRET, now).value).toBe('WANG XIAOMING');
  });

  it.each([
    [{ value: '   ' }, /empty name/],
    [{ value: 'x'.repeat(201) }, /200 characters/],
    [{ value: 'Lan', birthYear: 1850 }, /birthYear must be a year from 1900 to 2025/],
    [{ value: 'Lan', birthYear: 3000 }, /birthYear/],
    [{ value: 'Lan', birthYear: 1998.5 }, /birthYear/],
    [{ value: '!!!' }, /no letters/],
    [{ value: 'Lan', country: 'VN' }, /country does not apply/],
  ])('refuses %p with a reason that does not repeat the name', (input, reason) => {
    const ask = () => askedKeys({ kind: 'NAME', ...input }, SECRET, now);
    expect(ask).toThrow(InvalidName);
    expect(ask).toThrow(reason);
    try {
      ask();
    } catch (error) {
      expect((error as Error).message).not.toContain('Lan');
    }
  });

  it('refuses a birth year beside another kind of identifier', () => {
    expect(() => askedKeys({ kind: 'PHONE', value: '+639174821937', birthYear: 1998 }, SECRET)).toThrow(InvalidIdentifier);
  });
});
