import { transliterate } from '../../kit/mapping/names';
import type { ScenarioName, ScenarioRecord } from '../../scenario/model';
import type { CnpPerson } from './cnp-person';
import { cnpDate, cnpDateTime, cnpTimestamp, khmerDigits } from './dates';
import { cnpLocation } from './provinces';
import { CHARGE, CONTACT_TYPE, DOC_STATUS, DOC_TYPE, EVENT_TYPE, GENDER, PERSON_TYPE, exploitationWord, stageWord } from './vocabulary';

const KHMER = /\p{Script=Khmer}/u;

/** Cultures whose passports put the family name first when the name is read out whole. */
const FAMILY_FIRST = new Set(['KHM', 'VNM', 'CHN', 'KOR', 'JPN', 'HUN', 'MNG', 'TWN']);

const joined = (parts: (string | undefined)[]) => parts.filter(Boolean).join(' ');

/**
 * The name as a CNP officer files it. A Cambodian name in Khmer script, with the identity card's
 * Latin form, both surname first (a zero-width space between the Khmer words, as Khmer keyboards
 * insert it). A foreigner's name in Latin only, in capitals without diacritics, read out the way
 * their passport reads.
 */
function cnpName(name: ScenarioName, nationality: string | undefined): Pick<CnpPerson, 'name_km' | 'name_latin'> {
  const khmer = name.nativeScript && KHMER.test(name.nativeScript) ? name.nativeScript : null;
  const familyFirst = khmer !== null || FAMILY_FIRST.has(nationality ?? '');
  const latin = familyFirst
    ? joined([name.family, name.middle, name.given, name.patronymic])
    : joined([name.given, name.middle, name.family, name.patronymic]);
  return {
    name_km: khmer && khmer.replace(/ /g, '\u200B '),
    name_latin: transliterate(latin).toUpperCase() || null,
  };
}

/** A scenario record as the CNP's records system would publish it. Pure: same record, same JSON. */
export function renderCnpPerson(record: ScenarioRecord): CnpPerson {
  const name = cnpName(record.name, record.nationalities[0]);
  const birth = record.birth && cnpDate(record.birth);
  return {
    person_no: record.localId,
    agency: record.agency,
    ...name,
    gender: GENDER[record.sex],
    // Cambodians' birth dates are copied off the Khmer side of the identity card.
    date_of_birth: birth && (name.name_km ? khmerDigits(birth) : birth),
    nationality: [...record.nationalities],
    documents: record.documents.map((d) => ({
      doc_type: DOC_TYPE[d.type],
      doc_no: d.number,
      issued_by: d.issuingCountry,
      expiry_date: d.expiry ? cnpDate(d.expiry) : null,
      doc_status: DOC_STATUS[d.status],
    })),
    phones: [...record.phones],
    contacts: record.otherIdentifiers.map((i) => ({ type: CONTACT_TYPE[i.kind], value: i.value })),
    person_type: record.roles.map((r) => PERSON_TYPE[r]),
    events: record.events.map((e) => ({
      event_type: EVENT_TYPE[e.type],
      event_date: cnpDateTime(e.when),
      location: cnpLocation(e),
      operation: e.operation ?? null,
      remarks: e.summary,
    })),
    cases: record.cases.map((c) => ({
      case_no: c.reference,
      person_type: PERSON_TYPE[c.role],
      stage: stageWord(c.status),
      exploitation: c.exploitationTypes.map(exploitationWord),
      charges: c.offences.map((o) => ({ ...CHARGE[o] })),
    })),
    handling_code: record.handling.code,
    release_to: [...record.handling.releasableTo],
    updated_at: cnpTimestamp(record.updatedAt),
  };
}
