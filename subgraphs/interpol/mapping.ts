import type { Jurisdiction } from '../../schema/registry/registry';
import { normaliseIdentifier } from '../kit/identifiers/normalise';
import { countryField } from '../kit/mapping/countries';
import { normaliseDocumentNumber } from '../kit/mapping/documents';
import { MappingError } from '../kit/mapping/mapping-error';
import { personName } from '../kit/mapping/names';
import { toE164 } from '../kit/mapping/phones';
import type { Identifier, IdentifierKind, PersonName, PersonRole, TravelDocument } from '../kit/record/person-record';
import { recordId } from '../kit/record/person-record';
import type { InterpolRecord } from './interpol-record';
import { parseNoticeDate } from './native-dates';
import { readNativeNotice, type NativeNotice } from './native-notice';
import {
  COLOUR_ROLES, DOCUMENT_TYPES, NOTICE_COLOURS, NOTICE_KINDS, NOTICE_STATES, OFFENCES, OTHER_IDENTIFIERS, SEXES,
  exploitationCode, word, type NoticeColour,
} from './vocabulary';

const unique = <T>(items: T[]): T[] => [...new Set(items)];

function lookup<T>(table: ReadonlyMap<string, T>, field: string, raw: string, key = raw.trim().toUpperCase()): T {
  const found = table.get(key);
  if (found === undefined) throw new MappingError(field, raw, 'not a code of the I-24/7 vocabulary');
  return found;
}

function colourOf(raw: string): NoticeColour {
  const colour = NOTICE_COLOURS.find((c) => c === raw.trim().toUpperCase());
  if (!colour) throw new MappingError('colour', raw, 'not a notice colour');
  return colour;
}

function roles(n: NativeNotice, colour: NoticeColour): PersonRole[] {
  const implied = COLOUR_ROLES.get(colour) ?? [];
  // The requesting country's identification of a missing person as a victim outranks "potential".
  return colour === 'YELLOW' && n.victim_identified ? ['VICTIM'] : [...implied];
}

/**
 * The name as the notice gives it. INTERPOL writes family names in capitals and keeps them so
 * (re-casing is lossy); a notice without a forename is a mononym, with no family/given split. A
 * name in the person's own script is the recorded name, with the Latin one as its romanisation.
 */
function names(n: NativeNotice): PersonName[] {
  const latin = n.forename ? personName({ given: n.forename, family: n.name }) : personName({ full: n.name });
  const name = n.name_in_original_script
    ? personName({ full: n.name_in_original_script, romanised: latin?.full, given: latin?.given, family: latin?.family })
    : latin;
  if (!name) throw new MappingError('name', undefined, 'no name given (neither name nor name_in_original_script)');
  return [name];
}

function documents(n: NativeNotice): TravelDocument[] {
  return n.travel_documents.map((d, i) => {
    const field = `travel_documents[${i}]`;
    const number = normaliseDocumentNumber(d.document_number);
    if (!number) throw new MappingError(`${field}.document_number`, d.document_number, 'not a document number');
    return {
      type: lookup(DOCUMENT_TYPES, `${field}.document_type`, d.document_type),
      number,
      rawNumber: d.document_number,
      issuingCountry: d.issuing_country && countryField(`${field}.issuing_country`, d.issuing_country),
      expiry: d.expiry_date ? parseNoticeDate(`${field}.expiry_date`, d.expiry_date) : null,
      // A notice does not vouch for a document; its SLTD status is `TravelDocument.sltd`.
      status: 'UNKNOWN' as const,
    };
  });
}

function identifiers(n: NativeNotice, requesting: string): Identifier[] {
  // Numbers come in international form; a national one is read as the requesting country's. A
  // value that does not normalise is still what INTERPOL holds: served as recorded.
  const normalise = (kind: IdentifierKind, raw: string): Identifier => {
    let value = raw.trim();
    if (kind === 'PHONE') value = toE164(raw, requesting) ?? value;
    else {
      try {
        value = normaliseIdentifier({ kind, value: raw }).value;
      } catch {
        // kept as recorded, see above
      }
    }
    return { kind, value, raw };
  };
  const all = [
    ...n.telephones.map((raw) => normalise('PHONE', raw)),
    ...n.emails.map((raw) => normalise('EMAIL', raw)),
    ...n.other_identifiers.map((o, i) => normalise(lookup(OTHER_IDENTIFIERS, `other_identifiers[${i}].type`, o.type), o.value)),
  ].filter((id) => id.value !== '');
  const first = new Map<string, Identifier>();
  for (const id of all) if (!first.has(`${id.kind}|${id.value}`)) first.set(`${id.kind}|${id.value}`, id);
  return [...first.values()];
}

function offences(n: NativeNotice): string[] {
  // Counted like every jurisdiction's offences: a wording we cannot name fails the notice.
  const charge = (field: string, raw: string) => lookup(OFFENCES, field, raw, word(raw));
  return unique([
    ...n.arrest_warrants.map((w, i) => charge(`arrest_warrants[${i}].charge`, w.charge)),
    ...n.crime_areas.map((c, i) => charge(`crime_areas[${i}]`, c)),
  ]);
}

function updatedAt(raw: string | null): string | null {
  if (raw === null) return null;
  const time = /^\d{4}-\d{2}-\d{2}T/.test(raw) ? Date.parse(raw) : NaN;
  if (Number.isNaN(time)) throw new MappingError('last_updated', raw, 'not an ISO 8601 date-time');
  return new Date(time).toISOString();
}

/** One I-24/7 notice or diffusion as an INTERPOL PersonRecord. Throws MappingError naming the native field. */
export function mapInterpolNotice(raw: unknown, jurisdiction: Jurisdiction): InterpolRecord {
  const n = readNativeNotice(raw);
  const [agency] = jurisdiction.agencies as [string];
  const colour = colourOf(n.colour);
  const requesting = countryField('requesting_country', n.requesting_country);
  // Policy decisions hang on the handling code: one we do not know must not pass as permissive.
  if (n.handling_code !== null && !/^H[0-3]$/.test(n.handling_code)) throw new MappingError('handling_code', n.handling_code, 'not H0 to H3');
  const personRoles = roles(n, colour);
  return {
    id: recordId(jurisdiction.code, agency, n.notice_id),
    jurisdiction: jurisdiction.code,
    agency,
    roles: personRoles,
    names: names(n),
    sex: n.sex_id ? lookup(SEXES, 'sex_id', n.sex_id) : 'UNKNOWN',
    dateOfBirth: n.date_of_birth ? parseNoticeDate('date_of_birth', n.date_of_birth) : null,
    nationalities: unique(n.nationalities.map((c, i) => countryField(`nationalities[${i}]`, c))),
    documents: documents(n),
    identifiers: identifiers(n, requesting),
    events: [],
    cases: [
      {
        reference: n.notice_id,
        role: personRoles[0] ?? null,
        status: lookup(NOTICE_STATES, 'state', n.state),
        exploitationTypes: unique(n.exploitation.map(exploitationCode)),
        offences: offences(n),
      },
    ],
    handling: { code: n.handling_code, releasableTo: unique(n.disseminated_to.map((c, i) => countryField(`disseminated_to[${i}]`, c))), contact: jurisdiction.contact },
    updatedAt: updatedAt(n.last_updated),
    notice: {
      reference: n.notice_id,
      kind: lookup(NOTICE_KINDS, 'kind', n.kind),
      colour,
      requestingCountry: requesting,
      publishedOn: n.publication_date ? parseNoticeDate('publication_date', n.publication_date) : null,
    },
  };
}
