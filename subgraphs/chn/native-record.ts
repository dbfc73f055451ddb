import { z } from 'zod';
import { MappingError } from '../kit/mapping/mapping-error';
import { RYBH } from './global-id';

// Blank strings and missing keys mean the same thing in MPS exports: not recorded.
const text = z
  .string()
  .nullish()
  .transform((v) => (v?.trim() ? v.trim() : null));
const list = <T extends z.ZodType>(item: T) =>
  z
    .array(item)
    .nullish()
    .transform((v) => v ?? []);

/** 证件信息: one identity document. */
const document = z.object({ zjlx: z.string(), zjhm: z.string(), qfgj: text, yxqz: text, zjzt: text });

/** 其他标识: an identifier other than a phone or a document. */
const otherIdentifier = z.object({ bslx: z.string(), bsz: z.string() });

/** 事件记录: one event, its place flat on it. */
const event = z.object({ sjlx: z.string(), fssj: text, fsdgj: text, fsdd: text, csmc: text, xddh: text, jyqk: text });

/** 涉嫌罪名: an offence by its article of the PRC Criminal Law, with the crime's name for the reader. */
const offence = z.object({ xftk: z.string(), zmmc: text });

/** 案件信息: the person's part in one case. */
const mpsCase = z.object({ ajbh: z.string().trim().min(1), rysf: text, ajzt: text, bqxs: list(z.string()), sxzm: list(offence) });

/**
 * The MPS person record (人员信息) as this adapter relies on it; keys are the system's pinyin
 * initials. Unknown keys are ignored so the ministry can add some without breaking us; what we
 * read must have the type we read it as.
 */
const nativePersonSchema = z.object({
  rybh: z.string().regex(RYBH), // 人员编号 person number
  jgdm: z.string().min(1), // 机关代码 recording agency
  xm: text, // 姓名 name in Han characters, family name first
  xmpy: text, // 姓名拼音 passport pinyin
  wwx: text, // 外文姓 surname in Latin letters, for foreigners (from the passport)
  wwm: text, // 外文名 given names in Latin letters
  xb: text, // 性别 GB/T 2261.1 code
  csrq: text, // 出生日期 YYYYMMDD, 00 for unknown parts
  gj: list(z.string()), // 国籍 GB/T 2659 numeric codes
  zjxx: list(document), // 证件信息
  lxdh: list(z.string()), // 联系电话 as recorded
  qtbs: list(otherIdentifier), // 其他标识
  rysf: list(z.string()), // 人员身份 roles
  sjjl: list(event), // 事件记录
  ajxx: list(mpsCase), // 案件信息
  gxxz: text, // 共享限制 sharing restriction
  kgxgj: list(z.string()), // 可共享国家 releasable to (GB/T 2659)
  gxsj: text, // 更新时间 YYYYMMDDHHmmss, Beijing time
});

export type NativePerson = z.output<typeof nativePersonSchema>;

/** A field path the way the MPS interface documents it: `zjxx[0].zjhm`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  const joined = path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
  return joined.replace(/^\./, '') || 'record';
}

/** Check one native record's shape; a problem becomes a MappingError naming the field, never its value. */
export function readNativePerson(raw: unknown): NativePerson {
  const parsed = nativePersonSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const [first, ...more] = parsed.error.issues;
  const reason = `${first?.message ?? 'invalid'}${more.length ? ` (and ${more.length} more problems)` : ''}`;
  throw new MappingError(fieldPath(first?.path ?? []), undefined, reason);
}

/** Which record a native item claims to be, read before (and whether or not) the rest is valid. */
export function nativeIdentity(raw: unknown): { agency: string; rybh: string } | null {
  const item = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const { rybh, jgdm } = item;
  return typeof rybh === 'string' && RYBH.test(rybh) && typeof jgdm === 'string' && jgdm ? { agency: jgdm, rybh } : null;
}
