import type { IdentifierKind } from '../record/person-record';
import { toAlpha3 } from '../mapping/countries';
import { normaliseDocumentNumber } from '../mapping/documents';
import { toE164 } from '../mapping/phones';

/** An identifier in the one form every jurisdiction and the index compare. */
export interface NormalisedIdentifier {
  readonly kind: IdentifierKind;
  readonly value: string;
  /** Issuing country of a travel document (alpha-3); null for other kinds. */
  readonly country: string | null;
}

export interface IdentifierInput {
  readonly kind: IdentifierKind;
  readonly value: string;
  readonly country?: string | null;
}

/** Why an identifier could not be normalised, in words fit for the person who typed it. */
export class InvalidIdentifier extends Error {
  constructor(
    readonly input: IdentifierInput,
    reason: string,
  ) {
    super(`${input.kind} ${JSON.stringify(input.value.slice(0, 64))}: ${reason}`);
    this.name = 'InvalidIdentifier';
  }
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Normalise one identifier. `context` is the jurisdiction that recorded it (for national phone
 * numbers); an explicit `input.country` wins. Throws InvalidIdentifier.
 */
export function normaliseIdentifier(input: IdentifierInput, context?: string | null): NormalisedIdentifier {
  const raw = input.value.trim();
  if (!raw) throw new InvalidIdentifier(input, 'empty value');
  if (raw.length > 256) throw new InvalidIdentifier(input, 'longer than 256 characters');
  const country = input.country ? toAlpha3(input.country) : null;
  if (input.country && !country) throw new InvalidIdentifier(input, `unknown country ${JSON.stringify(input.country)}`);
  switch (input.kind) {
    case 'TRAVEL_DOCUMENT': {
      if (!country) throw new InvalidIdentifier(input, 'a travel document needs its issuing country');
      const number = normaliseDocumentNumber(raw);
      if (!number) throw new InvalidIdentifier(input, 'a document number has 3 to 20 letters and digits');
      return { kind: input.kind, value: number, country };
    }
    case 'PHONE': {
      const e164 = toE164(raw, country ?? context);
      if (!e164) throw new InvalidIdentifier(input, 'not a valid phone number (give it in +E.164 or with its country)');
      return { kind: input.kind, value: e164, country: null };
    }
    case 'EMAIL': {
      const email = raw.toLowerCase();
      if (!EMAIL.test(email)) throw new InvalidIdentifier(input, 'not an e-mail address');
      return { kind: input.kind, value: email, country: null };
    }
    case 'IMEI': {
      const imei = raw.replace(/[\s-]/g, '');
      if (!/^\d{14,16}$/.test(imei)) throw new InvalidIdentifier(input, 'an IMEI has 14 to 16 digits');
      return { kind: input.kind, value: imei, country: null };
    }
    case 'SOCIAL_HANDLE':
    case 'CRYPTO_WALLET':
    case 'BANK_ACCOUNT': {
      // Case matters for some wallet formats (base58), so only spacing is folded.
      const value = input.kind === 'SOCIAL_HANDLE' ? raw.toLowerCase() : raw.replace(/\s+/g, '');
      return { kind: input.kind, value, country: null };
    }
    default:
      throw new InvalidIdentifier(input, 'unknown identifier kind');
  }
}

/** The lookup key of a normalised identifier: kind, issuing country where it matters, value. */
export function lookupKey(id: NormalisedIdentifier): string {
  return [id.kind, id.country ?? '', id.value].join('|');
}
