// The scenario's records as the simulated ZZX agency database stores them (schema.sql, tables.ts).
// SCAFFOLD: make it write what the agency's real tables hold (its codes, its date columns).
import type { ScenarioDate, ScenarioRecord } from '../../../../../scenario/model';
import { emptyTables, type AgencyTables } from './tables';

const pad = (n: number) => String(n).padStart(2, '0');
/** As much of the date as is known: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
const partial = (d: ScenarioDate) => [String(d.year), d.month && pad(d.month), d.month && d.day && pad(d.day)].filter(Boolean).join('-');
const full = (d: ScenarioDate | undefined) => (d?.month !== undefined && d.day !== undefined ? partial(d) : null);
const SEX = { MALE: 'M', FEMALE: 'F', OTHER: 'X', UNKNOWN: null } as const;

/** Every record's rows, table by table. */
export function renderTables(records: readonly ScenarioRecord[]): AgencyTables {
  const tables = emptyTables();
  for (const r of records) {
    const key = { ref: r.localId, agency: r.agency };
    const latin = [r.name.given, r.name.middle, r.name.family, r.name.patronymic].filter(Boolean).join(' ');
    tables.persons.push({
      ...key,
      full_name: r.name.nativeScript ?? latin,
      given_name: r.name.given,
      middle_name: r.name.middle ?? null,
      family_name: r.name.family ?? null,
      romanised_name: r.name.nativeScript ? latin : null,
      aliases: [],
      sex: SEX[r.sex],
      birth_date: r.birth && partial(r.birth),
      nationalities: [...r.nationalities],
      roles: [...r.roles],
      handling_code: r.handling.code,
      releasable_to: [...r.handling.releasableTo],
      updated_at: r.updatedAt,
    });
    r.documents.forEach((d, seq) =>
      tables.documents.push({ ...key, seq, doc_type: d.type, doc_number: d.number, issuing_country: d.issuingCountry, expiry_date: full(d.expiry), status: d.status }),
    );
    [...r.phones.map((value) => ({ kind: 'PHONE', value })), ...r.otherIdentifiers].forEach((o, seq) => tables.identifiers.push({ ...key, seq, kind: o.kind, value: o.value }));
    r.events.forEach((e, seq) =>
      tables.events.push({
        ...key,
        seq,
        event_type: e.type,
        occurred_on: partial(e.when),
        local_time: e.when.hour === undefined || e.when.day === undefined ? null : `${pad(e.when.hour)}:${pad(e.when.minute ?? 0)}`,
        country: e.country,
        locality: e.locality,
        facility: e.facility ?? null,
        operation_code: e.operation ?? null,
        summary: e.summary,
      }),
    );
    r.cases.forEach((c, seq) =>
      tables.case_parties.push({ ...key, seq, case_reference: c.reference, role: c.role, status: c.status, exploitation_types: [...c.exploitationTypes], offences: [...c.offences] }),
    );
  }
  return tables;
}
