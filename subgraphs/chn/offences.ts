import { MappingError } from '../kit/mapping/mapping-error';
import { nativeWord } from './vocabulary';

/** The shared offence codes (schema/shared/record.graphql, CaseInvolvement.offences). */
export type OffenceCode =
  | 'TRAFFICKING_IN_PERSONS'
  | 'MIGRANT_SMUGGLING'
  | 'FRAUD'
  | 'ILLEGAL_GAMBLING'
  | 'DOCUMENT_FRAUD'
  | 'MONEY_LAUNDERING'
  | 'IMMIGRATION_OFFENCE';

/**
 * 涉嫌罪名 `xftk`: the article of the PRC Criminal Law (《中华人民共和国刑法》) charged, as its number.
 * The article decides; `zmmc`, the crime's name, is for the reader (art. 303 holds two crimes,
 * 赌博罪 and 开设赌场罪, and both are illegal gambling). Operation summaries count trafficking and
 * smuggling arrests from these codes, so only the articles listed map; any other one (art. 238
 * unlawful detention, art. 244 forced labour, which Corridor does not count as trafficking) fails
 * the record rather than being guessed into one.
 */
export const ARTICLES: Readonly<Record<string, OffenceCode>> = {
  '240': 'TRAFFICKING_IN_PERSONS', // 拐卖妇女、儿童罪
  '318': 'MIGRANT_SMUGGLING', // 组织他人偷越国（边）境罪
  '321': 'MIGRANT_SMUGGLING', // 运送他人偷越国（边）境罪
  '266': 'FRAUD', // 诈骗罪
  '303': 'ILLEGAL_GAMBLING', // 赌博罪；开设赌场罪
  '319': 'DOCUMENT_FRAUD', // 骗取出境证件罪
  '320': 'DOCUMENT_FRAUD', // 提供伪造、变造的出入境证件罪；出售出入境证件罪
  '191': 'MONEY_LAUNDERING', // 洗钱罪
  '322': 'IMMIGRATION_OFFENCE', // 偷越国（边）境罪
};

/**
 * The shared code of an article as the MPS writes it: `240`, and the forms clerks type, `第240条`
 * or `刑法第240条`. Chinese numerals (第二百四十条) are not read: they are refused, not guessed.
 */
export function offenceOf(field: string, raw: string): OffenceCode {
  const m = /^(?:刑法)?第?(\d{1,3})条?$/.exec(nativeWord(raw));
  const code = m?.[1] !== undefined && Object.hasOwn(ARTICLES, m[1]) ? ARTICLES[m[1]] : undefined;
  if (code === undefined) throw new MappingError(field, raw, 'not an article of the PRC Criminal Law this adapter maps');
  return code;
}
