// The person record (人员信息) as the Ministry of Public Security's interface publishes it: its own
// shape, keys (pinyin initials of the Chinese field names) and codes, not Corridor's. The CHN
// adapter (subgraphs/chn) is what translates it.

/** 证件信息: an identity document. */
export interface MpsDocument {
  /** 证件类型: 111 居民身份证 (PRC resident identity card), 414 普通护照 (ordinary passport), 990 外国身份证件 (foreign identity card). */
  zjlx: string;
  /** 证件号码, as the officer typed it. */
  zjhm: string;
  /** 签发国家, GB/T 2659 numeric; left empty on a 居民身份证, which only the PRC issues. */
  qfgj: string | null;
  /** 有效期至, YYYYMMDD. */
  yxqz: string | null;
  /** 证件状态: 有效, 已过期, 被盗, 遗失, 已注销, 未核查. */
  zjzt: string;
}

/** 其他标识: an identifier other than a phone or a document. */
export interface MpsOtherIdentifier {
  /** 标识类型: 电子邮箱, 社交账号, 虚拟货币钱包, 银行账号, 手机串号 (IMEI). */
  bslx: string;
  /** 标识值. */
  bsz: string;
}

/** 事件记录: one event, with its place. */
export interface MpsEvent {
  /** 事件类型: 招募, 中转, 出入境, 剥削, 拦截, 解救, 抓获, 起诉, 判决, 遣返. */
  sjlx: string;
  /** 发生时间: YYYYMMDD (00 for unknown parts) or YYYYMMDDHHmmss, Beijing time. */
  fssj: string;
  /** 发生地国家, GB/T 2659 numeric. */
  fsdgj: string | null;
  /** 发生地点: city, county, border post. */
  fsdd: string | null;
  /** 场所名称: a compound, an airport. */
  csmc: string | null;
  /** 行动代号: the operation's code. */
  xddh: string | null;
  /** 简要情况: the officer's summary. */
  jyqk: string | null;
}

/** 涉嫌罪名: an offence, by its article of the PRC Criminal Law. */
export interface MpsOffence {
  /** 刑法条款: the article's number, e.g. "240". */
  xftk: string;
  /** 罪名名称: the crime's name, e.g. "拐卖妇女、儿童罪". */
  zmmc: string;
}

/** 案件信息: the person's part in one case. */
export interface MpsCase {
  /** 案件编号. */
  ajbh: string;
  /** 人员身份 in this case. */
  rysf: string;
  /** 案件状态: 已立案, 侦查中, 已移送起诉, 已结案. */
  ajzt: string;
  /** 剥削形式: 强迫犯罪, 强迫劳动, 性剥削, … */
  bqxs: string[];
  /** 涉嫌罪名. */
  sxzm: MpsOffence[];
}

export interface MpsPerson {
  /** 人员编号: the ministry's person number. */
  rybh: string;
  /** 机关代码: the recording agency. */
  jgdm: string;
  /** 姓名: in Han characters, family name first (王小明). Null for a foreigner known by the passport name only. */
  xm: string | null;
  /** 姓名拼音: the pinyin on the person's PRC passport ("WANG XIAOMING"), when the record was made from one. */
  xmpy: string | null;
  /** 外文姓: a foreigner's surname in Latin letters, from the passport. */
  wwx: string | null;
  /** 外文名: a foreigner's given names in Latin letters, from the passport. */
  wwm: string | null;
  /** 性别: GB/T 2261.1 (0 未知, 1 男, 2 女, 9 未说明). */
  xb: string;
  /** 出生日期: YYYYMMDD, 00 for unknown parts ("19980000", "19980300"). */
  csrq: string | null;
  /** 国籍: GB/T 2659 numeric codes ("156"). */
  gj: string[];
  zjxx: MpsDocument[];
  /** 联系电话, as recorded: national form for Chinese numbers, international for foreign ones. */
  lxdh: string[];
  qtbs: MpsOtherIdentifier[];
  /** 人员身份: 犯罪嫌疑人, 被害人, 疑似被害人, 证人, 偷越国（边）境人员, 协助人员. */
  rysf: string[];
  sjjl: MpsEvent[];
  ajxx: MpsCase[];
  /** 共享限制: 仅限警务使用, 未经同意不得用于诉讼, 未经同意不得转递, 按提供方规定. */
  gxxz: string;
  /** 可共享国家: GB/T 2659 numeric codes. */
  kgxgj: string[];
  /** 更新时间: YYYYMMDDHHmmss, Beijing time. */
  gxsj: string;
}
