import { NativeSourceError } from '../kit/native/native-source-error';

/**
 * Charsets the MPS gateway declares, and the WHATWG decoder that reads each. Older MPS systems
 * export in GBK or GB2312; GB18030 is a superset of both, so its decoder reads all three exactly.
 * Anything else (latin1, UTF-16…) cannot carry these records faithfully and is refused.
 */
const DECODERS: Readonly<Record<string, string>> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  gb18030: 'gb18030',
  gbk: 'gb18030',
  'x-gbk': 'gb18030',
  gb2312: 'gb18030',
  cp936: 'gb18030',
};

/** The `charset` parameter of a Content-Type header, lower-cased, or null when there is none. */
export function charsetOf(contentType: string | null): string | null {
  const m = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '');
  return m?.[1]?.toLowerCase() ?? null;
}

/**
 * A native answer's bytes as text. The declared charset is honoured; without one the body must be
 * UTF-8, as RFC 8259 requires of JSON between systems. Bytes that are not valid in the charset
 * (GBK sent as UTF-8, or the reverse) fail the whole answer: decoding them anyway would put
 * mangled names into the index, where they would silently miss or mis-link. A byte order mark is
 * dropped (some Windows-side exporters write one).
 */
export function decodeNativeBody(bytes: Uint8Array, contentType: string | null): string {
  const declared = charsetOf(contentType);
  const encoding = DECODERS[declared ?? 'utf-8'];
  if (!encoding) throw new NativeSourceError('native source answered in a charset this adapter does not read');
  let text: string;
  try {
    // `fatal`: a byte sequence invalid in the charset throws instead of becoming U+FFFD.
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new NativeSourceError(`native source answered bytes that are not valid ${declared ?? 'UTF-8 (no charset declared)'}`);
  }
  // The UTF-8 decoder drops its own BOM; a GB18030 BOM (84 31 95 33) decodes to U+FEFF.
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}
