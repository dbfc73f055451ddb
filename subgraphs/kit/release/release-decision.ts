import type { RequesterContext } from '../context/requester-context';
import type { PersonRecord } from '../record/person-record';
import { IDENTITY_FIELDS, WITHHOLDABLE_FIELDS, type WithholdableField } from './release-fields';

export type ReleaseStatus = 'RELEASED' | 'PARTIAL' | 'WITHHELD';

/** The owner's decision for one record and one requester (the shared schema's `Release`). */
export interface ReleaseDecision {
  readonly status: ReleaseStatus;
  /** `originator:<rule>` that withheld something, or null when all was released. */
  readonly rule: string | null;
  readonly reason: string | null;
  readonly withheldFields: readonly WithholdableField[];
  /** Conditions attached to what was released, from the handling code. */
  readonly conditions: readonly string[];
  readonly contact: string | null;
}

/** The requester attributes release rules read (the gateway-signed context). */
export type ReleaseRequester = Pick<RequesterContext, 'country' | 'roles' | 'purpose'>;

const CONDITIONS: Readonly<Record<string, string>> = {
  H0: 'police use only',
  H1: 'not for use in court without the owner’s consent',
  H2: 'no onward sharing without the owner’s consent',
  H3: 'owner-specified restrictions: ask the owner before any use',
};

const VICTIM_ROLES = new Set(['VICTIM', 'POTENTIAL_VICTIM']);

function decision(record: PersonRecord, status: ReleaseStatus, rule: string | null, reason: string | null, withheld: readonly WithholdableField[]): ReleaseDecision {
  const code = record.handling?.code ?? null;
  const conditions = status !== 'WITHHELD' && code && CONDITIONS[code] ? [CONDITIONS[code]] : [];
  return Object.freeze({ status, rule, reason, withheldFields: withheld, conditions, contact: record.handling?.contact ?? null });
}

/**
 * Originator control (SPEC §5, layer 2): what the owning jurisdiction releases of one of its
 * records to this requester. Rules, in order — the first that withholds everything decides:
 *
 * 1. No declared purpose: nothing personal (the gateway's field labels say so too; this holds
 *    even for a caller that reached the subgraph some other way with a valid context).
 * 2. A foreign requester outside the record's releasability list, when the owner set one.
 * 3. H3 (owner-specified restrictions) with no list: only the owner's own officers.
 * 4. H0 (police use only): only investigators.
 * 5. No handling code on the record: foreign requesters get nothing (fail closed).
 * Then victim protection withholds the identity, leaving the casework:
 * 6. A victim's identity only to victim support, or to investigators (who have a purpose by 1).
 * 7. Never to the country the victim fled from (a nationality) unless the owner listed it.
 */
export function decideRelease(record: PersonRecord, requester: ReleaseRequester): ReleaseDecision {
  const owner = record.jurisdiction;
  const own = requester.country === owner;
  const code = record.handling?.code ?? null;
  const listed = record.handling?.releasableTo ?? [];
  const all = WITHHOLDABLE_FIELDS;

  if (!requester.purpose) {
    return decision(record, 'WITHHELD', 'originator:purpose', 'personal data is released only for a declared purpose (X-Purpose)', all);
  }
  if (!own && listed.length > 0 && !listed.includes(requester.country)) {
    return decision(record, 'WITHHELD', 'originator:releasability', `${owner} releases this record only to ${listed.join(', ')}`, all);
  }
  if (!own && code === 'H3' && listed.length === 0) {
    return decision(record, 'WITHHELD', 'originator:H3', `${owner} restricts this record (H3); ask its contact point`, all);
  }
  if (code === 'H0' && !requester.roles.includes('INVESTIGATOR')) {
    return decision(record, 'WITHHELD', 'originator:H0', 'police use only (H0): released to investigators', all);
  }
  if (!own && code === null && !listed.includes(requester.country)) {
    return decision(record, 'WITHHELD', 'originator:no-handling', `${owner} set no handling code on this record, so it is not released abroad`, all);
  }

  if (record.roles.some((r) => VICTIM_ROLES.has(r))) {
    if (!requester.roles.includes('VICTIM_SUPPORT') && !requester.roles.includes('INVESTIGATOR')) {
      return decision(record, 'PARTIAL', 'originator:victim-identity', 'a victim’s identity is released only to victim support or to investigators with a purpose', IDENTITY_FIELDS);
    }
    if (!own && record.nationalities.includes(requester.country) && !listed.includes(requester.country)) {
      return decision(record, 'PARTIAL', 'originator:victim-origin', `a victim’s identity is not released to ${requester.country}, a country of nationality, without ${owner}’s explicit release`, IDENTITY_FIELDS);
    }
  }
  return decision(record, 'RELEASED', null, null, []);
}
