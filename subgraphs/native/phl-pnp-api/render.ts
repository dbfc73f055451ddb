import { toAlpha2 } from '../../kit/mapping/countries';
import type { ScenarioEvent, ScenarioRecord } from '../../scenario/model';
import type { PnpIncident, PnpPerson } from './pnp-person';
import { incidentDate, usDate } from './us-dates';
import {
  CASE_STATUS,
  INCIDENT_TYPE,
  INVOLVEMENT,
  OFFENSE,
  OTHER_IDENTIFIER,
  PASSPORT_STATUS,
  SEX,
  exploitationWords,
} from './vocabulary';

// The PNP system stores alpha-2 codes; the scenario speaks alpha-3.
const alpha2 = (alpha3: string): string => toAlpha2(alpha3) ?? alpha3;

function incident(event: ScenarioEvent): PnpIncident {
  return {
    incident_type: INCIDENT_TYPE[event.type],
    incident_date: incidentDate(event.when),
    place: { province_city: event.locality, country: alpha2(event.country), facility: event.facility ?? null },
    operation_code: event.operation ?? null,
    narrative: event.summary,
  };
}

/** A scenario record as the PNP / BI records system would publish it. Pure: same record, same JSON. */
export function renderPnpPerson(record: ScenarioRecord): PnpPerson {
  const emails = record.otherIdentifiers.filter((i) => i.kind === 'EMAIL').map((i) => i.value);
  return {
    pnp_ref: record.localId,
    agency: record.agency === 'BI' ? 'BI' : 'PNP',
    first_name: record.name.given,
    middle_name: record.name.middle ?? null,
    // PNP forms have no patronymic or mononym field: clerks put either in the last-name box.
    last_name: record.name.family ?? record.name.patronymic ?? record.name.given,
    sex: SEX[record.sex],
    birth_date: record.birth ? usDate(record.birth) : null,
    citizenship: record.nationalities.length > 0 ? record.nationalities.map(alpha2).join('/') : null,
    passports: record.documents
      .filter((d) => d.type === 'PASSPORT')
      .map((d) => ({
        passport_no: d.number,
        issuing_country: alpha2(d.issuingCountry),
        expiry: d.expiry ? usDate(d.expiry) : null,
        status: PASSPORT_STATUS[d.status],
      })),
    government_ids: record.documents
      .filter((d) => d.type === 'NATIONAL_ID')
      .map((d) => ({ id_type: 'national id', id_no: d.number, issuing_country: alpha2(d.issuingCountry) })),
    contact_numbers: [...record.phones],
    emails,
    other_identifiers: record.otherIdentifiers
      .filter((i) => i.kind !== 'EMAIL')
      .map((i) => ({ id_type: OTHER_IDENTIFIER[i.kind], value: i.value })),
    involvement: record.roles.map((r) => INVOLVEMENT[r]),
    incidents: record.events.map(incident),
    cases: record.cases.map((c) => ({
      case_no: c.reference,
      involvement: INVOLVEMENT[c.role],
      case_status: CASE_STATUS[c.status] ?? c.status.toLowerCase().replace(/_/g, ' '),
      exploitation: c.exploitationTypes.map(exploitationWords),
      offenses: c.offences.map((o) => OFFENSE[o]),
    })),
    handling_code: record.handling.code,
    release_to: record.handling.releasableTo.map(alpha2),
    last_modified: record.updatedAt,
  };
}
