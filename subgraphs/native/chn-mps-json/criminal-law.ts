import type { Offence } from '../../scenario/model';
import type { MpsOffence } from './mps-person';

/**
 * The article of the PRC Criminal Law (《中华人民共和国刑法》) the MPS charges for each shared offence,
 * with the crime's name (罪名) as the Supreme People's Court's list gives it.
 *
 * | article | crime                          | offence                 |
 * |---------|--------------------------------|-------------------------|
 * | 240     | 拐卖妇女、儿童罪                 | trafficking in persons  |
 * | 318     | 组织他人偷越国（边）境罪          | migrant smuggling       |
 * | 266     | 诈骗罪                          | fraud                   |
 * | 303     | 开设赌场罪                       | illegal gambling        |
 * | 320     | 提供伪造、变造的出入境证件罪       | document fraud          |
 * | 191     | 洗钱罪                          | money laundering        |
 * | 322     | 偷越国（边）境罪                 | immigration offence     |
 *
 * The adapter (subgraphs/chn/offences.ts) also reads a few neighbouring articles of the same offences.
 */
export const CRIMINAL_LAW: Record<Offence, MpsOffence> = {
  TRAFFICKING_IN_PERSONS: { xftk: '240', zmmc: '拐卖妇女、儿童罪' },
  MIGRANT_SMUGGLING: { xftk: '318', zmmc: '组织他人偷越国（边）境罪' },
  FRAUD: { xftk: '266', zmmc: '诈骗罪' },
  ILLEGAL_GAMBLING: { xftk: '303', zmmc: '开设赌场罪' },
  DOCUMENT_FRAUD: { xftk: '320', zmmc: '提供伪造、变造的出入境证件罪' },
  MONEY_LAUNDERING: { xftk: '191', zmmc: '洗钱罪' },
  IMMIGRATION_OFFENCE: { xftk: '322', zmmc: '偷越国（边）境罪' },
};
