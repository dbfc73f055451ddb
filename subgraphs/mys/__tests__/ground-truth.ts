// What the scenario says a MYS record must map to, for the round-trip tests.
import type { PersonRecord } from '../../kit/record/person-record';
import type { ScenarioDate, ScenarioRecord } from '../../scenario/model';

const words = (...parts: (string | undefined | null)[]) => parts.filter(Boolean).join(' ').split(' ').filter(Boolean).sort();

const isoOf = (d: ScenarioDate) => [String(d.year), d.month, d.day].filter((p) => p !== undefined).map((p) => String(p).padStart(2, '0')).join('-');
/** The local time the agency recorded, `HH:mm`, or null. */
const timeOf = (d: ScenarioDate) => (d.hour === undefined ? null : `${String(d.hour).padStart(2, '0')}:${String(d.minute ?? 0).padStart(2, '0')}`);

/** Check one mapped record against the scenario record it was rendered from. */
export function expectAgreesWithTruth(record: PersonRecord, t: ScenarioRecord): void {
  expect(record).toMatchObject({
    id: `MYS:${t.agency}:${t.localId}`,
    agency: t.agency,
    roles: [...new Set(t.roles)],
    sex: t.sex,
    nationalities: t.nationalities,
    handling: { code: t.handling.code, releasableTo: t.handling.releasableTo },
    updatedAt: new Date(t.updatedAt).toISOString(),
  });
  const [name] = record.names;
  // Middle names travel with the given names; a patronymic is part of the name, never a family name.
  expect(words(name?.given)).toEqual(words(t.name.given, t.name.middle));
  expect(name?.family ?? null).toBe(t.name.patronymic ? null : (t.name.family ?? null));
  if (t.name.patronymic) expect(name?.romanised).toContain(t.name.patronymic);
  if (t.name.nativeScript) expect(name?.full).toBe(t.name.nativeScript);
  expect(record.dateOfBirth?.iso ?? null).toBe(t.birth && isoOf(t.birth));
  expect(record.documents.map((d) => [d.type, d.rawNumber, d.issuingCountry, d.status, d.expiry?.iso ?? null])).toEqual(
    t.documents.map((d) => [d.type, d.number, d.issuingCountry, d.status, d.expiry?.day !== undefined ? isoOf(d.expiry) : null]),
  );
  expect(record.identifiers.filter((i) => i.kind === 'PHONE').map((i) => i.raw)).toEqual(t.phones);
  expect(record.identifiers.filter((i) => i.kind !== 'PHONE').map((i) => [i.kind, i.raw])).toEqual(t.otherIdentifiers.map((o) => [o.kind, o.value]));
  expect(record.events.map((e) => [e.type, e.when?.iso, e.when?.time ?? null, e.where?.country, e.where?.locality, e.where?.facility, e.operation])).toEqual(
    t.events.map((e) => [e.type, isoOf(e.when), timeOf(e.when), e.country, e.locality, e.facility ?? null, e.operation ?? null]),
  );
  expect(record.cases).toEqual(
    t.cases.map((c) => ({ reference: c.reference, role: c.role, status: c.status, exploitationTypes: [...new Set(c.exploitationTypes)], offences: [...new Set(c.offences)] })),
  );
}
