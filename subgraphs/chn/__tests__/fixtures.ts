// Native MPS records and interface answers as the ministry documents them, written by hand so the
// adapter is tested against the native contract, not against our own simulator.
import nock from 'nock';
import { loadRegistry, type Jurisdiction } from '../../../schema/registry/registry';
import type { AdapterSettings } from '../../kit/subgraph/run-country';

export const CHN: Jurisdiction = loadRegistry().byCode('CHN')!;
export const BASE_URL = 'http://mps.example.test';
export const PAGE_PATH = '/mps/api/ryxx';
export const QUERY_PATH = '/mps/api/ryxx/cx';
export const settings: AdapterSettings = { jurisdiction: CHN, baseUrl: BASE_URL, timeoutMs: 2000 };

/** A woman lured abroad by a fake job advert and rescued from a compound; her record was made from her passport. */
export function victimNative(): Record<string, unknown> {
  return {
    rybh: 'R5301002024100012',
    jgdm: 'MPS',
    xm: '李娜',
    xmpy: 'LI NA',
    xb: '2',
    csrq: '19990521',
    gj: ['156'],
    zjxx: [
      { zjlx: '414', zjhm: 'E12345678', qfgj: '156', yxqz: '20300115', zjzt: '有效' },
      { zjlx: '111', zjhm: '53010219990521002X', qfgj: null, yxqz: null, zjzt: '有效' },
    ],
    lxdh: ['138 1234 5678'],
    qtbs: [{ bslx: '社交账号', bsz: 'LiNa_1999' }],
    rysf: ['被害人'],
    sjjl: [
      { sjlx: '招募', fssj: '20240300', fsdgj: '156', fsdd: '云南省昆明市', csmc: null, xddh: null, jyqk: '经网络招聘被骗出境。' },
      { sjlx: '出入境', fssj: '20240402233000', fsdgj: '104', fsdd: '瑞丽', csmc: null, xddh: null, jyqk: '经边境便道出境。' },
      { sjlx: '解救', fssj: '20241002', fsdgj: '104', fsdd: '妙瓦底', csmc: 'KK园区', xddh: 'LIBERTERRA-II', jyqk: '联合行动中获救。' },
    ],
    ajxx: [
      {
        ajbh: 'CHN-2024-0088',
        rysf: '被害人',
        ajzt: '侦查中',
        bqxs: ['强迫犯罪'],
        sxzm: [
          { xftk: '240', zmmc: '拐卖妇女、儿童罪' },
          { xftk: '266', zmmc: '诈骗罪' },
        ],
      },
    ],
    gxxz: '未经同意不得转递',
    kgxgj: ['608', '764'],
    gxsj: '20241003171500',
  };
}

/** The recruiter: compound surname, no passport pinyin on file, birth year only, passport reported stolen. */
export function suspectNative(): Record<string, unknown> {
  return {
    rybh: 'R5301002024100031',
    jgdm: 'MPS',
    xm: '欧阳建国',
    xb: '1',
    csrq: '19850000',
    gj: ['156'],
    zjxx: [{ zjlx: '414', zjhm: 'EA1234567', qfgj: '156', yxqz: null, zjzt: '被盗' }],
    lxdh: ['+66 81 774 2290'],
    qtbs: [{ bslx: '虚拟货币钱包', bsz: 'TQ7mYk3d9Lr2xPwq8FzN4cVb6HsJt1aE5u' }],
    rysf: ['犯罪嫌疑人', '协助人员'],
    sjjl: [{ sjlx: '抓获', fssj: '20241001180000', fsdgj: '156', fsdd: '西双版纳', csmc: null, xddh: 'LIBERTERRA-II', jyqk: '组织他人偷越国境。' }],
    ajxx: [
      {
        ajbh: 'CHN-2024-0088',
        rysf: '犯罪嫌疑人',
        ajzt: '已移送起诉',
        bqxs: ['强迫犯罪'],
        sxzm: [
          { xftk: '240', zmmc: '拐卖妇女、儿童罪' },
          { xftk: '318', zmmc: '组织他人偷越国（边）境罪' },
        ],
      },
    ],
    gxxz: '仅限警务使用',
    kgxgj: [],
    gxsj: '20241002100000',
  };
}

/** A Filipina stopped at the border, known by her passport name only. */
export function foreignNative(): Record<string, unknown> {
  return {
    rybh: 'R4501002024100077',
    jgdm: 'MPS',
    xm: null,
    wwx: 'VILLANUEVA',
    wwm: 'MARICEL DIZON',
    xb: '2',
    csrq: '19980314',
    gj: ['608'],
    zjxx: [{ zjlx: '414', zjhm: 'P4821937B', qfgj: '608', yxqz: '20310630', zjzt: '未核查' }],
    lxdh: ['+63 917 482 1937'],
    rysf: ['偷越国（边）境人员', '疑似被害人'],
    sjjl: [{ sjlx: '拦截', fssj: '20240315', fsdgj: '156', fsdd: '东兴口岸', xddh: null, jyqk: '入境时被拦截。' }],
    ajxx: [{ ajbh: 'CHN-2024-0102', rysf: '疑似被害人', ajzt: '已立案', bqxs: [], sxzm: [{ xftk: '322', zmmc: '偷越国（边）境罪' }] }],
    gxxz: '按提供方规定',
    kgxgj: ['608'],
    gxsj: '20240316090000',
  };
}

/** A witness with as little as a desk ever writes down. */
export function sparseNative(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { rybh: 'R5301002024100099', jgdm: 'MPS', xm: '张伟', rysf: ['证人'], ...overrides };
}

/** A successful answer of the interface. */
export const ok = (data: unknown) => ({ code: '0000', msg: '成功', data });

/** A page answer around the given records. */
export function pageAnswer(list: unknown[], pageNo: number, total: number, pageSize = CHN.native.pageSize) {
  return ok({ pageNo, pageSize, total, list });
}

/** The native interface under nock; nothing else on the network answers. */
export function nativeApi(): nock.Scope {
  return nock(BASE_URL);
}

let gbk: Map<string, number[]> | undefined;

/**
 * Text as GBK bytes, the way an older MPS exporter writes it. Node decodes GBK but does not encode
 * it, so the table is WHATWG's own decoder run backwards over the two-byte range.
 */
export function encodeGbk(text: string): Buffer {
  if (!gbk) {
    gbk = new Map();
    const decoder = new TextDecoder('gbk');
    for (let lead = 0x81; lead <= 0xfe; lead += 1) {
      for (let trail = 0x40; trail <= 0xfe; trail += 1) {
        if (trail === 0x7f) continue;
        const char = decoder.decode(Uint8Array.of(lead, trail));
        if (!gbk.has(char)) gbk.set(char, [lead, trail]);
      }
    }
  }
  const table = gbk;
  return Buffer.from(
    Array.from(text).flatMap((char) => {
      if (char.charCodeAt(0) < 0x80) return [char.charCodeAt(0)];
      const bytes = table.get(char);
      if (!bytes) throw new Error(`no GBK bytes for U+${char.codePointAt(0)!.toString(16)}`);
      return bytes;
    }),
  );
}
