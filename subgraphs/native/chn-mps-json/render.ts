import { detectScript } from '../../kit/mapping/names';
import type { ScenarioCase, ScenarioDocument, ScenarioEvent, ScenarioRecord } from '../../scenario/model';
import { CRIMINAL_LAW } from './criminal-law';
import type { MpsCase, MpsDocument, MpsEvent, MpsPerson } from './mps-person';
import { beijingTime, gbtCode, mpsDate, mpsDateTime, passportName } from './native-values';
import { CASE_STATUS, DOCUMENT_STATUS, DOCUMENT_TYPE, EVENT_TYPE, EXPLOITATION, HANDLING, OTHER_IDENTIFIER, ROLE, SEX } from './vocabulary';

function document(d: ScenarioDocument): MpsDocument {
  const residentId = d.type === 'NATIONAL_ID' && d.issuingCountry === 'CHN';
  return {
    zjlx: d.type === 'PASSPORT' ? DOCUMENT_TYPE.PASSPORT : residentId ? DOCUMENT_TYPE.RESIDENT_ID : DOCUMENT_TYPE.FOREIGN_ID,
    zjhm: d.number,
    // Only the PRC issues a 居民身份证, so the form has no issuing country for one.
    qfgj: residentId ? null : gbtCode(d.issuingCountry),
    yxqz: d.expiry ? mpsDate(d.expiry) : null,
    zjzt: DOCUMENT_STATUS[d.status],
  };
}

function event(e: ScenarioEvent): MpsEvent {
  return {
    sjlx: EVENT_TYPE[e.type],
    fssj: mpsDateTime(e.when),
    fsdgj: gbtCode(e.country),
    fsdd: e.locality,
    csmc: e.facility ?? null,
    xddh: e.operation ?? null,
    jyqk: e.summary,
  };
}

function mpsCase(c: ScenarioCase): MpsCase {
  return {
    ajbh: c.reference,
    rysf: ROLE[c.role],
    // The system writes a status or form it has no word for as the shared code itself.
    ajzt: CASE_STATUS[c.status] ?? c.status,
    bqxs: c.exploitationTypes.map((x) => EXPLOITATION[x] ?? x),
    sxzm: c.offences.map((o) => CRIMINAL_LAW[o]),
  };
}

/**
 * The name fields. A Chinese citizen's record holds the Han name, plus the passport pinyin when
 * the record was made from the passport; a foreigner's holds the passport name in Latin letters,
 * plus the Chinese form of the name when the person has one (a Malaysian Chinese, say).
 */
function nameFields(record: ScenarioRecord): Pick<MpsPerson, 'xm' | 'xmpy' | 'wwx' | 'wwm'> {
  const script = record.name.nativeScript;
  const han = script && detectScript(script) === 'HAN' ? script : null;
  const latin = passportName(record.name, record.nationalities[0]);
  if (han && record.nationalities.includes('CHN')) {
    const fromPassport = record.documents.some((d) => d.type === 'PASSPORT');
    const pinyin = [latin.surname, latin.given].filter(Boolean).join(' ');
    return { xm: han, xmpy: fromPassport ? pinyin : null, wwx: null, wwm: null };
  }
  return { xm: han, xmpy: null, wwx: latin.surname, wwm: latin.given };
}

/** A scenario record as the MPS person-information interface would publish it. Pure: same record, same JSON. */
export function renderMpsPerson(record: ScenarioRecord): MpsPerson {
  return {
    rybh: record.localId,
    jgdm: record.agency,
    ...nameFields(record),
    xb: SEX[record.sex],
    csrq: record.birth ? mpsDate(record.birth) : null,
    gj: record.nationalities.map(gbtCode),
    zjxx: record.documents.map(document),
    lxdh: [...record.phones],
    qtbs: record.otherIdentifiers.map((i) => ({ bslx: OTHER_IDENTIFIER[i.kind], bsz: i.value })),
    rysf: record.roles.map((r) => ROLE[r]),
    sjjl: record.events.map(event),
    ajxx: record.cases.map(mpsCase),
    gxxz: HANDLING[record.handling.code],
    kgxgj: record.handling.releasableTo.map(gbtCode),
    gxsj: beijingTime(record.updatedAt),
  };
}
