// Malaysian statute citations ("ATIPSOM 2007 s.12", "Akta Imigresen 1959/63 sek.6(1)(c)") read as
// the shared offence codes. An act or section we have not classified is a MappingError: the
// operation summary counts trafficking and smuggling arrests by these codes, so no guessing.
import { MappingError } from '../kit/mapping/mapping-error';

export type OffenceCode =
  | 'TRAFFICKING_IN_PERSONS'
  | 'MIGRANT_SMUGGLING'
  | 'FRAUD'
  | 'ILLEGAL_GAMBLING'
  | 'DOCUMENT_FRAUD'
  | 'MONEY_LAUNDERING'
  | 'IMMIGRATION_OFFENCE';

/** Offence by section number (letters kept: 26A is not 26), or one offence for a whole act. */
type Sections = Readonly<Record<string, OffenceCode>> | OffenceCode;

interface Act {
  /** How papers name the act, upper case: short title, Malay and English titles, act number. */
  readonly names: readonly string[];
  readonly sections: Sections;
}

const ACTS: readonly Act[] = [
  {
    // Anti-Trafficking in Persons and Anti-Smuggling of Migrants Act 2007 (Act 670).
    names: ['ATIPSOM 2007', 'ATIPSOM', 'AKTA 670', 'AKTA ANTIPEMERDAGANGAN ORANG DAN ANTIPENYELUDUPAN MIGRAN 2007'],
    sections: {
      // s.12 trafficking adults, s.13 by threat or force, s.14 children, s.15 profiting, s.15A transporting.
      '12': 'TRAFFICKING_IN_PERSONS',
      '13': 'TRAFFICKING_IN_PERSONS',
      '14': 'TRAFFICKING_IN_PERSONS',
      '15': 'TRAFFICKING_IN_PERSONS',
      '15A': 'TRAFFICKING_IN_PERSONS',
      // s.26A smuggling, s.26B aggravated, s.26C abetting, s.26D profiting, s.26E supporting.
      '26A': 'MIGRANT_SMUGGLING',
      '26B': 'MIGRANT_SMUGGLING',
      '26C': 'MIGRANT_SMUGGLING',
      '26D': 'MIGRANT_SMUGGLING',
      '26E': 'MIGRANT_SMUGGLING',
    },
  },
  {
    // Penal Code (Act 574): cheating, and forgery of documents.
    names: ['KANUN KESEKSAAN', 'PENAL CODE', 'AKTA 574'],
    sections: { '415': 'FRAUD', '417': 'FRAUD', '419': 'FRAUD', '420': 'FRAUD', '465': 'DOCUMENT_FRAUD', '468': 'DOCUMENT_FRAUD', '471': 'DOCUMENT_FRAUD' },
  },
  { names: ['AKTA IMIGRESEN 1959/63', 'AKTA IMIGRESEN', 'IMMIGRATION ACT 1959/63', 'AKTA 155'], sections: 'IMMIGRATION_OFFENCE' },
  { names: ['AKTA PASPORT 1966', 'PASSPORTS ACT 1966', 'AKTA 150'], sections: 'DOCUMENT_FRAUD' },
  // Anti-Money Laundering, Anti-Terrorism Financing and Proceeds of Unlawful Activities Act 2001 (Act 613).
  { names: ['AMLATFPUAA 2001', 'AMLATFPUAA', 'AMLA 2001', 'AKTA 613'], sections: { '4': 'MONEY_LAUNDERING' } },
  { names: ['AKTA RUMAH JUDI TERBUKA 1953', 'COMMON GAMING HOUSES ACT 1953', 'AKTA 289'], sections: 'ILLEGAL_GAMBLING' },
];

const BY_NAME = new Map(ACTS.flatMap((act) => act.names.map((name) => [name, act] as const)));

/** `<act> s.|sek.|seksyen|section <number><letters>[(sub)…]`, spacing as typed. */
const CITATION = /^(.+?)[\s,]+(?:S|SEK|SEKSYEN|SECTION)\s*\.?\s*(\d+[A-Z]*)((?:\(\w+\))*)$/;

/** The shared offence code of one provision as the investigation paper cites it. */
export function offenceOf(field: string, raw: string): OffenceCode {
  const m = CITATION.exec(raw.trim().toUpperCase().replace(/\s+/g, ' '));
  if (!m) throw new MappingError(field, raw, 'not a citation of an act and section');
  const act = BY_NAME.get(m[1]!);
  if (!act) throw new MappingError(field, raw, 'an act this adapter does not classify');
  const offence = typeof act.sections === 'string' ? act.sections : act.sections[m[2]!];
  if (!offence) throw new MappingError(field, raw, 'a section this adapter does not classify');
  return offence;
}
