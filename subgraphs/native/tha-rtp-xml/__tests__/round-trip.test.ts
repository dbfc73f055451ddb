import { loadRegistry } from '../../../../schema/registry/registry';
import { normaliseDocumentNumber } from '../../../kit/mapping/documents';
import { toE164 } from '../../../kit/mapping/phones';
import type { PersonRecord } from '../../../kit/record/person-record';
import { generateScenario, recordsOf } from '../../../scenario/generate';
import type { ScenarioDate, ScenarioRecord } from '../../../scenario/model';
import { mapOrError } from '../../../tha/mapping';
import { readEnvelope } from '../../../tha/native-shape';
import { parseNativeXml } from '../../../tha/parse-xml';
import { renderPerson, renderPersonRecords } from '../render';

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

/** What the shared record must say, derived from the scenario's ground truth. */
function expected(r: ScenarioRecord) {
  return {
    id: `THA:${r.agency}:${r.localId}`,
    agency: r.agency,
    roles: r.roles,
    sex: r.sex,
    birth: r.birth ? isoOf(r.birth) : null,
    name: { full: r.name.nativeScript, family: r.name.family.toUpperCase(), given: [r.name.given, r.name.middle].filter(Boolean).join(' ').toUpperCase() },
    nationalities: r.nationalities,
    documents: r.documents.map((d) => ({ number: normaliseDocumentNumber(d.number), rawNumber: d.number, issuingCountry: d.issuingCountry, status: d.status, expiry: d.expiry ? isoOf(d.expiry) : null })),
    identifiers: [...r.phones.map((p) => toE164(p, 'THA')), ...r.otherIdentifiers.map((i) => i.value)],
    events: r.events.map((e) => ({ type: e.type, when: isoOf(e.when), country: e.country, locality: e.locality, facility: e.facility ?? null, operation: e.operation ?? null, summary: e.summary })),
    cases: r.cases.map((c) => ({ reference: c.reference, role: c.role, status: c.status, exploitationTypes: c.exploitationTypes })),
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
    name: { full: name?.full, family: name?.family, given: name?.given },
    nationalities: m.nationalities,
    documents: m.documents.map((d) => ({ number: d.number, rawNumber: d.rawNumber, issuingCountry: d.issuingCountry, status: d.status, expiry: d.expiry?.iso ?? null })),
    identifiers: m.identifiers.map((i) => i.value),
    events: m.events.map((e) => ({ type: e.type, when: e.when?.iso, country: e.where?.country, locality: e.where?.locality, facility: e.where?.facility, operation: e.operation, summary: e.summary })),
    cases: m.cases,
    handling: { code: m.handling?.code, releasableTo: m.handling?.releasableTo },
    updatedAt: m.updatedAt,
  };
}

describe('rendered XML round-trips through the THA adapter', () => {
  const records = recordsOf(generateScenario(), 'THA');

  it('covers the story and the filler', () => {
    expect(records.length).toBeGreaterThan(2);
    expect(records.some((r) => r.birth && r.birth.month === undefined)).toBe(true);
  });

  it.each(records.map((r) => [r.localId, r] as const))('%s', (_ref, record) => {
    const mapped = roundTrip(record);
    expect(actual(mapped)).toEqual(expected(record));
    expect(mapped.dateOfBirth?.calendar ?? 'BUDDHIST').toBe('BUDDHIST');
    expect(mapped.names[0]?.script).toBe('THAI');
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
