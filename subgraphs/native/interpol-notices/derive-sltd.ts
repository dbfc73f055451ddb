import type { PersonRole } from '../../kit/record/person-record';
import type { ScenarioDocument, ScenarioRecord } from '../../scenario/model';
import { compactNumber, documentKey } from './document-key';
import type { SltdEntry } from './i247-shapes';
import { fnv1a } from './notice-ids';
import { DOCUMENT_TYPE } from './vocabulary';

const REPORTED = new Set<ScenarioDocument['status']>(['STOLEN', 'LOST', 'REVOKED']);
const HOLDER_ROLES = new Set<PersonRole>(['VICTIM', 'POTENTIAL_VICTIM', 'IRREGULAR_MIGRANT']);
const OFFENDER_ROLES = new Set<PersonRole>(['SUSPECT', 'FACILITATOR']);

const isOffender = (r: ScenarioRecord) => r.roles.some((role) => OFFENDER_ROLES.has(role));
const keyOf = (d: ScenarioDocument) => documentKey(d.issuingCountry, d.number);

function entry(document: ScenarioDocument, status: string, reportingCountry: string): SltdEntry {
  // A date spread over 2024 by the document, so that it does not move when records are added.
  const spread = fnv1a(keyOf(document));
  const month = String(1 + (spread % 9)).padStart(2, '0');
  const day = String(1 + ((spread >>> 8) % 28)).padStart(2, '0');
  return {
    document_number: compactNumber(document.number),
    issuing_country: document.issuingCountry,
    document_type: DOCUMENT_TYPE[document.type],
    status,
    reporting_country: reportingCountry,
    date_reported: `2024-${month}-${day}`,
  };
}

/**
 * The SLTD database of the simulator, derived from the scenario (same scenario, same entries):
 *
 * 1. Every document a national record already calls STOLEN, LOST or REVOKED, reported by that
 *    jurisdiction: national systems feed SLTD.
 * 2. Passports confiscated from victims: traffickers keep their victims' passports, and the
 *    victim's own country reports them. For each jurisdiction (by code), the lowest-numbered
 *    passport it issued that one of its own records in a victim or migrant role holds is reported
 *    by it, alternately STOLEN and LOST. A passport that any suspect or facilitator record carries
 *    is never picked: the story recruiter (AA3318842, THA) travels on his, unflagged.
 */
export function deriveSltd(records: readonly ScenarioRecord[]): SltdEntry[] {
  const entries = new Map<string, SltdEntry>();
  for (const r of records) {
    for (const d of r.documents) if (REPORTED.has(d.status) && !entries.has(keyOf(d))) entries.set(keyOf(d), entry(d, d.status, r.jurisdiction));
  }

  const offenders = new Set(records.filter(isOffender).flatMap((r) => r.documents.map(keyOf)));
  const lowest = new Map<string, ScenarioDocument>();
  for (const r of records) {
    if (isOffender(r) || !r.roles.some((role) => HOLDER_ROLES.has(role))) continue;
    for (const d of r.documents) {
      if (d.type !== 'PASSPORT' || d.issuingCountry !== r.jurisdiction || offenders.has(keyOf(d)) || entries.has(keyOf(d))) continue;
      const best = lowest.get(r.jurisdiction);
      if (!best || compactNumber(d.number) < compactNumber(best.number)) lowest.set(r.jurisdiction, d);
    }
  }
  [...lowest.keys()].sort().forEach((jurisdiction, i) => {
    const d = lowest.get(jurisdiction)!;
    entries.set(keyOf(d), entry(d, i % 2 === 0 ? 'STOLEN' : 'LOST', jurisdiction));
  });
  return [...entries.values()];
}
