// The MPS export's words, and what they mean in the shared schema. Desks type them with or without
// diacritics, and with old or new tone-mark placement ("hủy" / "huỷ"), so they are compared folded
// (see fold()). The simulator writes the same words; __tests__/simulated-source.test.ts checks it.
import { MappingError } from '../kit/mapping/mapping-error';
import type { DocumentStatus, EventType, IdentifierKind, PersonRole, Sex } from '../kit/record/person-record';

/**
 * A word as the tables compare it: no diacritics (`đ` is a letter of its own, not a `d` with a
 * mark, so it is mapped by hand), lower case, single spaces.
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[_\s]+/g, ' ')
    .trim();
}

const table = <T>(entries: readonly (readonly [string, T])[]): ReadonlyMap<string, T> => new Map(entries.map(([w, v]) => [fold(w), v]));

export const ROLES = table<PersonRole>([
  ['Nghi phạm', 'SUSPECT'],
  ['Đối tượng', 'SUSPECT'], // police usage: "the subject" of a file
  ['Bị can', 'SUSPECT'], // the accused, once charged
  ['Nạn nhân', 'VICTIM'],
  ['Nghi là nạn nhân', 'POTENTIAL_VICTIM'],
  // Law on Prevention of Human Trafficking (2024): a person whose identification as a victim is under way.
  ['Người đang trong quá trình xác định là nạn nhân', 'POTENTIAL_VICTIM'],
  ['Người làm chứng', 'WITNESS'],
  ['Nhân chứng', 'WITNESS'],
  ['Xuất nhập cảnh trái phép', 'IRREGULAR_MIGRANT'],
  ['Người giúp sức', 'FACILITATOR'],
]);

export const SEXES = table<Sex>([
  ['Nam', 'MALE'],
  ['Nữ', 'FEMALE'],
  ['Khác', 'OTHER'],
  ['Không rõ', 'UNKNOWN'],
]);

export const EVENT_TYPES = table<EventType>([
  ['Tuyển mộ', 'RECRUITMENT'],
  ['Quá cảnh', 'TRANSIT'],
  ['Xuất cảnh', 'BORDER_CROSSING'],
  ['Nhập cảnh', 'BORDER_CROSSING'],
  ['Xuất nhập cảnh', 'BORDER_CROSSING'],
  ['Bóc lột', 'EXPLOITATION'],
  ['Ngăn chặn', 'INTERCEPTION'],
  ['Giải cứu', 'RESCUE'],
  ['Bắt giữ', 'ARREST'],
  ['Khởi tố', 'CHARGE'],
  ['Kết án', 'CONVICTION'],
  ['Tiếp nhận trở về', 'REPATRIATION'],
  ['Hồi hương', 'REPATRIATION'],
]);

export const DOCUMENT_TYPES = table<'PASSPORT' | 'NATIONAL_ID'>([
  ['Hộ chiếu', 'PASSPORT'],
  ['Căn cước', 'NATIONAL_ID'],
  ['Căn cước công dân', 'NATIONAL_ID'],
  ['CCCD', 'NATIONAL_ID'],
  ['Chứng minh nhân dân', 'NATIONAL_ID'], // the card CCCD replaced; many are still in use
  ['CMND', 'NATIONAL_ID'],
]);

export const DOCUMENT_STATUSES = table<DocumentStatus>([
  ['Còn hiệu lực', 'VALID'],
  ['Hết hạn', 'EXPIRED'],
  ['Bị đánh cắp', 'STOLEN'],
  ['Bị mất', 'LOST'],
  ['Đã hủy', 'REVOKED'],
  ['Chưa xác minh', 'UNKNOWN'],
]);

export const OTHER_IDENTIFIERS = table<Exclude<IdentifierKind, 'PHONE' | 'TRAVEL_DOCUMENT'>>([
  ['Mạng xã hội', 'SOCIAL_HANDLE'],
  // Desks often name the network itself; Zalo is Viet Nam's own messenger.
  ['Zalo', 'SOCIAL_HANDLE'],
  ['Facebook', 'SOCIAL_HANDLE'],
  ['Telegram', 'SOCIAL_HANDLE'],
  ['Ví tiền mã hóa', 'CRYPTO_WALLET'],
  ['Tài khoản ngân hàng', 'BANK_ACCOUNT'],
  ['IMEI', 'IMEI'],
  ['Email', 'EMAIL'],
]);

export const CASE_STATUSES = table<string>([
  ['Đang xác minh', 'OPEN'],
  ['Đang điều tra', 'UNDER_INVESTIGATION'],
  ['Đã truy tố', 'CHARGED'],
  ['Đã kết thúc', 'CLOSED'],
]);

export const EXPLOITATION_TYPES = table<string>([
  ['Cưỡng bức phạm tội', 'FORCED_CRIMINALITY'],
  ['Cưỡng bức lao động', 'FORCED_LABOUR'],
  ['Bóc lột tình dục', 'SEXUAL_EXPLOITATION'],
  ['Cưỡng ép kết hôn', 'FORCED_MARRIAGE'],
  ['Lấy bộ phận cơ thể', 'ORGAN_REMOVAL'],
]);

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
 * `vu_an[].toi_danh` cites an article of the Penal Code (Bộ luật Hình sự 2015): "Điều 150 (Mua bán
 * người)", "Điều 150", "150". The article number decides; the title is the desk's own wording.
 */
export const OFFENCE_ARTICLES: ReadonlyMap<string, OffenceCode> = new Map([
  ['150', 'TRAFFICKING_IN_PERSONS'], // trafficking in persons
  ['151', 'TRAFFICKING_IN_PERSONS'], // trafficking in persons under 16
  ['348', 'MIGRANT_SMUGGLING'], // organising or brokering illegal exit, entry or stay in Viet Nam
  ['349', 'MIGRANT_SMUGGLING'], // organising or brokering illegal flight or stay abroad
  ['174', 'FRAUD'], // fraudulent appropriation of property
  ['321', 'ILLEGAL_GAMBLING'], // gambling
  ['322', 'ILLEGAL_GAMBLING'], // organising gambling or running a gambling den
  ['341', 'DOCUMENT_FRAUD'], // forging or using forged seals and documents
  ['324', 'MONEY_LAUNDERING'],
  ['347', 'IMMIGRATION_OFFENCE'], // breaching exit and entry rules; staying in Viet Nam illegally
]);

const ARTICLE = /^(?:dieu\s*)?(\d{1,3})\b/;

/** The offence an article citation names; any other article is a MappingError, never a guess. */
export function offenceOf(field: string, raw: string): OffenceCode {
  const article = ARTICLE.exec(fold(raw))?.[1];
  const code = article === undefined ? undefined : OFFENCE_ARTICLES.get(article);
  if (code === undefined) throw new MappingError(field, raw, 'not a Penal Code article this adapter maps');
  return code;
}

/** The meaning of a native word, or a MappingError naming the field (never the word). */
export function decode<T>(field: string, words: ReadonlyMap<string, T>, raw: string): T {
  const value = words.get(fold(raw));
  if (value === undefined) throw new MappingError(field, raw, 'not a word of the MPS vocabulary');
  return value;
}
