import { NativeSourceError } from '../kit/native/native-source-error';

const UTF8_BOM = '\uFEFF';
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * The text of an export. The protocol is UTF-8; what else turns up on a drop is handled on
 * purpose rather than read as mojibake:
 * - a UTF-8 byte-order mark (Excel writes one) is stripped, once;
 * - UTF-16 (Excel's "Unicode text") is refused by its byte-order mark, or by the NUL bytes that
 *   every ASCII character carries in it when the mark is missing;
 * - bytes that are not UTF-8 (a file re-saved as Windows-1258, the Vietnamese ANSI code page, or
 *   Latin-1) are refused: decoding them leniently would corrupt every name with a diacritic.
 * Each is a NativeSourceError for the export as a whole.
 */
export function decodeExport(bytes: Uint8Array): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new NativeSourceError('native export is UTF-16; the export protocol is UTF-8');
  }
  // Checked before decoding: UTF-16 text beyond ASCII is not valid UTF-8 either, and the NUL says why.
  if (bytes.includes(0)) throw new NativeSourceError('native export contains NUL bytes (UTF-16 without a byte-order mark?)');
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    throw new NativeSourceError('native export is not valid UTF-8 (a Windows-1258 or Latin-1 file?)');
  }
  return text.startsWith(UTF8_BOM) ? text.slice(UTF8_BOM.length) : text;
}
