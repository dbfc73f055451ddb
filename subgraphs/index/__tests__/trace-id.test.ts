import { normaliseIdentifier, type IdentifierInput } from '../../kit/identifiers/normalise';
import { traceId } from '../trace/trace-id';

const KEY = 'test-index-key-that-is-long-enough-0123456789';
const id = (inputs: IdentifierInput[], depth = 1, key = KEY) => traceId(inputs.map((i) => normaliseIdentifier(i)), depth, key);

const passport: IdentifierInput = { kind: 'TRAVEL_DOCUMENT', value: 'P4821937B', country: 'PHL' };
const phone: IdentifierInput = { kind: 'PHONE', value: '+63 917 482 1937' };

describe('traceId', () => {
  it('is the same for the same question, in any order or notation', () => {
    expect(id([passport, phone])).toBe(id([{ kind: 'PHONE', value: '+639174821937' }, { ...passport, value: 'p 4821937 b', country: 'PH' }]));
    expect(id([passport, passport])).toBe(id([passport]));
  });

  it('differs with the identifiers, the depth and the key', () => {
    const base = id([passport]);
    expect(id([passport, phone])).not.toBe(base);
    expect(id([passport], 2)).not.toBe(base);
    expect(id([passport], 1, `${KEY}-other`)).not.toBe(base);
  });

  it('does not carry the identifiers it is made from', () => {
    const value = id([passport, phone]);
    expect(value).toMatch(/^trace:[\w-]{43}$/);
    expect(value).not.toMatch(/4821937/);
  });
});
