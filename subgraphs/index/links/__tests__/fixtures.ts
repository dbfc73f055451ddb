// People and their blind keys for the link tests, made as a jurisdiction would publish them.
import { publishedKeys } from '../../../kit/identifiers/published-keys';
import { personName } from '../../../kit/mapping/names';
import type { PersonRecord } from '../../../kit/record/person-record';
import { sharedRecord } from '../../../scenario/linking/person-record';
import type { RequesterContext } from '../../../kit/context/requester-context';

export const SECRET = 'links-test-secret-0123456789abcdef';

export interface Who {
  id: string;
  name: string | Parameters<typeof personName>[0];
  born?: string | null;
  passport?: string;
  country?: string;
  phone?: string;
}

/** A record of `who`, as its jurisdiction (the id's prefix) serves it. */
export function person(who: Who): PersonRecord {
  const jurisdiction = who.id.slice(0, who.id.indexOf(':'));
  const [year, month, day] = (who.born ?? '').split('-').map(Number);
  return sharedRecord({
    id: who.id,
    jurisdiction,
    agency: who.id.split(':')[1]!,
    nationality: who.country ?? jurisdiction,
    name: personName(typeof who.name === 'string' ? { full: who.name } : who.name)!,
    birth: who.born ? { year: year!, month, day } : null,
    documents: who.passport ? [{ number: who.passport, issuingCountry: who.country ?? jurisdiction }] : [],
    phones: who.phone ? [who.phone] : [],
    emails: [],
  });
}

/** The blind keys `who` publishes. */
export const keysOf = (who: Who): string[] => publishedKeys(person(who), SECRET);

export const investigator: RequesterContext = {
  sub: 'officer-7', country: 'PHL', agency: 'PNP', roles: ['INVESTIGATOR'], clearance: 2, purpose: 'PHL-2024-0001', requestId: 'req-1',
};
