import type { Jurisdiction } from '../../../schema/registry/registry';
import { toAlpha2 } from '../../kit/mapping/countries';
import type { Sex } from '../../kit/record/person-record';
import type { ScenarioDocument, ScenarioEvent, ScenarioRecord } from '../../scenario/model';
import { passportMrz } from '../passport-mrz/write-td3';
import { isoPartialDate, umfDateTime } from './dates';
import { renderName } from './names';
import type { UmfContact, UmfEvent, UmfPerson, UmfTravelDocument } from './umf-message';

const SEX: Record<Sex, UmfPerson['sex']> = { FEMALE: 'F', MALE: 'M', OTHER: 'X', UNKNOWN: 'U' };
const DOCUMENT_TYPE: Record<ScenarioDocument['type'], UmfTravelDocument['documentType']> = { PASSPORT: 'P', NATIONAL_ID: 'ID' };
const CONTACT_TYPE: Record<ScenarioRecord['otherIdentifiers'][number]['kind'], UmfContact['type']> = {
  EMAIL: 'email',
  SOCIAL_HANDLE: 'social',
  CRYPTO_WALLET: 'wallet',
  BANK_ACCOUNT: 'bank',
  IMEI: 'imei',
};

/** The format speaks alpha-2; the scenario, alpha-3. A code with no alpha-2 is a scenario bug. */
function alpha2(alpha3: string): string {
  const code = toAlpha2(alpha3);
  if (!code) throw new RangeError(`scenario country ${alpha3} has no ISO 3166 alpha-2 code`);
  return code;
}

export type Owner = Pick<Jurisdiction, 'code' | 'timeZone'>;

function event(e: ScenarioEvent, owner: Owner): UmfEvent {
  return {
    type: e.type,
    dateTime: umfDateTime(e.when, owner.timeZone),
    place: { country: alpha2(e.country), locality: e.locality, facility: e.facility ?? null },
    operationCode: e.operation ?? null,
    summary: e.summary,
  };
}

/** A document as the bureau sends it; a passport it could scan carries its MRZ as well. */
function travelDocument(record: ScenarioRecord, d: ScenarioDocument): UmfTravelDocument {
  const mrz = passportMrz(record, d);
  return {
    documentType: DOCUMENT_TYPE[d.type],
    documentNumber: d.number,
    issuingCountry: alpha2(d.issuingCountry),
    expiryDate: d.expiry ? isoPartialDate(d.expiry) : null,
    status: d.status,
    ...(mrz ? { mrz } : {}),
  };
}

/** A scenario record as the owner's bureau sends it in the standard format. Pure: same record, same JSON. */
export function renderUmfPerson(record: ScenarioRecord, owner: Owner): UmfPerson {
  return {
    personId: record.localId,
    names: [renderName(record.name, owner.code)],
    dateOfBirth: record.birth && isoPartialDate(record.birth),
    sex: SEX[record.sex],
    nationalities: record.nationalities.map(alpha2),
    travelDocuments: record.documents.map((d) => travelDocument(record, d)),
    contacts: [
      ...record.phones.map((value): UmfContact => ({ type: 'phone', value })),
      ...record.otherIdentifiers.map((i): UmfContact => ({ type: CONTACT_TYPE[i.kind], value: i.value })),
    ],
    roles: [...record.roles],
    events: record.events.map((e) => event(e, owner)),
    cases: record.cases.map((c) => ({
      reference: c.reference,
      role: c.role,
      status: c.status,
      exploitationTypes: [...c.exploitationTypes],
      offences: [...c.offences],
    })),
    handling: { code: record.handling.code, releasableTo: record.handling.releasableTo.map(alpha2) },
    lastModified: record.updatedAt,
  };
}
