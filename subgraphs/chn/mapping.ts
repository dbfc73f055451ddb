import type { Jurisdiction } from '../../schema/registry/registry';
import { normaliseIdentifier } from '../kit/identifiers/normalise';
import { normaliseDocumentNumber } from '../kit/mapping/documents';
import { MappingError } from '../kit/mapping/mapping-error';
import { toE164 } from '../kit/mapping/phones';
import { recordId, type Identifier, type IdentifierKind, type PersonRecord, type RecordEvent, type TravelDocument } from '../kit/record/person-record';
import { gbtCountry } from './countries';
import { parseMpsDate, parseMpsDateTime, parseUpdateTime } from './native-dates';
import { readNativePerson, type NativePerson } from './native-record';
import { offenceOf } from './offences';
import { chnName } from './person-name';
import {
  CASE_STATUSES,
  DOCUMENT_STATUSES,
  DOCUMENT_TYPES,
  EVENT_TYPES,
  EXPLOITATION_TYPES,
  HANDLING,
  OTHER_IDENTIFIERS,
  ROLES,
  SEXES,
  decode,
  decodeOpen,
} from './vocabulary';

const unique = <T>(items: T[]): T[] => [...new Set(items)];

function document(field: string, d: NativePerson['zjxx'][number]): TravelDocument {
  const type = decode(`${field}.zjlx`, DOCUMENT_TYPES, d.zjlx);
  const number = normaliseDocumentNumber(d.zjhm);
  if (!number) throw new MappingError(`${field}.zjhm`, d.zjhm, 'not a document number');
  return {
    type,
    number,
    rawNumber: d.zjhm,
    // A 居民身份证 (code 111) is issued by the PRC alone, so clerks leave 签发国家 empty on it.
    issuingCountry: d.qfgj ? gbtCountry(`${field}.qfgj`, d.qfgj) : d.zjlx.trim() === '111' ? 'CHN' : null,
    expiry: d.yxqz ? parseMpsDate(`${field}.yxqz`, d.yxqz) : null,
    status: d.zjzt ? decode(`${field}.zjzt`, DOCUMENT_STATUSES, d.zjzt) : 'UNKNOWN',
  };
}

function identifiers(p: NativePerson, home: string): Identifier[] {
  // A value that does not normalise (a truncated number) is still what the agency holds: it is
  // served as recorded, and the index simply cannot match on it.
  const normalise = (kind: IdentifierKind, raw: string): Identifier => {
    let value = raw.trim();
    try {
      value = kind === 'PHONE' ? (toE164(raw, home) ?? value) : normaliseIdentifier({ kind, value: raw }, home).value;
    } catch {
      // kept as recorded, see above
    }
    return { kind, value, raw };
  };
  const all = [
    ...p.lxdh.map((raw) => normalise('PHONE', raw)),
    ...p.qtbs.map((o, i) => normalise(decode(`qtbs[${i}].bslx`, OTHER_IDENTIFIERS, o.bslx), o.bsz)),
  ].filter((id) => id.value !== '');
  const first = new Map<string, Identifier>();
  for (const id of all) if (!first.has(`${id.kind}|${id.value}`)) first.set(`${id.kind}|${id.value}`, id);
  return [...first.values()];
}

function event(e: NativePerson['sjjl'][number], i: number, timeZone: string): RecordEvent {
  const field = `sjjl[${i}]`;
  const country = e.fsdgj ? gbtCountry(`${field}.fsdgj`, e.fsdgj) : null;
  return {
    type: decode(`${field}.sjlx`, EVENT_TYPES, e.sjlx),
    when: e.fssj ? parseMpsDateTime(`${field}.fssj`, e.fssj, timeZone) : null,
    where: country || e.fsdd || e.csmc ? { country, locality: e.fsdd, facility: e.csmc } : null,
    operation: e.xddh,
    summary: e.jyqk,
  };
}

/** One MPS person record as a CHN PersonRecord. Throws MappingError naming the native field. */
export function mapChnRecord(raw: unknown, jurisdiction: Jurisdiction): PersonRecord {
  const p = readNativePerson(raw);
  if (!jurisdiction.agencies.includes(p.jgdm)) throw new MappingError('jgdm', p.jgdm, `not an agency of ${jurisdiction.code}`);
  return {
    id: recordId(jurisdiction.code, p.jgdm, p.rybh),
    jurisdiction: jurisdiction.code,
    agency: p.jgdm,
    roles: unique(p.rysf.map((r, i) => decode(`rysf[${i}]`, ROLES, r))),
    names: [chnName(p)],
    sex: p.xb ? decode('xb', SEXES, p.xb) : 'UNKNOWN',
    dateOfBirth: p.csrq ? parseMpsDate('csrq', p.csrq) : null,
    nationalities: unique(p.gj.map((c, i) => gbtCountry(`gj[${i}]`, c))),
    documents: p.zjxx.map((d, i) => document(`zjxx[${i}]`, d)),
    identifiers: identifiers(p, jurisdiction.code),
    events: p.sjjl.map((e, i) => event(e, i, jurisdiction.timeZone)),
    cases: p.ajxx.map((c, i) => ({
      reference: c.ajbh,
      role: c.rysf ? decode(`ajxx[${i}].rysf`, ROLES, c.rysf) : null,
      status: c.ajzt && decodeOpen(`ajxx[${i}].ajzt`, CASE_STATUSES, c.ajzt),
      exploitationTypes: unique(c.bqxs.map((x, j) => decodeOpen(`ajxx[${i}].bqxs[${j}]`, EXPLOITATION_TYPES, x))),
      offences: unique(c.sxzm.map((o, j) => offenceOf(`ajxx[${i}].sxzm[${j}].xftk`, o.xftk))),
    })),
    // Policy decisions hang on the handling code: one we do not know must not pass as permissive.
    handling: {
      code: p.gxxz ? decode('gxxz', HANDLING, p.gxxz) : null,
      releasableTo: unique(p.kgxgj.map((c, i) => gbtCountry(`kgxgj[${i}]`, c))),
      contact: jurisdiction.contact,
    },
    updatedAt: p.gxsj ? parseUpdateTime('gxsj', p.gxsj, jurisdiction.timeZone) : null,
  };
}

/**
 * A raw record, checked and mapped; an Error in place of a record that cannot be, so one bad
 * record never fails its batch or page. Errors other than MappingError are replaced: their
 * messages reach clients and may quote native data.
 */
export function mapOrError(raw: unknown, jurisdiction: Jurisdiction): PersonRecord | Error {
  try {
    return mapChnRecord(raw, jurisdiction);
  } catch (error) {
    return error instanceof MappingError ? error : new MappingError('record', undefined, 'could not be mapped');
  }
}
