// The labelled set `npm run eval:linking` measures the links on: synthetic people, each recorded
// by two to four desks the way those desks write names, dates, passports and phones, with the
// hard cases of cross-border linking, plus the scenario's own trails. Deterministic per seed.
import type { Faker } from '@faker-js/faker';
import { loadRegistry, type Registry } from '../../../schema/registry/registry';
import { recordId } from '../../kit/record/person-record';
import { internationalPhone } from '../operation/record-factory';
import type { HardCase, LabelledRecord } from './labelled-record';
import { impostor, namesake, newPerson, shareRecruiterPhones, sibling, type Person } from './people';
import { sharedRecord } from './person-record';
import { scenarioTrailRecords } from './scenario-trails';
import { seededFaker } from './seeded-faker';
import { CASE_OF, drawVariations, mistype, typedNumber, type DeskKind } from './variations';
import { writtenName, type NameForm } from './written-name';

/** The seed `npm run eval:linking` uses unless told otherwise. */
export const DEFAULT_LINKING_SEED = 20241005;

export interface LinkingSetOptions {
  /** Synthetic people before hard-case relatives are added. @default 400 */
  people?: number;
  /** Add the scenario's story, trails and Bamban people. @default true */
  scenarioTrails?: boolean;
}

export interface LinkingSet {
  readonly seed: number;
  readonly records: readonly LabelledRecord[];
}

/** The jurisdictions whose desks record people in the set: the named adapters. */
const DESKS = ['PHL', 'THA', 'VNM', 'MYS', 'KHM', 'IDN', 'CHN'];
/** Nationalities whose home desk keeps a native-script name. */
const SCRIPTED = new Set(['THA', 'KHM', 'CHN']);
/** Chance a record of each desk gives the person's phone (when they have one). */
const PHONE_KEPT: Readonly<Record<DeskKind, number>> = { home: 0.75, immigration: 0.4, police: 0.65 };

const pad = (n: number, w: number) => String(n).padStart(w, '0');

interface Desk {
  readonly code: string;
  readonly agency: string;
  readonly kind: DeskKind;
}

/** The desks that record one person: the home police first when the person is from a desk's country, then desks abroad. */
function desksFor(f: Faker, registry: Registry, p: Person, count: number): Desk[] {
  return Array.from({ length: count }, (_, i): Desk => {
    if (i === 0 && DESKS.includes(p.nationality)) return { code: p.nationality, agency: registry.byCode(p.nationality)!.agencies[0]!, kind: 'home' };
    const code = f.helpers.arrayElement(DESKS.filter((d) => d !== p.nationality));
    const [police, immigration] = registry.byCode(code)!.agencies;
    return immigration && f.datatype.boolean(0.5) ? { code, agency: immigration, kind: 'immigration' } : { code, agency: police!, kind: 'police' };
  });
}

function recordsOf(f: Faker, registry: Registry, p: Person, seq: () => number): LabelledRecord[] {
  const count = f.helpers.weightedArrayElement([
    { weight: 50, value: 2 },
    { weight: 35, value: 3 },
    { weight: 15, value: 4 },
  ]);
  const desks = desksFor(f, registry, p, count);
  // The hard-case identifiers go on one record each, never the first: that one stays the person's own.
  const sharedAt = p.sharedPhone ? f.number.int({ min: 1, max: count - 1 }) : -1;
  const stolenAt = p.stolenPassport ? f.number.int({ min: 1, max: count - 1 }) : -1;
  return desks.flatMap((desk, i): LabelledRecord[] => {
    const varied = drawVariations(f, desk.kind, SCRIPTED.has(p.nationality));
    const cases = new Set<HardCase>([...p.cases, ...[...varied].map((v) => CASE_OF[v])]);
    const form: NameForm = varied.has('transliteration')
      ? 'script-only'
      : varied.has('swapped-order')
        ? 'swapped'
        : varied.has('abbreviated-name')
          ? 'abbreviated'
          : varied.has('name-typo')
            ? 'typo'
            : desk.kind === 'home'
              ? 'home'
              : 'passport';
    const name = writtenName(p.name, p.nationality, desk.code, form, (n) => f.number.int({ min: 0, max: n - 1 }));
    if (!name) return [];
    const birth = varied.has('no-birth-date') ? null : varied.has('year-only') ? { year: p.birth.year } : p.birth;

    const documents: { number: string; issuingCountry: string }[] = [];
    if (i === stolenAt) documents.push({ number: typedNumber(f, p.stolenPassport!.number), issuingCountry: p.stolenPassport!.country });
    else if (p.passport && !varied.has('document-missing')) {
      documents.push({ number: typedNumber(f, varied.has('document-typo') ? mistype(f, p.passport) : p.passport), issuingCountry: p.nationality });
    }

    const phones: string[] = [];
    const phone = i === sharedAt ? p.sharedPhone! : p.phone ? { number: p.phone, country: p.nationality } : null;
    if (phone && (i === sharedAt || f.datatype.boolean(PHONE_KEPT[desk.kind]))) {
      phones.push(desk.code === phone.country ? phone.number : internationalPhone(phone.number, phone.country));
    }
    if (i === sharedAt) cases.add('shared-phone');

    const record = sharedRecord({
      id: recordId(desk.code, desk.agency, `LNK-${pad(seq(), 6)}`),
      jurisdiction: desk.code,
      agency: desk.agency,
      nationality: p.nationality,
      name,
      birth,
      documents,
      phones,
      emails: p.email && f.datatype.boolean(0.5) ? [p.email] : [],
    });
    return [{ record, personKey: p.key, cases: [...cases] }];
  });
}

/**
 * The labelled set for one seed: `people` synthetic people plus their hard-case relatives
 * (siblings, namesakes, people travelling on a stolen passport, groups sharing a recruiter's
 * phone), each recorded two to four times, and the scenario's own trails.
 */
export function linkingSet(seed: number = DEFAULT_LINKING_SEED, options: LinkingSetOptions = {}): LinkingSet {
  const registry = loadRegistry();
  const f = seededFaker(seed, 'linking');
  const base: Person[] = Array.from({ length: options.people ?? 400 }, (_, i) => newPerson(f, `linking-${i}`));
  const people = [...base];
  for (const p of base) {
    const key = `linking-${people.length}`;
    const roll = f.number.float({ min: 0, max: 1 });
    if (roll < 0.06) people.push(sibling(f, p, key));
    else if (roll < 0.12) people.push(namesake(f, p, key));
    else if (roll < 0.15 && p.passport) people.push(impostor(f, p, key));
  }
  shareRecruiterPhones(f, base);
  let seq = 0;
  const next = () => ++seq;
  const records = people.flatMap((p) => recordsOf(f, registry, p, next));
  if (options.scenarioTrails ?? true) records.push(...scenarioTrailRecords(seed, registry));
  return { seed, records };
}
