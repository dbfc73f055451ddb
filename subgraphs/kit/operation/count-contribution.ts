import type { PersonRecord } from '../record/person-record';
import type { NativeAdapter } from '../subgraph/native-adapter';

/** One country's figures for one operation: what `OperationContribution` serves. */
export interface Contribution {
  id: string;
  country: string;
  victimsRescued: number;
  arrests: number;
  arrestsForTraffickingOrSmuggling: number;
  irregularMigrantsIdentified: number;
  skippedRecords: number;
}

const TRAFFICKING_OR_SMUGGLING = new Set(['TRAFFICKING_IN_PERSONS', 'MIGRANT_SMUGGLING']);

export const contributionId = (operation: string, country: string): string => `${operation}:${country}`;

/**
 * The counting rules, the same for every country so the sums mean one thing:
 * - victims rescued: records of victims or potential victims with a RESCUE event in the operation;
 * - arrests: records with an ARREST event in the operation; of those, for trafficking or
 *   smuggling when one of the person's cases has either offence;
 * - irregular migrants identified: records with that role and any event in the operation.
 * A person counts once per figure however many events the record holds.
 */
export function countRecords(records: Iterable<PersonRecord>, operation: string, country: string): Contribution {
  const c: Contribution = {
    id: contributionId(operation, country),
    country,
    victimsRescued: 0,
    arrests: 0,
    arrestsForTraffickingOrSmuggling: 0,
    irregularMigrantsIdentified: 0,
    skippedRecords: 0,
  };
  for (const r of records) {
    const inOperation = r.events.filter((e) => e.operation === operation);
    if (inOperation.length === 0) continue;
    const roles = new Set(r.roles);
    if ((roles.has('VICTIM') || roles.has('POTENTIAL_VICTIM')) && inOperation.some((e) => e.type === 'RESCUE')) c.victimsRescued++;
    if (inOperation.some((e) => e.type === 'ARREST')) {
      c.arrests++;
      if (r.cases.some((k) => k.offences.some((o) => TRAFFICKING_OR_SMUGGLING.has(o)))) c.arrestsForTraffickingOrSmuggling++;
    }
    if (roles.has('IRREGULAR_MIGRANT')) c.irregularMigrantsIdentified++;
  }
  return c;
}

/** Bounds a runaway cursor. */
const MAX_PAGES = 100_000;

/** Count a country's contribution from every record its native source holds, page by page. */
export async function countContribution(adapter: NativeAdapter, operation: string): Promise<Contribution> {
  const country = adapter.jurisdiction.code;
  const total = countRecords([], operation, country);
  let cursor: string | null = null;
  for (let page = 0; page < MAX_PAGES; page++) {
    const { records, next } = await adapter.fetchPage(cursor);
    const readable = records.filter((r): r is PersonRecord => !(r instanceof Error));
    const part = countRecords(readable, operation, country);
    total.victimsRescued += part.victimsRescued;
    total.arrests += part.arrests;
    total.arrestsForTraffickingOrSmuggling += part.arrestsForTraffickingOrSmuggling;
    total.irregularMigrantsIdentified += part.irregularMigrantsIdentified;
    total.skippedRecords += records.length - readable.length;
    cursor = next;
    if (cursor === null) break;
  }
  return total;
}
