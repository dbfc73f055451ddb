import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { toAlpha2 } from '../../kit/mapping/countries';
import type { ScenarioRecord } from '../../scenario/model';
import { noticeDate, noticeDay } from './dates';
import type { I247Notice, NoticeColour } from './i247-shapes';
import { CHARGE, DOCUMENT_TYPE, OTHER_IDENTIFIER, SEX_ID, exploitationWords } from './vocabulary';

/** What the General Secretariat decided about the request; the person comes from the record. */
export interface NoticeHeader {
  notice_id: string;
  kind: I247Notice['kind'];
  colour: NoticeColour;
  state: string;
}

// Notices carry alpha-2 codes; the scenario speaks alpha-3.
const alpha2 = (alpha3: string): string => toAlpha2(alpha3) ?? alpha3;
const unique = <T>(items: T[]): T[] => [...new Set(items)];

/**
 * Member countries send numbers in international form: INTERPOL has no "national" format of its
 * own. A number the requesting country holds only in a form that does not parse is sent as held.
 */
function international(raw: string, requesting: string): string {
  const parsed = parsePhoneNumberFromString(raw.trim(), (toAlpha2(requesting) ?? undefined) as CountryCode | undefined);
  return parsed?.isValid() ? parsed.formatInternational() : raw;
}

/** Forename and name the way a notice writes them: family name in capitals, mononyms in `name`. */
function noticeName(record: ScenarioRecord): Pick<I247Notice, 'forename' | 'name' | 'name_in_original_script'> {
  const { given, middle, family, patronymic, nativeScript } = record.name;
  const surname = family ?? patronymic;
  return {
    forename: surname ? [given, middle].filter(Boolean).join(' ') : null,
    name: (surname ?? given).toLocaleUpperCase('en'),
    name_in_original_script: nativeScript ?? null,
  };
}

/**
 * A scenario record as the notice (or diffusion) its jurisdiction would have asked INTERPOL for.
 * Pure: same record and header, same JSON. The identifiers are the record's own, so a trace that
 * finds the national record finds the notice too.
 */
export function renderNotice(record: ScenarioRecord, header: NoticeHeader): I247Notice {
  const requesting = alpha2(record.jurisdiction);
  const offences = unique(record.cases.flatMap((c) => c.offences));
  const warrants = header.colour === 'RED' ? unique(record.cases.filter((c) => c.role === 'SUSPECT' || c.role === 'FACILITATOR').flatMap((c) => c.offences)) : [];
  return {
    ...header,
    requesting_country: requesting,
    ...noticeName(record),
    sex_id: SEX_ID[record.sex],
    date_of_birth: record.birth ? noticeDate(record.birth) : null,
    nationalities: record.nationalities.map(alpha2),
    travel_documents: record.documents.map((d) => ({
      document_type: DOCUMENT_TYPE[d.type],
      document_number: d.number,
      issuing_country: alpha2(d.issuingCountry),
      expiry_date: d.expiry ? noticeDate(d.expiry) : null,
    })),
    telephones: record.phones.map((p) => international(p, record.jurisdiction)),
    emails: record.otherIdentifiers.filter((i) => i.kind === 'EMAIL').map((i) => i.value),
    other_identifiers: record.otherIdentifiers.flatMap((i) => (i.kind === 'EMAIL' ? [] : [{ type: OTHER_IDENTIFIER[i.kind], value: i.value }])),
    arrest_warrants: warrants.map((o) => ({ charge: CHARGE[o], issuing_country: requesting })),
    crime_areas: offences.map((o) => CHARGE[o]),
    exploitation: unique(record.cases.flatMap((c) => c.exploitationTypes)).map(exploitationWords),
    victim_identified: header.colour === 'YELLOW' ? record.roles.includes('VICTIM') : null,
    handling_code: record.handling.code,
    disseminated_to: record.handling.releasableTo.map(alpha2),
    publication_date: noticeDay(record.updatedAt),
    last_updated: record.updatedAt,
  };
}
