// The words and codes the MPS system uses where Corridor has enums. The adapter keeps its own copy
// of this vocabulary (it must not depend on the simulator); a test checks the two agree.
import type { DocumentStatus, EventType, IdentifierKind, PersonRole, Sex } from '../../kit/record/person-record';

export const ROLE: Record<PersonRole, string> = {
  SUSPECT: '犯罪嫌疑人',
  VICTIM: '被害人',
  POTENTIAL_VICTIM: '疑似被害人',
  WITNESS: '证人',
  IRREGULAR_MIGRANT: '偷越国（边）境人员',
  FACILITATOR: '协助人员',
};

/** GB/T 2261.1. */
export const SEX: Record<Sex, string> = { UNKNOWN: '0', MALE: '1', FEMALE: '2', OTHER: '9' };

export const EVENT_TYPE: Record<EventType, string> = {
  RECRUITMENT: '招募',
  TRANSIT: '中转',
  BORDER_CROSSING: '出入境',
  EXPLOITATION: '剥削',
  INTERCEPTION: '拦截',
  RESCUE: '解救',
  ARREST: '抓获',
  CHARGE: '起诉',
  CONVICTION: '判决',
  REPATRIATION: '遣返',
};

export const DOCUMENT_STATUS: Record<DocumentStatus, string> = {
  VALID: '有效',
  EXPIRED: '已过期',
  STOLEN: '被盗',
  LOST: '遗失',
  REVOKED: '已注销',
  UNKNOWN: '未核查',
};

/** 证件类型 codes. */
export const DOCUMENT_TYPE = { RESIDENT_ID: '111', PASSPORT: '414', FOREIGN_ID: '990' } as const;

export const OTHER_IDENTIFIER: Record<Exclude<IdentifierKind, 'PHONE' | 'TRAVEL_DOCUMENT'>, string> = {
  EMAIL: '电子邮箱',
  SOCIAL_HANDLE: '社交账号',
  CRYPTO_WALLET: '虚拟货币钱包',
  BANK_ACCOUNT: '银行账号',
  IMEI: '手机串号',
};

export const HANDLING: Record<'H0' | 'H1' | 'H2' | 'H3', string> = {
  H0: '仅限警务使用',
  H1: '未经同意不得用于诉讼',
  H2: '未经同意不得转递',
  H3: '按提供方规定',
};

/** Case statuses the system has words for; any other is written as the shared code itself. */
export const CASE_STATUS: Readonly<Record<string, string>> = {
  OPEN: '已立案',
  UNDER_INVESTIGATION: '侦查中',
  CHARGED: '已移送起诉',
  CLOSED: '已结案',
};

/** Forms of exploitation the system has words for; any other is written as the shared code itself. */
export const EXPLOITATION: Readonly<Record<string, string>> = {
  FORCED_CRIMINALITY: '强迫犯罪',
  FORCED_LABOUR: '强迫劳动',
  SEXUAL_EXPLOITATION: '性剥削',
  FORCED_MARRIAGE: '强迫婚姻',
  FORCED_BEGGING: '强迫乞讨',
  ORGAN_REMOVAL: '摘取器官',
};
