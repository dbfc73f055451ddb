import { normaliseIdentifier } from '../kit/identifiers/normalise';
import { toE164 } from '../kit/mapping/phones';
import type { Identifier, IdentifierKind } from '../kit/record/person-record';
import type { UmfPerson } from './umf-person';
import { CONTACT_KINDS } from './vocabulary';

function identifier(kind: IdentifierKind, raw: string, home: string): Identifier {
  // A value that does not normalise (a truncated number) is still what the bureau holds: it is
  // served as recorded, and the index simply cannot match on it.
  let value = raw.trim();
  if (kind === 'PHONE') value = toE164(raw, home) ?? value;
  else {
    try {
      value = normaliseIdentifier({ kind, value: raw }, home).value;
    } catch {
      // kept as recorded, see above
    }
  }
  return { kind, value, raw };
}

/**
 * A person's contacts as identifiers, each once. National phone numbers are read as the sender
 * country's (`home`, alpha-3): a bureau writes its own country's numbers without the prefix.
 */
export function umfIdentifiers(p: UmfPerson, home: string): Identifier[] {
  const first = new Map<string, Identifier>();
  for (const c of p.contacts) {
    const id = identifier(CONTACT_KINDS[c.type], c.value, home);
    const key = `${id.kind}|${id.value}`;
    if (id.value !== '' && !first.has(key)) first.set(key, id);
  }
  return [...first.values()];
}
