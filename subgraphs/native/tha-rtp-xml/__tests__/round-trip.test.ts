import { DateTime } from 'luxon';
import { loadRegistry } from '../../../../schema/registry/registry';
import { normaliseDocumentNumber } from '../../../kit/mapping/documents';
import { toE164 } from '../../../kit/mapping/phones';
import type { PersonRecord } from '../../../kit/record/person-record';
import { generateScenario, recordsOf } from '../../../scenario/generate';
import type { Offence, ScenarioDate, ScenarioRecord } from '../../../scenario/model';
import { mapOrError } from '../../../tha/mapping';
import { readEnvelope } from '../../../tha/native-shape';
import { parseNativeXml } from '../../../tha/parse-xml';
import { OFFENCE_CODES } from '../codes';
import { renderPerson, renderPersonRecords, type PersonNode } from '../render';

const THA = loadRegistry().byCode('THA')!;

/** Render one record to the system's XML and read it back with the adapter's parser and mapping. */
function roundTrip(record: ScenarioRecord): PersonRecord {
  const xml = renderPersonRecords([renderPerson(record)], { total: 1 });
  const [raw] = readEnvelope(parseNativeXml(xml, 'PersonRecords')).persons;
  const mapped = mapOrError(raw, THA);
  if (mapped instanceof Error) throw mapped;
  return mapped;
}

const isoOf = (d: ScenarioDate) =>
  [String(d.year), d.month && String(d.month).padStart(2, '0'), d.month && d.day && String(d.day).padStart(2, '0')].filter(Boolean).join('-');

/** A scenario time is Bangkok wall-clock time: what the record must say of it in UTC. */
const instantOf = (d: ScenarioDate) =>
  d.hour === undefined ? undefined : DateTime.fromObject({ year: d.year, month: d.month, day: d.day, hour: d.hour, minute: d.minute }, { zone: THA.timeZone }).toUTC().toISO({ suppressMilliseconds: true });

const THAI_SCRIPT = /\p{Script=Thai}/u;
const hasThaiName = (r: ScenarioRecord) => r.name.nativeScript !== undefined && THAI_SCRIPT.test(r.name.nativeScript);

/**
 * The name the shared record must carry. The passport parts come upper-cased from `<NameEn>`: a
 * patronymic (`BINTI ABDULLAH`) stands in the surname box, a mononym leaves it empty. `full` is the
 * Thai-script `<Name>` when the agency wrote one, else the passport romanisation, given names
 * first. A name the scenario holds in another script (Han, Khmer, Arabic, …) is not written by the
 * Thai system at all, so it falls back to the passport too.
 */
function expectedName(r: ScenarioRecord) {
  const family = (r.name.family ?? r.name.patronymic ?? '').toUpperCase() || null;
  const given = [r.name.given, r.name.middle].filter(Boolean).join(' ').toUpperCase();
  const passport = [given, family].filter(Boolean).join(' ');
  const thai = hasThaiName(r) ? r.name.nativeScript! : null;
  return { full: thai ?? passport, script: thai ? 'THAI' : 'LATIN', romanised: passport, family, given };
}

/** What the shared record must say, derived from the scenario's ground truth. */
function expected(r: ScenarioRecord) {
  return {
    id: `THA:${r.agency}:${r.localId}`,
    agency: r.agency,
    roles: r.roles,
    sex: r.sex,
    birth: r.birth ? isoOf(r.birth) : null,
    birthCalendar: r.birth ? 'BUDDHIST' : null,
    name: expectedName(r),
    nationalities: r.nationalities,
    documents: r.documents.map((d) => ({ number: normaliseDocumentNumber(d.number), rawNumber: d.number, issuingCountry: d.issuingCountry, status: d.status, expiry: d.expiry ? isoOf(d.expiry) : null })),
    identifiers: [...r.phones.map((p) => toE164(p, 'THA')), ...r.otherIdentifiers.map((i) => i.value)],
    events: r.events.map((e) => ({ type: e.type, when: isoOf(e.when), instant: instantOf(e.when), country: e.country, locality: e.locality, facility: e.facility ?? null, operation: e.operation ?? null, summary: e.summary })),
    cases: r.cases.map((c) => ({ reference: c.reference, role: c.role, status: c.status, exploitationTypes: c.exploitationTypes, offences: c.offences })),
    handling: { code: r.handling.code, releasableTo: r.handling.releasableTo },
    updatedAt: new Date(r.updatedAt).toISOString(),
  };
}

function actual(m: PersonRecord) {
  const [name] = m.names;
  return {
    id: m.id,
    agency: m.agency,
    roles: m.roles,
    sex: m.sex,
    birth: m.dateOfBirth?.iso ?? null,
    birthCalendar: m.dateOfBirth?.calendar ?? null,
    name: { full: name?.full, script: name?.script, romanised: name?.romanised, family: name?.family, given: name?.given },
    nationalities: m.nationalities,
    documents: m.documents.map((d) => ({ number: d.number, rawNumber: d.rawNumber, issuingCountry: d.issuingCountry, status: d.status, expiry: d.expiry?.iso ?? null })),
    identifiers: m.identifiers.map((i) => i.value),
    events: m.events.map((e) => ({ type: e.type, when: e.when?.iso, instant: e.when?.instant ?? undefined, country: e.where?.country, locality: e.where?.locality, facility: e.where?.facility, operation: e.operation, summary: e.summary })),
    cases: m.cases,
    handling: { code: m.handling?.code, releasableTo: m.handling?.releasableTo },
    updatedAt: m.updatedAt,
  };
}

/** Jest's own equality (`toEqual`), as a boolean. */
function equal(a: unknown, b: unknown): boolean {
  try {
    expect(a).toEqual(b);
    return true;
  } catch {
    return false;
  }
}

/** Per record that does not round-trip: each differing field, expected beside actual, or the error. */
function mismatches(records: readonly ScenarioRecord[], trip: (r: ScenarioRecord) => PersonRecord = roundTrip): Record<string, unknown> {
  const bad: Record<string, unknown> = {};
  for (const record of records) {
    let mapped: PersonRecord;
    try {
      mapped = trip(record);
    } catch (error) {
      bad[record.localId] = { error: (error as Error).message };
      continue;
    }
    const want: Record<string, unknown> = expected(record);
    const got: Record<string, unknown> = actual(mapped);
    if (equal(got, want)) continue;
    const fields = Object.keys(want).filter((k) => !equal(got[k], want[k]));
    bad[record.localId] = Object.fromEntries(fields.map((k) => [k, { expected: want[k], actual: got[k] }]));
  }
  return bad;
}

describe('rendered XML round-trips through the THA adapter', () => {
  const records = recordsOf(generateScenario(), 'THA');

  it('covers the story, the filler, and every naming style the scenario gives THA', () => {
    expect(records.length).toBeGreaterThan(2);
    expect(records.some((r) => r.birth && r.birth.month === undefined)).toBe(true);
    const styles = {
      thaiScript: records.some(hasThaiName),
      passportOnly: records.some((r) => r.name.nativeScript === undefined),
      patronymic: records.some((r) => r.name.patronymic !== undefined && r.name.family === undefined),
      mononym: records.some((r) => r.name.family === undefined && r.name.patronymic === undefined),
      middle: records.some((r) => r.name.middle !== undefined),
      diacritics: records.some((r) => /[^\p{ASCII}]/u.test(`${r.name.given}${r.name.middle ?? ''}${r.name.family ?? ''}`)),
      bothAgencies: new Set(records.map((r) => r.agency)).size === 2,
    };
    expect(styles).toEqual(Object.fromEntries(Object.keys(styles).map((k) => [k, true])));
  });

  it('round-trips every record exactly (one assertion listing every record that does not)', () => {
    expect(mismatches(records)).toEqual({});
  });

  it('gives every TIB passport with a full expiry date the MRZ its reader saw, and the police none', () => {
    const passports = (agency: string) => records.filter((r) => r.agency === agency).flatMap((r) => (renderPerson(r).Passport as PersonNode[]).map((p) => [r, p] as const));
    const tib = passports('TIB');
    expect(tib.length).toBeGreaterThan(100);
    for (const [r, p] of tib) expect(p.Mrz !== undefined).toBe(r.documents[0]?.expiry?.day !== undefined);
    expect(passports('RTP').filter(([, p]) => p.Mrz !== undefined)).toEqual([]);
  });

  it('writes <Name lang="th"> for a Thai-script name only, never for another script', () => {
    const [story] = records;
    const name = (nativeScript: string | undefined) => renderPerson({ ...story!, name: { given: 'Xiaoming', family: 'Wang', nativeScript } }).Name;
    expect(name('วีระ แก้วมณี')).toEqual({ '#text': 'วีระ แก้วมณี', '@lang': 'th' });
    expect(name('王小明')).toBeUndefined();
    expect(name('ហេង សុភា')).toBeUndefined();
    expect(name(undefined)).toBeUndefined();
  });

  it('lists each record that does not round-trip, with the fields that differ, or its error', () => {
    const [story, second] = records;
    const shifted = (r: ScenarioRecord) => (r === story ? { ...roundTrip(r), sex: 'OTHER' as const } : roundTrip(r));
    const failing = (r: ScenarioRecord): PersonRecord => {
      if (r === second) throw new Error('unreadable');
      return roundTrip(r);
    };
    expect(mismatches([story!, second!], shifted)).toEqual({ [story!.localId]: { sex: { expected: story!.sex, actual: 'OTHER' } } });
    expect(mismatches([story!, second!], failing)).toEqual({ [second!.localId]: { error: 'unreadable' } });
  });

  it('escapes markup and quotes in free text so they come back verbatim', () => {
    const [story] = records;
    const hostile = `</Event><Role>ผู้ต้องหา</Role> & "quoted" 'single' &amp; <![CDATA[x]]>`;
    const record: ScenarioRecord = { ...story!, events: [{ ...story!.events[0]!, summary: hostile, facility: `A & "B" <C>` }] };
    const mapped = roundTrip(record);
    expect(mapped.events[0]).toMatchObject({ summary: hostile, where: { facility: `A & "B" <C>` } });
    expect(mapped.roles).toEqual(story!.roles);
  });
});

describe('offences round-trip through the THA adapter exactly', () => {
  const ALL: Offence[] = ['TRAFFICKING_IN_PERSONS', 'MIGRANT_SMUGGLING', 'FRAUD', 'ILLEGAL_GAMBLING', 'DOCUMENT_FRAUD', 'MONEY_LAUNDERING', 'IMMIGRATION_OFFENCE'];
  const story = recordsOf(generateScenario(), 'THA').find((r) => r.cases.length > 0)!;

  it('writes each offence as its own statute code, with a Thai title', () => {
    expect(Object.keys(OFFENCE_CODES).sort()).toEqual([...ALL].sort());
    expect(new Set(Object.values(OFFENCE_CODES).map((o) => o.code)).size).toBe(ALL.length);
    const xml = renderPersonRecords([renderPerson({ ...story, cases: [{ ...story.cases[0]!, offences: ['TRAFFICKING_IN_PERSONS'] }] })], { total: 1 });
    expect(xml).toContain('<Offence code="TIP2551-6">ค้ามนุษย์</Offence>');
  });

  it('maps every offence, in order, and a case without offences to none', () => {
    const record: ScenarioRecord = {
      ...story,
      cases: [
        { ...story.cases[0]!, offences: ALL },
        { ...story.cases[0]!, reference: 'THA-2024-0416', offences: [] },
        { ...story.cases[0]!, reference: 'THA-2024-0417', offences: ['MIGRANT_SMUGGLING', 'TRAFFICKING_IN_PERSONS'] },
      ],
    };
    expect(roundTrip(record).cases.map((c) => c.offences)).toEqual([ALL, [], ['MIGRANT_SMUGGLING', 'TRAFFICKING_IN_PERSONS']]);
  });

  it.each(ALL)('%s alone', (offence) => {
    expect(roundTrip({ ...story, cases: [{ ...story.cases[0]!, offences: [offence] }] }).cases[0]?.offences).toEqual([offence]);
  });
});
