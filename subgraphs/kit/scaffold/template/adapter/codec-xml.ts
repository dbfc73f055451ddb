// How the agency's system writes a list of records: XML, `<records><record>…</record></records>`.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { NativeSourceError } from '../../../native/native-source-error';

export const MEDIA_TYPE = 'application/xml';

/** Elements that repeat: always read as lists, even when there is one (or none). */
const LISTS = new Set([
  'records.record',
  'records.record.aliases',
  'records.record.nationalities',
  'records.record.documents',
  'records.record.phones',
  'records.record.other_identifiers',
  'records.record.roles',
  'records.record.events',
  'records.record.cases',
  'records.record.cases.exploitation_types',
  'records.record.cases.offences',
  'records.record.releasable_to',
]);

const parser = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  trimValues: true,
  processEntities: false,
  isArray: (_name, jpath) => LISTS.has(String(jpath)),
});

/** The records of one answer, each left `unknown`: one bad record is that record's problem. */
export function decodeRecords(body: string): unknown[] {
  // A DOCTYPE could declare entities: an agency answer never needs one.
  if (/<!DOCTYPE|<!ENTITY/i.test(body) || XMLValidator.validate(body) !== true) throw new NativeSourceError('native source answered with a body that is not the expected XML');
  const doc = parser.parse(body) as { records?: { record?: unknown[] } | '' };
  if (doc.records === undefined) throw new NativeSourceError('native source answered XML of an unexpected shape');
  return doc.records === '' ? [] : (doc.records.record ?? []);
}
