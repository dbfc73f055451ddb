import { z } from 'zod';
import { MappingError } from '../kit/mapping/mapping-error';
import { REGISTRATION_NO } from './global-id';

// Blank strings and missing fields mean the same thing in both agencies' exports: not recorded.
const text = z
  .string()
  .nullish()
  .transform((v) => (v?.trim() ? v.trim() : null));
const list = <T extends z.ZodType>(item: T) =>
  z
    .array(item)
    .nullish()
    .transform((v) => v ?? []);

const event = z.object({ jenis: z.string(), waktu: text, negara: text, lokasi: text, tempat: text, kode_operasi: text, uraian: text });
const document = z.object({ jenis: z.string(), nomor: z.string(), negara_penerbit: text, berlaku_sampai: text, status: text });
const contact = z.object({ jenis: z.string(), nilai: z.string() });
const perkara = z.object({ nomor_perkara: z.string().min(1), peran: text, tahap: text, eksploitasi: list(z.string()), pasal: list(z.string()) });

/**
 * The POLRI / Imigrasi subject record as this adapter relies on it. Unknown fields are ignored, so
 * the agencies can add some without breaking us; what we read must have the type we read it as.
 */
const subjectSchema = z.object({
  nomor_registrasi: z.string().regex(REGISTRATION_NO),
  instansi: z.string().min(1),
  nama_lengkap: text,
  nama_depan: text,
  nama_belakang: text,
  alias: list(z.string()),
  jenis_kelamin: text,
  tanggal_lahir: text,
  kewarganegaraan: list(z.string()),
  dokumen: list(document),
  telepon: list(z.string()),
  kontak_lain: list(contact),
  peran: list(z.string()),
  peristiwa: list(event),
  perkara: list(perkara),
  kode_penanganan: text,
  dapat_dibagikan_ke: list(z.string()),
  diperbarui: text,
});

export type NativeSubject = z.output<typeof subjectSchema>;

/** A field path the way the agencies document it: `dokumen[0].nomor`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  const joined = path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
  return joined.replace(/^\./, '') || 'record';
}

/**
 * The path of the first string holding U+FFFD, or null. `fetch` decodes the body as UTF-8 and
 * replaces bytes that are not UTF-8 (a record saved in a legacy code page) with U+FFFD, silently;
 * a name with a hole in it would then be served, and matched, as if it were what the agency holds.
 */
export function replacementCharPath(value: unknown): PropertyKey[] | null {
  if (typeof value === 'string') return value.includes('\uFFFD') ? [] : null;
  if (typeof value !== 'object' || value === null) return null;
  // The path is built on the way back from a hit only: every record of every page passes here.
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      const found = replacementCharPath(value[i]);
      if (found) return [i, ...found];
    }
    return null;
  }
  for (const [key, item] of Object.entries(value)) {
    const found = replacementCharPath(item);
    if (found) return [key, ...found];
  }
  return null;
}

/** Check one native record's shape and text; a problem is a MappingError naming the field, never its value. */
export function readSubject(raw: unknown): NativeSubject {
  const broken = replacementCharPath(raw);
  if (broken) throw new MappingError(fieldPath(broken), undefined, 'text that was not valid UTF-8 at the source');
  const parsed = subjectSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const [first, ...more] = parsed.error.issues;
  const reason = `${first?.message ?? 'invalid'}${more.length ? ` (and ${more.length} more problems)` : ''}`;
  throw new MappingError(fieldPath(first?.path ?? []), undefined, reason);
}

/** Which record a native item claims to be, read before (and whether or not) the rest is valid. */
export function subjectIdentity(raw: unknown): { registrationNo: string | null; agency: string | null } {
  const item = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const registrationNo = typeof item.nomor_registrasi === 'string' && REGISTRATION_NO.test(item.nomor_registrasi) ? item.nomor_registrasi : null;
  const agency = typeof item.instansi === 'string' ? item.instansi : null;
  return { registrationNo, agency };
}
