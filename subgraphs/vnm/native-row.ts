import { z } from 'zod';
import { MappingError } from '../kit/mapping/mapping-error';
import { MPS_REF } from './global-id';
import type { ExportLine } from './parse-export';

// The shape of one export line once its cells are split and its JSON columns parsed. Shape only:
// words, dates and countries are read in mapping.ts, where a bad value is a MappingError too.

/** Text as compared everywhere: NFC (JSON escapes may decompose), trimmed; blank is absent. */
const text = z
  .string()
  .nullish()
  .transform((s) => s?.normalize('NFC').trim() || undefined);
const required = (what: string) => z.string().transform((s) => s.normalize('NFC').trim()).pipe(z.string().min(1, `${what} missing`));

/** A simple list column: values separated by `;` (no value of these columns contains one). */
const list = z.string().transform((s) =>
  s
    .split(';')
    .map((v) => v.trim())
    .filter(Boolean),
);

/** A repeated group: a JSON array in one cell; an empty cell is an empty group. */
const group = <T extends z.ZodType>(item: T) =>
  z
    .string()
    .transform((s, ctx) => {
      if (s === '') return [];
      try {
        return JSON.parse(s) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message: 'not a JSON array' });
        return z.NEVER;
      }
    })
    .pipe(z.array(item, 'not a JSON array'));

const strings = z.array(z.string()).nullish().transform((v) => (v ?? []).map((s) => s.normalize('NFC').trim()).filter(Boolean));

const document = z.object({ loai: required('document type'), so: required('document number'), noi_cap: text, ngay_het_han: text, tinh_trang: text });
const otherIdentifier = z.object({ loai: required('identifier type'), gia_tri: text });
const event = z.object({ loai: required('event type'), thoi_gian: text, quoc_gia: text, dia_diem: text, co_so: text, chuyen_an: text, tom_tat: text });
const caseItem = z.object({ so_vu_an: required('case number'), vai_tro: text, tinh_trang: text, hinh_thuc_boc_lot: strings, toi_danh: strings });

const rowSchema = z.object({
  so_ho_so: z.string().regex(MPS_REF, 'record number missing or not a reference'),
  ho_ten: text,
  ho: text,
  ten_dem: text,
  ten: text,
  gioi_tinh: text,
  ngay_sinh: text,
  quoc_tich: list,
  giay_to: group(document),
  so_dien_thoai: list,
  email: list,
  dinh_danh_khac: group(otherIdentifier),
  vai_tro: list,
  su_kien: group(event),
  vu_an: group(caseItem),
  ma_xu_ly: text,
  chia_se_voi: list,
  cap_nhat_luc: text,
});

/** The columns this adapter reads; any other column of the export is ignored. */
export const KNOWN_COLUMNS = Object.keys(rowSchema.shape) as (keyof typeof rowSchema.shape)[];

/** One export line, its shape checked; values still as the desk wrote them (NFC). */
export type NativeRow = z.output<typeof rowSchema>;

/** A field path the way the export documentation names it: `su_kien[1].loai`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i > 0 ? '.' : ''}${String(p)}`)).join('') || 'row';
}

/** Check one line; a problem is a MappingError naming the column, never its value. */
export function readRow(line: ExportLine): NativeRow {
  if (line.cells === null) throw new MappingError('row', undefined, 'the line has more or fewer fields than the header');
  const cells = line.cells;
  // A column the export lacks reads as an empty cell: older exports have fewer columns.
  const parsed = rowSchema.safeParse(Object.fromEntries(KNOWN_COLUMNS.map((c) => [c, cells.get(c) ?? ''])));
  if (parsed.success) return parsed.data;
  const [first, ...more] = parsed.error.issues;
  const reason = `${first?.message ?? 'invalid'}${more.length ? ` (and ${more.length} more problems)` : ''}`;
  throw new MappingError(fieldPath(first?.path ?? []), undefined, reason);
}
