// The MPS system's words and codes where Corridor has enums, as its interface documentation lists
// them. An unknown one is a MappingError for that record: a guessed role or event would be put in
// front of an investigator as fact. The simulator keeps its own copy (subgraphs/native/chn-mps-json);
// a test checks the two agree.
import { MappingError } from '../kit/mapping/mapping-error';
import type { DocumentStatus, EventType, IdentifierKind, PersonRole, Sex } from '../kit/record/person-record';

/** 人员身份: the person's standing in the record (Criminal Procedure Law terms where there is one). */
export const ROLES: Readonly<Record<string, PersonRole>> = {
  犯罪嫌疑人: 'SUSPECT',
  被害人: 'VICTIM',
  疑似被害人: 'POTENTIAL_VICTIM',
  证人: 'WITNESS',
  偷越国边境人员: 'IRREGULAR_MIGRANT', // a person who crossed the border unlawfully
  协助人员: 'FACILITATOR',
};

/**
 * 性别: GB/T 2261.1 codes. 5 and 6 record a change of sex and give the current one. 9 (未说明的性别,
 * "sex not stated") is the code an officer picks for neither male nor female: OTHER, while 0 is
 * "not known" (UNKNOWN).
 */
export const SEXES: Readonly<Record<string, Sex>> = { '0': 'UNKNOWN', '1': 'MALE', '2': 'FEMALE', '5': 'MALE', '6': 'FEMALE', '9': 'OTHER' };

/** 事件类型. */
export const EVENT_TYPES: Readonly<Record<string, EventType>> = {
  招募: 'RECRUITMENT',
  中转: 'TRANSIT',
  出入境: 'BORDER_CROSSING',
  剥削: 'EXPLOITATION',
  拦截: 'INTERCEPTION', // stopped at a border post before leaving
  解救: 'RESCUE',
  抓获: 'ARREST',
  起诉: 'CHARGE',
  判决: 'CONVICTION',
  遣返: 'REPATRIATION',
};

/** 证件类型: MPS document type codes (111 居民身份证, 414 普通护照, 990 外国身份证件). */
export const DOCUMENT_TYPES: Readonly<Record<string, 'NATIONAL_ID' | 'PASSPORT'>> = { '111': 'NATIONAL_ID', '414': 'PASSPORT', '990': 'NATIONAL_ID' };

/** 证件状态: the exit-entry administration's document check; no status means not checked. */
export const DOCUMENT_STATUSES: Readonly<Record<string, DocumentStatus>> = {
  有效: 'VALID',
  已过期: 'EXPIRED',
  被盗: 'STOLEN',
  遗失: 'LOST',
  已注销: 'REVOKED',
  未核查: 'UNKNOWN',
};

/** 标识类型: identifiers other than phones and documents. 手机串号 is the usual word for an IMEI. */
export const OTHER_IDENTIFIERS: Readonly<Record<string, Exclude<IdentifierKind, 'PHONE' | 'TRAVEL_DOCUMENT'>>> = {
  电子邮箱: 'EMAIL',
  社交账号: 'SOCIAL_HANDLE',
  虚拟货币钱包: 'CRYPTO_WALLET',
  银行账号: 'BANK_ACCOUNT',
  手机串号: 'IMEI',
};

/** 共享限制: the ministry's sharing restriction, as Corridor's handling codes. */
export const HANDLING: Readonly<Record<string, 'H0' | 'H1' | 'H2' | 'H3'>> = {
  仅限警务使用: 'H0', // police use only
  未经同意不得用于诉讼: 'H1', // not for court without consent
  未经同意不得转递: 'H2', // no onward sharing without consent
  按提供方规定: 'H3', // as the provider specifies
};

/** 案件状态. */
export const CASE_STATUSES: Readonly<Record<string, string>> = {
  已立案: 'OPEN',
  侦查中: 'UNDER_INVESTIGATION',
  已移送起诉: 'CHARGED',
  已结案: 'CLOSED',
};

/** 剥削形式: forms of exploitation (UNODC). */
export const EXPLOITATION_TYPES: Readonly<Record<string, string>> = {
  强迫犯罪: 'FORCED_CRIMINALITY',
  强迫劳动: 'FORCED_LABOUR',
  性剥削: 'SEXUAL_EXPLOITATION',
  强迫婚姻: 'FORCED_MARRIAGE',
  强迫乞讨: 'FORCED_BEGGING',
  摘取器官: 'ORGAN_REMOVAL',
};

/**
 * A native word or code as the tables hold it: full-width forms folded (NFKC: （边） and (边) are
 * one word to a clerk), spaces and the parentheses some clerks add around 边 dropped.
 */
export function nativeWord(raw: string): string {
  return raw.normalize('NFKC').replace(/[\s()]/g, '');
}

/** The meaning of a native word, or a MappingError naming the field (never the word). */
export function decode<T>(field: string, table: Readonly<Record<string, T>>, raw: string): T {
  const key = nativeWord(raw);
  if (!Object.hasOwn(table, key)) throw new MappingError(field, raw, 'not a word or code of the MPS vocabulary');
  return table[key] as T;
}

/**
 * Case statuses and forms of exploitation are free text in the shared schema, and newer MPS exports
 * write some as the shared code itself (`FORCED_CRIMINALITY`): those pass. Any other word is an error.
 */
export function decodeOpen(field: string, table: Readonly<Record<string, string>>, raw: string): string {
  const key = nativeWord(raw);
  return /^[A-Z][A-Z_]*$/.test(key) ? key : decode(field, table, raw);
}
