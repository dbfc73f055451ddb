// A scenario record as the simulated ZZX agency system stores it: the shape the adapter's
// native-record.ts reads. SCAFFOLD: make it write what the agency's real system writes.
import type { ScenarioDate, ScenarioRecord } from '../../../../scenario/model';

const pad = (n: number) => String(n).padStart(2, '0');
const day = (d: ScenarioDate) => [String(d.year), d.month && pad(d.month), d.month && d.day && pad(d.day)].filter(Boolean).join('-');
const time = (d: ScenarioDate) => (d.hour === undefined || d.day === undefined ? null : `${pad(d.hour)}:${pad(d.minute ?? 0)}`);
const SEX = { MALE: 'M', FEMALE: 'F', OTHER: 'X', UNKNOWN: null } as const;

export type NativeRow = Record<string, unknown> & { agency: string; ref: string };

export function renderRecord(r: ScenarioRecord): NativeRow {
  const full = r.name.nativeScript ?? [r.name.given, r.name.middle, r.name.family, r.name.patronymic].filter(Boolean).join(' ');
  return {
    ref: r.localId,
    agency: r.agency,
    full_name: full,
    given_name: r.name.given,
    middle_name: r.name.middle ?? null,
    family_name: r.name.family ?? null,
    romanised_name: r.name.nativeScript ? [r.name.given, r.name.middle, r.name.family].filter(Boolean).join(' ') : null,
    aliases: [],
    sex: SEX[r.sex],
    birth_date: r.birth && day(r.birth),
    nationalities: [...r.nationalities],
    documents: r.documents.map((d) => ({ type: d.type, number: d.number, issuing_country: d.issuingCountry, expiry: d.expiry ? day(d.expiry) : null, status: d.status })),
    phones: [...r.phones],
    other_identifiers: r.otherIdentifiers.map((o) => ({ kind: o.kind, value: o.value })),
    roles: [...r.roles],
    events: r.events.map((e) => ({ type: e.type, date: day(e.when), time: time(e.when), country: e.country, locality: e.locality, facility: e.facility ?? null, operation: e.operation ?? null, summary: e.summary })),
    cases: r.cases.map((c) => ({ reference: c.reference, role: c.role, status: c.status, exploitation_types: [...c.exploitationTypes], offences: [...c.offences] })),
    handling_code: r.handling.code,
    releasable_to: [...r.handling.releasableTo],
    updated_at: r.updatedAt,
  };
}
