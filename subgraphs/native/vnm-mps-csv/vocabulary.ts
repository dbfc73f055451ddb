// The words the MPS system writes where Corridor has enums. The VNM adapter keeps its own copy of
// this vocabulary (it must not depend on the simulator); subgraphs/vnm/__tests__ checks they agree.
import type { DocumentStatus, EventType, IdentifierKind, PersonRole, Sex } from '../../kit/record/person-record';
import type { Offence } from '../../scenario/model';

export const VAI_TRO: Record<PersonRole, string> = {
  SUSPECT: 'Nghi phạm',
  VICTIM: 'Nạn nhân',
  POTENTIAL_VICTIM: 'Nghi là nạn nhân',
  WITNESS: 'Người làm chứng', // the Criminal Procedure Code's term
  IRREGULAR_MIGRANT: 'Xuất nhập cảnh trái phép',
  FACILITATOR: 'Người giúp sức',
};

/** Unknown sex is written as an empty cell, not as a word. */
export const GIOI_TINH: Record<Sex, string> = { FEMALE: 'Nữ', MALE: 'Nam', OTHER: 'Khác', UNKNOWN: '' };

export const LOAI_SU_KIEN: Record<EventType, string> = {
  RECRUITMENT: 'Tuyển mộ',
  TRANSIT: 'Quá cảnh',
  // The scenario does not say in which direction; the desk then writes both.
  BORDER_CROSSING: 'Xuất nhập cảnh',
  EXPLOITATION: 'Bóc lột',
  INTERCEPTION: 'Ngăn chặn',
  RESCUE: 'Giải cứu',
  ARREST: 'Bắt giữ',
  CHARGE: 'Khởi tố',
  CONVICTION: 'Kết án',
  // "Received back": the term for victims returned to Viet Nam.
  REPATRIATION: 'Tiếp nhận trở về',
};

export const LOAI_GIAY_TO: Record<'PASSPORT' | 'NATIONAL_ID', string> = {
  PASSPORT: 'Hộ chiếu',
  NATIONAL_ID: 'Căn cước', // CCCD for Vietnamese citizens, a foreign identity card otherwise
};

export const TINH_TRANG_GIAY_TO: Record<DocumentStatus, string> = {
  VALID: 'Còn hiệu lực',
  EXPIRED: 'Hết hạn',
  STOLEN: 'Bị đánh cắp',
  LOST: 'Bị mất',
  REVOKED: 'Đã hủy',
  UNKNOWN: 'Chưa xác minh',
};

/** `dinh_danh_khac[].loai`; e-mail addresses have a column of their own. */
export const LOAI_DINH_DANH: Record<Exclude<IdentifierKind, 'PHONE' | 'TRAVEL_DOCUMENT' | 'EMAIL'>, string> = {
  SOCIAL_HANDLE: 'Mạng xã hội',
  CRYPTO_WALLET: 'Ví tiền mã hóa',
  BANK_ACCOUNT: 'Tài khoản ngân hàng',
  IMEI: 'IMEI',
};

/** Case statuses the scenario uses; another one is written as its code. */
export const TINH_TRANG_VU_AN: Record<string, string> = {
  OPEN: 'Đang xác minh', // verifying the report, before a case is opened formally
  UNDER_INVESTIGATION: 'Đang điều tra',
  CHARGED: 'Đã truy tố',
  CLOSED: 'Đã kết thúc',
};

/** Forms of exploitation (UNODC codes); a code without a word here is written as the code. */
export const HINH_THUC_BOC_LOT: Record<string, string> = {
  FORCED_CRIMINALITY: 'Cưỡng bức phạm tội',
  FORCED_LABOUR: 'Cưỡng bức lao động',
  SEXUAL_EXPLOITATION: 'Bóc lột tình dục',
  FORCED_MARRIAGE: 'Cưỡng ép kết hôn',
  ORGAN_REMOVAL: 'Lấy bộ phận cơ thể',
};

/** Offences as the Penal Code (Bộ luật Hình sự 2015) article the file cites, with its title. */
export const TOI_DANH: Record<Offence, string> = {
  TRAFFICKING_IN_PERSONS: 'Điều 150 (Mua bán người)',
  MIGRANT_SMUGGLING: 'Điều 348 (Tổ chức, môi giới cho người khác xuất cảnh, nhập cảnh trái phép)',
  FRAUD: 'Điều 174 (Lừa đảo chiếm đoạt tài sản)',
  ILLEGAL_GAMBLING: 'Điều 322 (Tổ chức đánh bạc)',
  DOCUMENT_FRAUD: 'Điều 341 (Làm giả con dấu, tài liệu)',
  MONEY_LAUNDERING: 'Điều 324 (Rửa tiền)',
  IMMIGRATION_OFFENCE: 'Điều 347 (Vi phạm quy định về xuất cảnh, nhập cảnh)',
};
