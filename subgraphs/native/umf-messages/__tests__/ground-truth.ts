// What the adapter must make of a scenario record that went through the simulated bureau: the
// fields of the mapped record, projected next to what the scenario itself says they are (never
// next to the rendered message). Plain projections, so thousands of records compare in one expect.
import { DateTime } from 'luxon';
import type { Jurisdiction } from '../../../../schema/registry/registry';
import { normaliseDocumentNumber } from '../../../kit/mapping/documents';
import { toE164 } from '../../../kit/mapping/phones';
import type { PersonRecord } from '../../../kit/record/person-record';
import type { ScenarioDate, ScenarioRecord } from '../../../scenario/model';

export const isoOf = (d: ScenarioDate) => [String(d.year).padStart(4, '0'), d.month, d.day].filter((p) => p !== undefined).map((p) => String(p).padStart(2, '0')).join('-');
const unique = <T>(items: readonly T[]) => [...new Set(items)];
/**
 * A scenario time is the owner's wall clock; in UTC it is that moment. A time inside a DST gap is
 * written after the gap, as the bureau writes it (luxon moves it forward the same way).
 */
const instantOf = (d: ScenarioDate, zone: string) =>
  d.hour === undefined ? null : DateTime.fromObject({ year: d.year, month: d.month, day: d.day, hour: d.hour, minute: d.minute ?? 0 }, { zone }).toUTC().toISO({ suppressMilliseconds: true });
// The adapter reads text in NFC; the scenario's name pools are typed however their sources were.
const nfc = (s: string | undefined) => s?.normalize('NFC') ?? null;
const sorted = (items: string[]) => [...items].sort();

/** The mapped record, as far as the scenario can say what it must be. */
export function projection(r: PersonRecord) {
  const [name] = r.names;
  return {
    id: r.id,
    jurisdiction: r.jurisdiction,
    agency: r.agency,
    roles: r.roles,
    sex: r.sex,
    nationalities: r.nationalities,
    name: { family: name?.family, given: name?.given, kind: name?.kind, hasLatin: /\p{Script=Latin}/u.test(name?.romanised ?? '') },
    dateOfBirth: r.dateOfBirth?.iso ?? null,
    documents: r.documents.map((d) => [d.type, d.number, d.issuingCountry, d.status, d.expiry?.iso ?? null]),
    identifiers: sorted(r.identifiers.map((i) => `${i.kind}|${i.raw}${i.kind === 'PHONE' ? `|${i.value}` : ''}`)),
    // Times were local to the owner: the date the record is about must survive the offset, and
    // the instant must be the moment the owner's clock showed.
    events: r.events.map((e) => [e.type, e.when?.iso, e.when?.instant ?? null, e.where?.country, e.operation, e.summary]),
    cases: r.cases,
    handling: r.handling,
    updatedAt: r.updatedAt,
  };
}

/** What projection() must give for a scenario record of `j`. */
export function expected(t: ScenarioRecord, j: Jurisdiction): ReturnType<typeof projection> {
  return {
    id: `${j.code}:NCB:${t.localId}`,
    jurisdiction: j.code,
    agency: 'NCB',
    roles: unique(t.roles),
    sex: t.sex,
    nationalities: unique(t.nationalities),
    // Whatever the script, the index and the analyst get a Latin form.
    name: { family: nfc(t.name.family), given: nfc([t.name.given, t.name.middle].filter(Boolean).join(' ')), kind: 'PRIMARY', hasLatin: true },
    dateOfBirth: t.birth && isoOf(t.birth),
    documents: t.documents.map((d) => [d.type, normaliseDocumentNumber(d.number), d.issuingCountry, d.status, d.expiry ? isoOf(d.expiry) : null]),
    identifiers: sorted([
      ...t.phones.map((p) => `PHONE|${p}|${toE164(p, j.code) ?? p.trim()}`),
      ...t.otherIdentifiers.map((o) => `${o.kind}|${o.value}`),
    ]),
    events: t.events.map((e) => [e.type, isoOf(e.when), instantOf(e.when, j.timeZone), e.country, e.operation ?? null, e.summary]),
    cases: t.cases.map(({ reference, role, status, exploitationTypes, offences }) => ({ reference, role, status, exploitationTypes, offences })),
    handling: { code: t.handling.code, releasableTo: unique(t.handling.releasableTo), contact: j.contact },
    updatedAt: new Date(t.updatedAt).toISOString(),
  };
}
