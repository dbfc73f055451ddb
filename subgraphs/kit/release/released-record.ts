import { corridorError } from '../../../schema/errors';
import type { PersonRecord } from '../record/person-record';
import { decideRelease, type ReleaseDecision, type ReleaseRequester } from './release-decision';
import { WITHHOLDABLE_FIELDS } from './release-fields';

/** A record as this requester receives it: withheld fields removed, the decision attached. */
export type ReleasedRecord = Partial<PersonRecord> & Pick<PersonRecord, 'id' | 'jurisdiction' | 'agency' | 'handling'> & { release: ReleaseDecision };

/** Apply the owner's release decision: withheld values never leave the subgraph's memory for the answer. */
export function releaseRecord(record: PersonRecord, requester: ReleaseRequester): ReleasedRecord {
  const release = decideRelease(record, requester);
  const out: Record<string, unknown> = { ...record, release };
  for (const field of release.withheldFields) delete out[field];
  return out as ReleasedRecord;
}

/**
 * Field resolvers for the withholdable fields of a record type: a withheld field answers null with
 * a FORBIDDEN error that names the release rule, the record, its owner and the owner's contact
 * point, so the investigator sees what was withheld, by whom, and whom to ask.
 */
export function withheldFieldResolvers(): Record<string, (parent: ReleasedRecord) => unknown> {
  return Object.fromEntries(
    WITHHOLDABLE_FIELDS.map((field) => [
      field,
      (parent: ReleasedRecord) => {
        if (!parent.release.withheldFields.includes(field)) return parent[field];
        const { rule, reason, contact, status } = parent.release;
        throw corridorError('FORBIDDEN', `${parent.jurisdiction} withheld ${field} of ${parent.id}: ${reason}${contact ? `; contact ${contact}` : ''}`, {
          rule,
          release: status,
          jurisdiction: parent.jurisdiction,
          recordId: parent.id,
          contact,
        });
      },
    ]),
  );
}
