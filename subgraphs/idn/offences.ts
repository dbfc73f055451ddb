// Articles (pasal) as POLRI and Imigrasi cite them in a case, and the shared offence each one is.
// The table is exhaustive: an article it does not list is a MappingError for the record, since
// counting it as trafficking, or not, would be a guess either way.
import { MappingError } from '../kit/mapping/mapping-error';

export type OffenceCode =
  | 'TRAFFICKING_IN_PERSONS'
  | 'MIGRANT_SMUGGLING'
  | 'FRAUD'
  | 'ILLEGAL_GAMBLING'
  | 'DOCUMENT_FRAUD'
  | 'MONEY_LAUNDERING'
  | 'IMMIGRATION_OFFENCE';

/**
 * `<law> <pasal>[ (<ayat>)]` → offence. A key with an ayat is looked up first, then the article as
 * a whole; an article listed only by ayat (UU ITE art. 27 and 28 cover several offences) needs
 * its ayat.
 * - UU 21/2007 (TPPO, trafficking in persons): art. 2 (trafficking), 3 (into Indonesia), 4 (Indonesians
 *   taken abroad), 5–6 (children), 10 (assisting, attempt), 11 (conspiracy);
 * - UU 6/2011 (Keimigrasian): art. 120 people smuggling; 113, 119, 122 entry, stay and permit
 *   offences; 126 travel-document fraud;
 * - KUHP (Criminal Code): 263, 266 forgery; 303, 303 bis gambling; 378 fraud;
 * - UU 11/2008 (ITE): 27(2) online gambling, 28(1) online deception of consumers;
 * - UU 8/2010 (TPPU, money laundering): art. 3, 4, 5.
 */
export const ARTICLES: ReadonlyMap<string, OffenceCode> = new Map([
  ...['2', '3', '4', '5', '6', '10', '11'].map((a): [string, OffenceCode] => [`UU 21/2007 ${a}`, 'TRAFFICKING_IN_PERSONS']),
  ['UU 6/2011 120', 'MIGRANT_SMUGGLING'],
  ['UU 6/2011 113', 'IMMIGRATION_OFFENCE'],
  ['UU 6/2011 119', 'IMMIGRATION_OFFENCE'],
  ['UU 6/2011 122', 'IMMIGRATION_OFFENCE'],
  ['UU 6/2011 126', 'DOCUMENT_FRAUD'],
  ['KUHP 263', 'DOCUMENT_FRAUD'],
  ['KUHP 266', 'DOCUMENT_FRAUD'],
  ['KUHP 303', 'ILLEGAL_GAMBLING'],
  ['KUHP 303 BIS', 'ILLEGAL_GAMBLING'],
  ['KUHP 378', 'FRAUD'],
  ['UU 11/2008 27 (2)', 'ILLEGAL_GAMBLING'],
  ['UU 11/2008 28 (1)', 'FRAUD'],
  ...['3', '4', '5'].map((a): [string, OffenceCode] => [`UU 8/2010 ${a}`, 'MONEY_LAUNDERING']),
]);

// "UU No. 21 Tahun 2007", "UU 21/2007", "UU No 21/2007" → "UU 21/2007"; "KUHP" as is.
const LAW = String.raw`(?:UU\s+(?:NO\.?\s*)?(\d{1,3})\s*(?:/|\s+TAHUN\s+)(\d{4})|(KUHP))`;
const ARTICLE = String.raw`PASAL\s+(\d{1,3}(?:\s*BIS)?)(?:\s+AYAT\s+\((\d{1,2})\))?`;
// Both orders are in use: "UU 6/2011 Pasal 120" and "Pasal 120 UU No. 6 Tahun 2011".
const LAW_FIRST = new RegExp(`^${LAW}\\s+${ARTICLE}$`);
const ARTICLE_FIRST = new RegExp(`^${ARTICLE}\\s+${LAW}$`);

interface Citation {
  law: string;
  article: string;
  ayat: string | undefined;
}

function parseCitation(raw: string): Citation | null {
  const text = raw.normalize('NFC').trim().toUpperCase().replace(/\s+/g, ' ');
  const lawOf = (no?: string, year?: string, kuhp?: string) => kuhp ?? `UU ${Number(no)}/${year}`;
  const articleOf = (a: string) => a.replace(/\s*BIS$/, ' BIS').replace(/^0+(?=\d)/, '');
  let m = LAW_FIRST.exec(text);
  if (m) return { law: lawOf(m[1], m[2], m[3]), article: articleOf(m[4]!), ayat: m[5] && String(Number(m[5])) };
  m = ARTICLE_FIRST.exec(text);
  if (m) return { law: lawOf(m[3], m[4], m[5]), article: articleOf(m[1]!), ayat: m[2] && String(Number(m[2])) };
  return null;
}

/** The shared offence of one cited article; an unreadable citation or an unlisted article is a MappingError. */
export function offenceOf(field: string, raw: string): OffenceCode {
  const c = parseCitation(raw);
  if (c === null) throw new MappingError(field, raw, 'not a citation of the form "Pasal N UU No. X Tahun Y"');
  const offence = (c.ayat !== undefined ? ARTICLES.get(`${c.law} ${c.article} (${c.ayat})`) : undefined) ?? ARTICLES.get(`${c.law} ${c.article}`);
  if (offence === undefined) throw new MappingError(field, raw, 'not an article the adapter knows');
  return offence;
}
