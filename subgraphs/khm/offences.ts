// Charges as the CNP records them (a law code and an article) and the shared offence each one is.
// Several articles map to one offence; the table is exhaustive, so a charge it does not list is a
// MappingError for the record: counting it as trafficking, or not, would be a guess either way.
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
 * `<law code> <article>` → offence. Law codes of the CNP's list:
 * - LSHTSE-2008: Law on Suppression of Human Trafficking and Sexual Exploitation (2008). Its
 *   articles 10, 12, 15, 17 and 19 are the offences committed "for the purpose of any form of
 *   exploitation" (forced labour or services, slavery-like practices, debt bondage, …);
 * - CC-2009: Criminal Code (2009); LI-1994: Law on Immigration (1994); LAML-2020: Law on
 *   Anti-Money Laundering and Combating the Financing of Terrorism (2020); LSG-1996: Law on the
 *   Suppression of Gambling (1996).
 * Article numbers outside LSHTSE-2008 follow the simulated agency's code list: check them against
 * the CNP's own list before pointing the adapter at a real endpoint.
 */
export const CHARGES: ReadonlyMap<string, OffenceCode> = new Map([
  ['LSHTSE-2008 10', 'TRAFFICKING_IN_PERSONS'],
  ['LSHTSE-2008 12', 'TRAFFICKING_IN_PERSONS'],
  ['LSHTSE-2008 15', 'TRAFFICKING_IN_PERSONS'],
  ['LSHTSE-2008 17', 'TRAFFICKING_IN_PERSONS'],
  ['LSHTSE-2008 19', 'TRAFFICKING_IN_PERSONS'],
  ['LI-1994 30', 'MIGRANT_SMUGGLING'],
  ['LI-1994 29', 'IMMIGRATION_OFFENCE'],
  ['CC-2009 377', 'FRAUD'],
  ['CC-2009 629', 'DOCUMENT_FRAUD'],
  ['LSG-1996 2', 'ILLEGAL_GAMBLING'],
  ['LAML-2020 29', 'MONEY_LAUNDERING'],
]);

export interface NativeCharge {
  law: string;
  article: string;
}

/** The shared offence of one CNP charge; a law or article the table lacks is a MappingError. */
export function offenceOf(field: string, charge: NativeCharge): OffenceCode {
  const key = `${charge.law.trim().toUpperCase()} ${charge.article.trim().replace(/^0+(?=\d)/, '')}`;
  const offence = CHARGES.get(key);
  if (offence === undefined) throw new MappingError(field, charge, 'not a charge of the CNP code list');
  return offence;
}
