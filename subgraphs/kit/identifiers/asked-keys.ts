import { personName } from '../mapping/names';
import type { IdentifierKind } from '../record/person-record';
import { publishedKey } from './key-kinds';
import { askedNameLookups, EARLIEST_BIRTH_YEAR } from './name-keys';
import { romaniseName } from './name-romanisation';
import { InvalidIdentifier, normaliseIdentifier, type NormalisedIdentifier } from './normalise';
import { identifierLookup } from './published-keys';

/** What a trace may ask for: any identifier kind a record carries, or a person's name. */
export type AskedKind = IdentifierKind | 'NAME';

export interface AskedIdentifier {
  readonly kind: AskedKind;
  readonly value: string;
  readonly country?: string | null;
  /** Only with NAME: narrows the name to people born that year. */
  readonly birthYear?: number | null;
}

/** One asked identifier, normalised: how the trace echoes it, and the blind keys to look up. */
export interface AskedKeys {
  readonly kind: AskedKind;
  readonly value: string;
  readonly keys: readonly string[];
  /** What the question was, normalised, for naming it (a name with its birth year); never sent to the store. */
  readonly identity: NormalisedIdentifier;
}

/**
 * Refusal of an asked name. The message never repeats the name: messages reach logs, and a name
 * is personal data in a way a mistyped passport number is not.
 */
export class InvalidName extends InvalidIdentifier {
  constructor(reason: string) {
    super({ kind: 'NAME' as IdentifierKind, value: '' }, reason);
    this.message = `NAME: ${reason}`;
    this.name = 'InvalidName';
  }
}

const MAX_NAME_LENGTH = 200;

function askedName(input: AskedIdentifier, secret: string, now: Date): AskedKeys {
  if (input.country) throw new InvalidName('country does not apply to a name (give the name in any script, and birthYear)');
  const text = input.value.replace(/\s+/g, ' ').trim();
  if (!text) throw new InvalidName('empty name');
  if (text.length > MAX_NAME_LENGTH) throw new InvalidName(`longer than ${MAX_NAME_LENGTH} characters`);
  const latest = now.getUTCFullYear();
  const year = input.birthYear ?? null;
  if (year !== null && (!Number.isInteger(year) || year < EARLIEST_BIRTH_YEAR || year > latest)) {
    throw new InvalidName(`birthYear must be a year from ${EARLIEST_BIRTH_YEAR} to ${latest}`);
  }
  const name = personName({ full: text });
  const romanised = name && romaniseName(name);
  if (!romanised) throw new InvalidName('no letters of any script to read as a name');
  const keys = askedNameLookups(romanised, year).map((l) => publishedKey(l, secret));
  const value = romanised.parts.join(' ').toUpperCase();
  return { kind: 'NAME', value, keys, identity: { kind: 'NAME' as IdentifierKind, value: `${[...romanised.parts].sort().join(' ')}|${year ?? ''}`, country: null } };
}

/**
 * Normalise one identifier a trace asked for and blind it as the participants blind theirs.
 * Throws InvalidIdentifier (InvalidName for names) with a reason fit for the person who typed it.
 */
export function askedKeys(input: AskedIdentifier, secret: string, now: Date = new Date()): AskedKeys {
  if (input.kind === 'NAME') return askedName(input, secret, now);
  const { kind } = input;
  if (input.birthYear != null) throw new InvalidIdentifier({ ...input, kind }, 'birthYear applies only to NAME');
  const normalised = normaliseIdentifier({ ...input, kind });
  return { kind, value: normalised.value, keys: [publishedKey(identifierLookup(normalised), secret)], identity: normalised };
}
