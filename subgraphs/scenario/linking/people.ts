import type { Faker } from '@faker-js/faker';
import type { ScenarioName } from '../model';
import { nameFor } from '../naming/names-by-nationality';
import { passportNumber, phoneNumber } from '../operation/record-factory';
import type { HardCase } from './labelled-record';

/** Nationalities, weighted towards the region's trails, with a few from the long tail. */
const NATIONALITIES = ['VNM', 'VNM', 'THA', 'THA', 'KHM', 'KHM', 'CHN', 'CHN', 'PHL', 'PHL', 'MYS', 'IDN', 'IDN', 'UKR', 'KOR', 'IND', 'BRA'];

/** One synthetic person of the linking set: what their own papers say. */
export interface Person {
  readonly key: string;
  readonly nationality: string;
  readonly name: ScenarioName;
  readonly birth: { readonly year: number; readonly month: number; readonly day: number };
  readonly passport: string | null;
  /** National format. */
  readonly phone: string | null;
  readonly email: string | null;
  /** Hard cases that hold for every record of the person (a namesake, a sibling, …). */
  readonly cases: readonly HardCase[];
  /** A recruiter's phone (national format, and its country) that one of its records gives instead of its own. */
  sharedPhone?: { readonly number: string; readonly country: string };
  /** Another person's passport that one of its records carries. */
  stolenPassport?: { readonly number: string; readonly country: string };
}

function drawBirth(f: Faker): Person['birth'] {
  return { year: f.number.int({ min: 1972, max: 2006 }), month: f.number.int({ min: 1, max: 12 }), day: f.number.int({ min: 1, max: 28 }) };
}

/** A person in the naming style of a nationality (the scenario's own name pools and faker locales). */
export function newPerson(f: Faker, key: string, nationality = f.helpers.arrayElement(NATIONALITIES)): Person {
  const sex = f.datatype.boolean(0.6) ? 'FEMALE' : 'MALE';
  return {
    key,
    nationality,
    name: nameFor(f, nationality, sex),
    birth: drawBirth(f),
    passport: f.datatype.boolean(0.9) ? passportNumber(f, nationality) : null,
    phone: f.datatype.boolean(0.8) ? phoneNumber(f, nationality) : null,
    email: f.datatype.boolean(0.1) ? `${f.string.alphanumeric({ length: 8, casing: 'lower' })}@example.org` : null,
    cases: [],
  };
}

/** The sibling's own name in the family's script, with the family name of `of` (Han: first character; Khmer: first word; Thai: last word). */
function familyInScript(of: Person, own: ScenarioName): string | undefined {
  const theirs = of.name.nativeScript;
  const mine = own.nativeScript;
  if (!theirs || !mine) return mine;
  if (of.nationality === 'CHN') return theirs.slice(0, 1) + mine.slice(1);
  const [a, b] = [theirs.split(' '), mine.split(' ')];
  if (of.nationality === 'KHM') return [a[0], ...b.slice(1)].join(' ');
  return [...b.slice(0, -1), a.at(-1)].join(' ');
}

/** A sibling: the family name and the family's phone, the next passport number, another given name and year. */
export function sibling(f: Faker, of: Person, key: string): Person {
  const own = nameFor(f, of.nationality, f.datatype.boolean(0.5) ? 'FEMALE' : 'MALE');
  const name: ScenarioName = of.name.family ? { ...own, family: of.name.family, nativeScript: familyInScript(of, own) } : own;
  const next = of.passport?.replace(/(\d)(\D*)$/, (_, d: string, rest: string) => `${(Number(d) + 1) % 10}${rest}`) ?? null;
  const birth = { ...drawBirth(f), year: of.birth.year + f.helpers.arrayElement([-5, -3, -2, 2, 3, 6]) };
  return { ...of, key, name, birth, passport: next, email: null, cases: ['sibling'] };
}

/** A namesake: the same name and birth year, another day, passport and phone. */
export function namesake(f: Faker, of: Person, key: string): Person {
  const birth = { year: of.birth.year, month: ((of.birth.month + f.number.int({ min: 0, max: 10 })) % 12) + 1, day: ((of.birth.day + 9) % 28) + 1 };
  return { ...newPerson(f, key, of.nationality), name: of.name, birth, cases: ['namesake'] };
}

/** Someone travelling on `of`'s passport, under their own name and date of birth. */
export function impostor(f: Faker, of: Person, key: string): Person {
  return { ...newPerson(f, key), cases: ['stolen-document'], stolenPassport: { number: of.passport!, country: of.nationality } };
}

/** Groups of three people of one recruiter: one record of each gives the recruiter's phone. */
export function shareRecruiterPhones(f: Faker, people: readonly Person[]): void {
  const grouped = f.helpers.shuffle(people.filter((p) => p.phone)).slice(0, Math.floor(people.length * 0.09));
  for (let g = 0; g + 2 < grouped.length; g += 3) {
    const home = grouped[g]!.nationality;
    const recruiter = phoneNumber(f, home);
    if (!recruiter) continue;
    for (const member of grouped.slice(g, g + 3)) member.sharedPhone = { number: recruiter, country: home };
  }
}
