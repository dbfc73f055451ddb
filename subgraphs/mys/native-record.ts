import { z } from 'zod';
import { MappingError } from '../kit/mapping/mapping-error';

// One person as the adapter's query assembles it (queries.ts): the `orang` row's columns, with the
// rows of each child table as a list under the table's name. Blank text means not recorded.
const text = z
  .string()
  .nullish()
  .transform((v) => (v?.trim() ? v.trim() : null));
const smallint = z
  .number()
  .int()
  .nullish()
  .transform((v) => v ?? null);
const list = <T extends z.ZodType>(item: T) =>
  z
    .array(item)
    .nullish()
    .transform((v) => v ?? []);

const dokumen = z.object({ jenis: z.string(), no_dokumen: z.string(), negara_pengeluar: text, tarikh_luput: text, status: text });
const pengenal = z.object({ jenis: z.string(), nilai: z.string() });
const peristiwa = z.object({
  jenis: z.string(),
  masa_tempatan: text,
  zon_waktu: text,
  ketepatan: text,
  negara: text,
  lokaliti: text,
  premis: text,
  kod_operasi: text,
  ringkasan: text,
});
const kesOrang = z.object({ no_kes: z.string().min(1), peranan: text, status: text, bentuk_eksploitasi: list(z.string()), kes_kesalahan: list(z.string()) });

/**
 * The record as this adapter relies on it. Columns the agency adds are ignored; a column we read
 * must have the type we read it as (a schema change on their side fails records, not the source).
 */
const nativePersonSchema = z.object({
  no_rujukan: z.string().min(1),
  agensi: z.string().min(1),
  nama_penuh: z.string(),
  nama_keluarga: text,
  nama_tulisan_asal: text,
  jantina: text,
  tarikh_lahir: text,
  tahun_lahir: smallint,
  bulan_lahir: smallint,
  warganegara: list(z.string()),
  kod_kawalan: text,
  boleh_dikongsi: list(z.string()),
  dikemaskini: z.string(),
  peranan: list(z.string()),
  dokumen_perjalanan: list(dokumen),
  telefon: list(z.string()),
  pengenal_lain: list(pengenal),
  peristiwa: list(peristiwa),
  kes_orang: list(kesOrang),
});

export type NativePerson = z.output<typeof nativePersonSchema>;

/** A field path in the agency's terms: `dokumen_perjalanan[0].no_dokumen`. */
function fieldPath(path: readonly PropertyKey[]): string {
  const joined = path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
  return joined.replace(/^\./, '') || 'orang';
}

/** Check one assembled record; a problem becomes a MappingError naming the column, never its value. */
export function readNativePerson(raw: unknown): NativePerson {
  const parsed = nativePersonSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const [first, ...more] = parsed.error.issues;
  const reason = `${first?.message ?? 'invalid'}${more.length ? ` (and ${more.length} more problems)` : ''}`;
  throw new MappingError(fieldPath(first?.path ?? []), undefined, reason);
}
