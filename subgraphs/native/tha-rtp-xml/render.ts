import { XMLBuilder } from 'fast-xml-parser';
import { BUDDHIST_ERA_OFFSET } from '../../kit/mapping/dates';
import { toAlpha2 } from '../../kit/mapping/countries';
import type { ScenarioDate, ScenarioDocument, ScenarioEvent, ScenarioRecord } from '../../scenario/model';
import { passportMrz } from '../passport-mrz/write-td3';
import { CONTACT_CODES, DOCUMENT_STATUS_CODES, EVENT_CODES, OFFENCE_CODES, ROLE_CODES, SEX_CODES } from './codes';

/** One `<Person>` as an object for XMLBuilder: `@` keys are attributes, `#text` the element's text. */
export type PersonNode = Record<string, unknown>;

// The builder escapes & < > " ' in text and attributes (processEntities), so synthetic free text
// such as summaries can never break the document or smuggle markup into it.
const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  format: true,
  suppressEmptyNode: true,
});

const DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';
const THAI_SCRIPT = /\p{Script=Thai}/u;
const BANGKOK_OFFSET_MS = 7 * 60 * 60 * 1000;
const pad2 = (n: number | undefined) => String(n ?? 0).padStart(2, '0');

/**
 * A Buddhist Era date as the agencies type it: `DD/MM/BBBB`, `00` for an unknown day or month, and
 * ` HH:mm` in Thai local time when the time is known. The Immigration Bureau writes a bare year
 * (`2541`) when only the year is known; the police write `00/00/2541`.
 */
export function buddhistDate(d: ScenarioDate, bareYear: boolean): string {
  const year = d.year + BUDDHIST_ERA_OFFSET;
  if (bareYear && d.month === undefined) return String(year);
  const date = `${pad2(d.day)}/${pad2(d.month)}/${year}`;
  return d.hour === undefined ? date : `${date} ${pad2(d.hour)}:${pad2(d.minute)}`;
}

/** The system stores modification times in Thai local time with their offset, not in UTC. */
function bangkokIso(utc: string): string {
  const local = new Date(Date.parse(utc) + BANGKOK_OFFSET_MS).toISOString();
  return `${local.slice(0, 19)}+07:00`;
}

/**
 * `<Passport>` or `<IdCard>`. The Immigration Bureau scans passports at the counter, so its
 * `<Passport>` also carries the machine-readable zone the reader saw, one `<Line>` per MRZ line;
 * the number in `no` is still what the officer typed.
 */
function documentNode(r: ScenarioRecord, d: ScenarioDocument): PersonNode {
  const mrz = r.agency === 'TIB' ? passportMrz(r, d) : null;
  return {
    '@no': d.number,
    '@country': toAlpha2(d.issuingCountry) ?? d.issuingCountry,
    '@expiry': d.expiry ? buddhistDate(d.expiry, false) : undefined,
    '@status': DOCUMENT_STATUS_CODES[d.status],
    Mrz: mrz ? { Line: mrz } : undefined,
  };
}

function eventNode(e: ScenarioEvent): PersonNode {
  return {
    '#text': e.summary,
    '@type': EVENT_CODES[e.type],
    '@date': buddhistDate(e.when, false),
    '@province': e.locality,
    '@country': e.country,
    '@facility': e.facility,
    '@operation': e.operation,
  };
}

/** A scenario record the way the Royal Thai Police / Immigration Bureau system writes it. */
export function renderPerson(r: ScenarioRecord): PersonNode {
  const immigration = r.agency === 'TIB';
  const given = [r.name.given, r.name.middle].filter(Boolean).join(' ');
  // `<Name lang="th">` holds Thai script only. A foreigner's name in another script (Han, Khmer,
  // Arabic, …) is not kept: the agencies record foreigners by their passport's Latin name alone.
  const thai = r.name.nativeScript && THAI_SCRIPT.test(r.name.nativeScript) ? r.name.nativeScript : undefined;
  return {
    '@refNo': r.localId,
    '@agency': r.agency,
    Name: thai ? { '#text': thai, '@lang': 'th' } : undefined,
    // Romanised parts are copied from the passport, in its upper case.
    NameEn: { Surname: (r.name.family ?? r.name.patronymic ?? '').toUpperCase() || undefined, GivenNames: given.toUpperCase() || undefined },
    Gender: SEX_CODES[immigration ? 'passport' : 'thai'][r.sex],
    BirthDate: r.birth ? buddhistDate(r.birth, immigration) : undefined,
    Nationality: r.nationalities.map((n) => (immigration ? (toAlpha2(n) ?? n) : n)),
    Passport: r.documents.filter((d) => d.type === 'PASSPORT').map((d) => documentNode(r, d)),
    IdCard: r.documents.filter((d) => d.type === 'NATIONAL_ID').map((d) => documentNode(r, d)),
    Phone: r.phones,
    Contact: r.otherIdentifiers.map((i) => ({ '#text': i.value, '@type': CONTACT_CODES[i.kind] })),
    Role: r.roles.map((role) => ROLE_CODES[role]),
    Event: r.events.map(eventNode),
    Case: r.cases.map((c) => ({
      '@ref': c.reference,
      '@status': c.status,
      '@role': ROLE_CODES[c.role],
      Exploitation: c.exploitationTypes,
      Offence: c.offences.map((o) => ({ '@code': OFFENCE_CODES[o].code, '#text': OFFENCE_CODES[o].title })),
    })),
    Handling: { '@code': r.handling.code, ReleasableTo: r.handling.releasableTo },
    LastModified: bangkokIso(r.updatedAt),
  };
}

export interface PageAttributes {
  page?: number;
  pages?: number;
  total: number;
}

/** A `<PersonRecords>` document: a page of the listing, or the found records of a lookup. */
export function renderPersonRecords(persons: readonly PersonNode[], { page, pages, total }: PageAttributes): string {
  const root = { '@page': page?.toString(), '@pages': pages?.toString(), '@total': String(total), Person: persons };
  return DECLARATION + builder.build({ PersonRecords: root });
}

/** The system's error document: `<Error code="BAD_REQUEST">why</Error>`. */
export function renderError(code: string, message: string): string {
  return DECLARATION + builder.build({ Error: { '@code': code, '#text': message } });
}

/** The health document answered on `/healthz`. */
export function renderHealth(total: number): string {
  return DECLARATION + builder.build({ Health: { '@status': 'ok', '@records': String(total) } });
}
