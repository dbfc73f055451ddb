import type { Faker } from '@faker-js/faker';
import { isValidPhoneNumber, getExampleNumber, type CountryCode } from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/mobile/examples';
import countries from 'i18n-iso-countries';
import type { Jurisdiction } from '../../../schema/registry/registry';
import type { PersonRole } from '../../kit/record/person-record';
import type { Offence, ScenarioDate, ScenarioDocument, ScenarioEvent, ScenarioName, ScenarioRecord } from '../model';
import { nameFor } from '../naming/names-by-nationality';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Agency references in each named jurisdiction's own style; the long tail shares one. */
export function localId(j: Jurisdiction, agency: string, seq: number): string {
  if (j.code === 'THA') return `2567-${agency === 'TIB' ? 'TIB' : 'ATPD'}-${pad(seq, 6)}`;
  return `2024-${pad(seq, 6)}`;
}

/** Police agency first in the registry; immigration agency second where the country has one. */
export const policeAgency = (j: Jurisdiction): string => j.agencies[0]!;
export const immigrationAgency = (j: Jurisdiction): string => j.agencies[1] ?? j.agencies[0]!;

/** A passport number in a plausible shape for the issuing country. */
export function passportNumber(f: Faker, country: string): string {
  const digits = (n: number) => pad(f.number.int({ min: 0, max: 10 ** n - 1 }), n);
  const letter = () => f.string.alpha({ length: 1, casing: 'upper' });
  switch (country) {
    case 'PHL': return `P${digits(7)}${letter()}`;
    case 'THA': return `A${letter()}${digits(7)}`;
    case 'CHN': return `E${letter()}${digits(7)}`;
    case 'VNM': return `C${digits(7)}`;
    case 'IDN': return `X${digits(7)}`;
    case 'MYS': return `A${digits(8)}`;
    case 'KHM': return `N${digits(7)}`;
    default: return `${letter()}${letter()}${digits(7)}`;
  }
}

/** A mobile number valid for the country, in its national format, or none when none can be made. */
export function phoneNumber(f: Faker, country: string): string | null {
  const alpha2 = countries.alpha3ToAlpha2(country) as CountryCode | undefined;
  const example = alpha2 ? getExampleNumber(alpha2, examples) : undefined;
  if (!example) return null;
  const national = String(example.nationalNumber);
  // Vary the last four digits; keep only numbers the library still calls valid.
  const candidate = national.slice(0, -4) + pad(f.number.int({ min: 0, max: 9999 }), 4);
  return isValidPhoneNumber(candidate, alpha2) ? `${'0'.repeat(example.formatNational().startsWith('0') ? 1 : 0)}${candidate}` : null;
}

/** A local date-time inside the operation's days. */
export function dayIn(f: Faker, start: string, end: string): ScenarioDate {
  const from = Date.parse(`${start}T00:00:00Z`);
  const to = Date.parse(`${end}T00:00:00Z`);
  const d = new Date(from + f.number.int({ min: 0, max: Math.round((to - from) / 86_400_000) }) * 86_400_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: f.number.int({ min: 0, max: 23 }), minute: f.number.int({ min: 0, max: 59 }) };
}

export function birth(f: Faker, from: number, to: number): ScenarioDate {
  const year = f.number.int({ min: from, max: to });
  const precision = f.number.int({ min: 0, max: 9 });
  if (precision === 0) return { year };
  if (precision === 1) return { year, month: f.number.int({ min: 1, max: 12 }) };
  return { year, month: f.number.int({ min: 1, max: 12 }), day: f.number.int({ min: 1, max: 28 }) };
}

/** Abroad, an agency writes a foreigner's name from the passport: Latin letters, no native script. */
function recordedName(name: ScenarioName, nationality: string, recordedIn: string): ScenarioName {
  return nationality === recordedIn ? name : { ...name, nativeScript: undefined };
}

export interface PersonSpec {
  j: Jurisdiction;
  agency: string;
  seq: number;
  personKey: string;
  nationality: string;
  sex: 'FEMALE' | 'MALE';
  roles: PersonRole[];
  events: ScenarioEvent[];
  caseOf?: { role: PersonRole; exploitationTypes: string[]; offences: Offence[]; status: string };
  handling: ScenarioRecord['handling']['code'];
  withPassport: boolean;
  withPhone: boolean;
  birthYears: [number, number];
}

/** One synthetic person record from a spec: names, documents and phones in the nationality's style. */
export function personRecord(f: Faker, spec: PersonSpec): ScenarioRecord {
  const documents: ScenarioDocument[] = spec.withPassport
    ? [{ type: 'PASSPORT', number: passportNumber(f, spec.nationality), issuingCountry: spec.nationality, expiry: { year: f.number.int({ min: 2025, max: 2034 }), month: f.number.int({ min: 1, max: 12 }), day: f.number.int({ min: 1, max: 28 }) }, status: 'VALID' }]
    : [];
  const phone = spec.withPhone ? phoneNumber(f, spec.nationality) : null;
  return {
    jurisdiction: spec.j.code,
    agency: spec.agency,
    localId: localId(spec.j, spec.agency, spec.seq),
    personKey: spec.personKey,
    roles: spec.roles,
    name: recordedName(nameFor(f, spec.nationality, spec.sex), spec.nationality, spec.j.code),
    sex: spec.sex,
    birth: birth(f, ...spec.birthYears),
    nationalities: [spec.nationality],
    documents,
    // A number of the person's own country, recorded abroad in international form.
    phones: phone ? [spec.nationality === spec.j.code ? phone : internationalPhone(phone, spec.nationality)] : [],
    otherIdentifiers: [],
    events: spec.events,
    cases: spec.caseOf ? [{ reference: `${spec.j.code}-2024-${pad(spec.seq, 6)}`, ...spec.caseOf }] : [],
    handling: { code: spec.handling, releasableTo: [] },
    updatedAt: '2024-10-06T00:00:00Z',
  };
}

/** A national number as an agency abroad writes it: calling code first, trunk prefix dropped. */
export function internationalPhone(national: string, country: string): string {
  if (national.startsWith('+')) return national;
  const alpha2 = countries.alpha3ToAlpha2(country) as CountryCode;
  return `+${getExampleNumber(alpha2, examples)?.countryCallingCode ?? ''} ${national.replace(/^0/, '')}`;
}
