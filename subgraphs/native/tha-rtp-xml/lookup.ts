import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** Most references one lookup may carry, as the agency's system documents it. */
export const MAX_LOOKUP_REFS = 100;

/** A lookup body the system refuses; answered 400 with the message. */
export class BadLookup extends Error {}

const REF = /^[A-Za-z0-9-]{1,64}$/;

const parser = new XMLParser({
  processEntities: false,
  ignoreAttributes: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  parseTagValue: false,
  isArray: (name) => name === 'Ref',
});

/** The references of a `<Lookup><Ref>…</Ref>…</Lookup>` body, in order. Throws BadLookup. */
export function readLookupRefs(body: string): string[] {
  // The agency's system never resolves DTDs: a lookup is data, not markup definitions (XXE).
  if (/<!(DOCTYPE|ENTITY)/i.test(body)) throw new BadLookup('DTDs and entity declarations are not accepted');
  if (XMLValidator.validate(body) !== true) throw new BadLookup('body is not well-formed XML');
  const doc = parser.parse(body) as Record<string, unknown>;
  const keys = Object.keys(doc);
  if (keys.length !== 1 || keys[0] !== 'Lookup') throw new BadLookup('root element must be <Lookup>');
  const lookup = doc.Lookup;
  const refs = typeof lookup === 'object' && lookup !== null ? ((lookup as { Ref?: unknown[] }).Ref ?? []) : [];
  if (refs.length > MAX_LOOKUP_REFS) throw new BadLookup(`at most ${MAX_LOOKUP_REFS} <Ref> per lookup`);
  return refs.map((ref) => {
    const text = typeof ref === 'string' ? ref.trim() : '';
    if (!REF.test(text)) throw new BadLookup('a <Ref> is 1 to 64 letters, digits and dashes');
    return text;
  });
}
