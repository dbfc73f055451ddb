import type { PartialDate, PersonName } from '../record/person-record';
import type { KeyKind, Lookup } from './key-kinds';
import { romaniseName, type RomanisedName } from './name-romanisation';
import { consonantSkeleton, deletionNeighbourhood } from './skeleton';

/**
 * Name keys (SPEC §6): a name in a common romanisation, its parts sorted (name order differs by
 * jurisdiction: family first in VNM, CHN, KHM), bound to the birth year. Each record publishes
 * several forms, one kind per way of comparing, so that the index can tell how close two names are
 * from which kinds they share, without ever seeing a name:
 *
 * - NAME_BIRTH_YEAR: the same parts in any order, also with two neighbouring parts written as one
 *   (`wang xiao ming` / `WANG XIAOMING`, `Nor Azlina` / `NORAZLINA`) and repeated parts once
 *   (an Indonesian mononym written twice to fill a surname box).
 * - NAME_SKELETON_BIRTH_YEAR: the parts' consonant skeletons (skeleton.ts), which meet across
 *   romanisations of one sound (`SOMCHAI JAIDEE` / `smchay aichdi`).
 * - NAME_NEAR_BIRTH_YEAR: skeletons within one edit of each other (symmetric deletion).
 * - NAME_PARTIAL_BIRTH_YEAR: the name without its middle names or extra given names, as desks
 *   abroad often copy it (`Maricel Villanueva` for `Maricel Dizon Villanueva`).
 * - NAME_UNDATED (exact and partial forms) / NAME_SKELETON_UNDATED (skeleton forms): the same
 *   without any date, published by every record, so that a record without a date of
 *   birth still meets one with it, and two records whose names agree but whose birth years do not
 *   can be told apart from two names that do not agree at any tolerance.
 * - DATE_OF_BIRTH (not a name key, but read with them): the full date, when known to the day.
 *
 * A name a library transliterated from Thai, Khmer or another script without a recorded
 * romanisation publishes no exact forms: it can only meet through skeletons (design/names.md).
 */

const MAX_PARTS = 6;

const canonical = (parts: readonly string[]) => [...parts].sort().join(' ');

/** Two neighbouring parts written as one, each pair in turn. */
function joinedNeighbours(parts: readonly string[]): string[][] {
  if (parts.length < 2 || parts.length > MAX_PARTS) return [];
  return parts.slice(0, -1).map((_, i) => [...parts.slice(0, i), parts[i]! + parts[i + 1]!, ...parts.slice(i + 2)]);
}

/** Every spelling of the whole name that compares as exact. */
function exactForms(name: RomanisedName): string[][] {
  const base = [...name.parts];
  const once = [...new Set(base)];
  return [base, once, ...joinedNeighbours(base), ...name.alternates.flatMap((a) => [[...a], ...joinedNeighbours(a)])];
}

/** The name as desks abroad shorten it: without middle names, or with the first given name only. */
function partialForms(name: RomanisedName): string[][] {
  const forms: string[][] = [[...name.parts]];
  const middle = new Set(name.middle);
  if (middle.size > 0) forms.push(name.parts.filter((p) => !middle.has(p)));
  if (name.family.length > 0 && name.given.length > 1) forms.push([...name.family, name.given[0]!]);
  if (name.parts.length >= 3) forms.push([name.parts[0]!, name.parts.at(-1)!]);
  return forms.filter((f) => f.length > 0);
}

const skeletonOf = (parts: readonly string[]) => canonical(parts.map(consonantSkeleton));

/** Skeletons within one edit: deletions never cross a part boundary, and parts are re-sorted after. */
function nearForms(name: RomanisedName): string[] {
  const resort = (form: string) => canonical(form.split(' ').filter(Boolean));
  return deletionNeighbourhood(skeletonOf(name.parts), ' ', resort);
}

/** Birth date as name keys bind it: the year, and the day when known to the day. */
export interface NameDating {
  readonly year: number | null;
  /** ISO `YYYY-MM-DD`, only when the date is known to the day. */
  readonly day: string | null;
}

export function datingOf(dateOfBirth: PartialDate | null): NameDating {
  if (!dateOfBirth) return { year: null, day: null };
  return { year: dateOfBirth.year, day: dateOfBirth.precision === 'DAY' ? dateOfBirth.iso : null };
}

function lookups(kind: KeyKind, bound: string, forms: Iterable<string>): Lookup[] {
  return [...new Set(forms)].filter(Boolean).map((form) => ({ kind, text: `${bound}|${form}` }));
}

/** The lookups of one romanised name at one dating; no value leaves the participant unblinded. */
export function nameLookups(name: RomanisedName, dating: NameDating): Lookup[] {
  const exact = name.exact ? exactForms(name) : [];
  const skeletons = (name.exact ? exact : [[...name.parts]]).map(skeletonOf);
  const partial = name.exact ? partialForms(name).map(canonical) : [];
  const out: Lookup[] = [...lookups('NAME_UNDATED', '', [...exact.map(canonical), ...partial]), ...lookups('NAME_SKELETON_UNDATED', '', skeletons)];
  if (dating.year === null) return out;
  const year = String(dating.year);
  out.push(...lookups('NAME_BIRTH_YEAR', year, exact.map(canonical)));
  out.push(...lookups('NAME_SKELETON_BIRTH_YEAR', year, skeletons));
  out.push(...lookups('NAME_NEAR_BIRTH_YEAR', year, nearForms(name)));
  out.push(...lookups('NAME_PARTIAL_BIRTH_YEAR', year, partial));
  return out;
}

/**
 * Every name lookup of a record: each of its names (primary and aliases) at its date of birth,
 * and the date of birth itself when it is known to the day.
 */
export function recordNameLookups(names: readonly PersonName[], dateOfBirth: PartialDate | null): Lookup[] {
  const dating = datingOf(dateOfBirth);
  const out = new Map<string, Lookup>();
  for (const name of names) {
    const romanised = romaniseName(name);
    if (!romanised) continue;
    for (const l of nameLookups(romanised, dating)) out.set(`${l.kind}|${l.text}`, l);
  }
  if (out.size > 0 && dating.day) out.set('DATE_OF_BIRTH', { kind: 'DATE_OF_BIRTH', text: dating.day });
  return [...out.values()];
}

/** Earliest birth year a trace may ask with a name: nobody alive was born before it. */
export const EARLIEST_BIRTH_YEAR = 1900;

/**
 * What a trace asked by name looks up: the forms a record of that name would publish. With a
 * birth year, the year-bound kinds of that year (records without a date of birth are not found:
 * ask without the year for them); without, the undated kinds, which every record publishes, so
 * every birth year is found.
 */
export function askedNameLookups(name: RomanisedName, birthYear: number | null): Lookup[] {
  const all = nameLookups(name, { year: birthYear, day: null });
  const undated = (l: Lookup) => l.kind === 'NAME_UNDATED' || l.kind === 'NAME_SKELETON_UNDATED';
  return birthYear === null ? all : all.filter((l) => !undated(l));
}
