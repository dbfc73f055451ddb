import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { NativeSourceError } from '../kit/native/native-source-error';

/** Elements that may repeat: always arrays, so one `<Person>` and many read the same way. */
const REPEATING = new Set([
  'Person', 'Nationality', 'Passport', 'IdCard', 'Phone', 'Contact', 'Role', 'Event', 'Case', 'Exploitation', 'Offence', 'ReleasableTo', 'Line',
]);

// Any DTD is refused before the parser sees the text. Entity processing is off as well, but a DTD
// is the only way to declare external entities (XXE) or nested ones (billion laughs), so refusing
// it outright leaves no parser option or future default to get wrong. The agency's protocol never
// sends one. Case-insensitive: a lenient parser might accept `<!doctype`.
const DTD = /<!\s*(DOCTYPE|ENTITY)/i;

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/**
 * With entity processing off the parser leaves `&amp;` as is, so the five predefined entities and
 * character references are decoded here, in one pass: the output is never decoded again, so
 * `&amp;lt;` stays `&lt;` and nothing can expand twice.
 */
export function decodeXmlEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]*);/g, (_ref, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      const allowed = code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff));
      if (!allowed) throw new NativeSourceError('native answer is not well-formed XML: bad character reference');
      return String.fromCodePoint(code);
    }
    const value = PREDEFINED[name];
    // Without a DTD no other entity can be declared, so any other name is a well-formedness error.
    if (value === undefined) throw new NativeSourceError('native answer is not well-formed XML: undeclared entity');
    return value;
  });
}

const parser = new XMLParser({
  processEntities: false,
  htmlEntities: false,
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  ignoreDeclaration: true,
  ignorePiTags: true,
  // Values stay strings: "0812…" keeps its zero, "2541" is a year to convert, not a number.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  tagValueProcessor: (_tag, value) => decodeXmlEntities(value),
  attributeValueProcessor: (_attr, value) => decodeXmlEntities(value),
  isArray: (name, _path, _leaf, isAttribute) => !isAttribute && REPEATING.has(name),
});

/**
 * The content of the root element of a native XML answer, which must be `<root>`. Attributes are
 * `@name` keys, text is `#text` (or the bare string for an element without attributes). Throws
 * NativeSourceError for a DTD, a document that is not well-formed, or another root.
 */
export function parseNativeXml(text: string, root: string): Record<string, unknown> {
  if (DTD.test(text)) throw new NativeSourceError('native answer carries a DTD or entity declaration; refused');
  if (XMLValidator.validate(text) !== true) throw new NativeSourceError('native answer is not well-formed XML');
  let doc: Record<string, unknown>;
  try {
    doc = parser.parse(text) as Record<string, unknown>;
  } catch (error) {
    if (error instanceof NativeSourceError) throw error;
    throw new NativeSourceError('native answer is not well-formed XML');
  }
  const names = Object.keys(doc);
  if (names.length !== 1 || names[0] !== root) throw new NativeSourceError(`native answer's root element is not <${root}>`);
  const content = doc[root];
  // `<PersonRecords/>` parses to an empty string: an empty root, not a malformed one.
  if (content === '') return {};
  if (typeof content !== 'object' || content === null || Array.isArray(content)) {
    throw new NativeSourceError(`native answer's <${root}> holds no elements`);
  }
  return content as Record<string, unknown>;
}
