import type { Jurisdiction } from '../../schema/registry/registry';
import { normaliseDocumentNumber } from '../kit/mapping/documents';
import { MappingError } from '../kit/mapping/mapping-error';
import { mrzDocumentNumber } from '../kit/mapping/mrz';
import type { PersonRecord, RecordEvent, TravelDocument } from '../kit/record/person-record';
import { eventDate, instant, partialIsoDate } from './dates';
import { UMF_AGENCY, umfRecordId } from './global-id';
import { umfIdentifiers } from './identifiers';
import { umfNames } from './names';
import { readUmfPerson, type UmfPerson } from './umf-person';
import { DOCUMENT_TYPES, SEXES } from './vocabulary';

const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];

function documents(p: UmfPerson): TravelDocument[] {
  return p.travelDocuments.map((d, i) => {
    // A scanned MRZ is checked against the typed number and, when both agree, is the number served.
    const number = d.mrz.length > 0 ? mrzDocumentNumber(`travelDocuments[${i}].mrz`, d.mrz, d.documentNumber) : normaliseDocumentNumber(d.documentNumber);
    if (!number) throw new MappingError(`travelDocuments[${i}].documentNumber`, d.documentNumber, 'not a document number');
    return {
      type: DOCUMENT_TYPES[d.documentType],
      number,
      rawNumber: d.documentNumber,
      issuingCountry: d.issuingCountry ?? null,
      expiry: d.expiryDate ? partialIsoDate(`travelDocuments[${i}].expiryDate`, d.expiryDate) : null,
      status: d.status ?? 'UNKNOWN',
    };
  });
}

function events(p: UmfPerson, timeZone: string): RecordEvent[] {
  return p.events.map((e, i) => {
    const place = e.place;
    return {
      type: e.type,
      when: e.dateTime ? eventDate(`events[${i}].dateTime`, e.dateTime, timeZone) : null,
      where: place && (place.country || place.locality || place.facility) ? { country: place.country ?? null, locality: place.locality, facility: place.facility } : null,
      operation: e.operationCode,
      summary: e.summary,
    };
  });
}

/**
 * One person entity of the standard format as a PersonRecord of `jurisdiction`, the sender. Codes
 * are checked against the standard's lists when the entity is read (umf-person.ts); here they are
 * translated. Throws MappingError naming the field.
 */
export function mapUmfPerson(raw: unknown, jurisdiction: Jurisdiction): PersonRecord {
  const p = readUmfPerson(raw);
  return {
    id: umfRecordId(jurisdiction.code, p.personId),
    jurisdiction: jurisdiction.code,
    agency: UMF_AGENCY,
    roles: unique(p.roles),
    names: umfNames(p.names),
    sex: p.sex ? SEXES[p.sex] : 'UNKNOWN',
    dateOfBirth: p.dateOfBirth ? partialIsoDate('dateOfBirth', p.dateOfBirth) : null,
    nationalities: unique(p.nationalities),
    documents: documents(p),
    identifiers: umfIdentifiers(p, jurisdiction.code),
    events: events(p, jurisdiction.timeZone),
    cases: p.cases.map((c) => ({
      reference: c.reference,
      role: c.role ?? null,
      // Free text in the schema: a status the standard does not list passes through in its code form.
      status: c.status && c.status.toUpperCase().replace(/[\s-]+/g, '_'),
      exploitationTypes: unique(c.exploitationTypes),
      offences: unique(c.offences),
    })),
    handling: { code: p.handling?.code ?? null, releasableTo: unique(p.handling?.releasableTo ?? []), contact: jurisdiction.contact },
    updatedAt: p.lastModified ? instant('lastModified', p.lastModified, jurisdiction.timeZone) : null,
  };
}

/** mapUmfPerson, with a failure as the Error for the record's slot. */
export function mapOrError(raw: unknown, jurisdiction: Jurisdiction): PersonRecord | Error {
  try {
    return mapUmfPerson(raw, jurisdiction);
  } catch (error) {
    return error instanceof Error ? error : new Error('record could not be mapped');
  }
}
