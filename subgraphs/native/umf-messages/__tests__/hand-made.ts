// Scenario records written by hand for any long-tail country, so that the simulator and the
// adapter are tested on every kind of name, date and identifier the format carries even while
// the generated scenario holds few (or no) records for the long tail.
import type { ScenarioName, ScenarioRecord } from '../../../scenario/model';

/** A national-format mobile number per country that the tests use; others get a foreign number. */
const HOME_PHONE: Record<string, string> = { AUS: '0412 345 678', KOR: '010-2345-6789', CAN: '(416) 979-2000', JPN: '090-1234-5678' };

/** Names in every script the format names, and the awkward shapes: mononym, patronymic, diacritics. */
export const NAMES: { what: string; name: ScenarioName }[] = [
  { what: 'a Latin name with diacritics', name: { given: 'José María', family: 'Muñoz Peña' } },
  { what: 'a Filipino name with a middle name', name: { given: 'Maricel', middle: 'Dizon', family: 'Villanueva' } },
  { what: 'a mononym', name: { given: 'Sutrisno' } },
  { what: 'a Malay patronymic name', name: { given: 'Nurul', patronymic: 'binti Ismail' } },
  { what: 'Hangul parts', name: { given: '민준', family: '김' } },
  { what: 'kanji parts', name: { given: '太郎', family: '山田' } },
  { what: 'Cyrillic parts', name: { given: 'Олена', family: 'Шевченко' } },
  { what: 'Greek parts', name: { given: 'Γιώργος', family: 'Παπαδόπουλος' } },
  { what: 'Arabic parts', name: { given: 'محمد', family: 'الحسن' } },
  { what: 'Devanagari parts', name: { given: 'सीता', family: 'श्रेष्ठ' } },
  { what: 'Georgian parts', name: { given: 'ნინო', family: 'ბერიძე' } },
  { what: 'Armenian parts', name: { given: 'Անի', family: 'Պետրոսյան' } },
  { what: 'a Thai name in Thai script with its passport romanisation', name: { given: 'Wira', family: 'Kaewmanee', nativeScript: 'วีระ แก้วมณี' } },
  { what: 'a Chinese name in Han characters with pinyin', name: { given: 'Xiaoming', family: 'Wang', nativeScript: '王小明' } },
  { what: 'a Khmer name in Khmer script', name: { given: 'Sreymom', family: 'Sok', nativeScript: 'សុខ ស្រីមុំ' } },
  { what: 'a script the format has no code for (Ethiopic)', name: { given: 'ሰላም', family: 'ተስፋዬ' } },
];

/** One record per name of NAMES, held by `code`'s bureau, each with a different mix of the rest. */
export function handMadeRecords(code: string): ScenarioRecord[] {
  return NAMES.map(({ name }, i): ScenarioRecord => ({
    jurisdiction: code,
    agency: 'NCB',
    localId: `${code}-HM-${String(i).padStart(4, '0')}`,
    personKey: `hand-made-${code}-${i}`,
    roles: i % 3 === 0 ? ['SUSPECT', 'FACILITATOR'] : i % 3 === 1 ? ['VICTIM', 'WITNESS'] : ['IRREGULAR_MIGRANT', 'POTENTIAL_VICTIM'],
    name,
    sex: (['FEMALE', 'MALE', 'OTHER', 'UNKNOWN'] as const)[i % 4]!,
    birth: i % 4 === 0 ? { year: 1980 + i } : i % 4 === 1 ? { year: 1980 + i, month: 2 } : i % 4 === 2 ? { year: 1980 + i, month: 2, day: 28 } : null,
    nationalities: i % 2 === 0 ? [code] : [code, 'PHL'],
    documents: [
      { type: 'PASSPORT', number: i % 2 === 0 ? `p ${1000000 + i} x` : `X${1000000 + i}`, issuingCountry: code, expiry: { year: 2030, month: 6, day: 30 }, status: (['VALID', 'STOLEN', 'LOST', 'UNKNOWN', 'EXPIRED', 'REVOKED'] as const)[i % 6]! },
      ...(i % 3 === 0 ? [{ type: 'NATIONAL_ID' as const, number: `ID-${900000 + i}`, issuingCountry: code, status: 'UNKNOWN' as const }] : []),
    ],
    phones: [HOME_PHONE[code] ?? '+63 917 482 1937', ...(i % 2 === 0 ? ['+66 81 774 2290'] : [])],
    otherIdentifiers: [
      { kind: 'EMAIL', value: `Person.${i}@Example.org` },
      ...(i % 3 === 0 ? [{ kind: 'CRYPTO_WALLET' as const, value: 'TQ7mYk3d9Lr2xPwq8FzN4cVb6HsJt1aE5u' }, { kind: 'IMEI' as const, value: '35-209900-176148-1' }] : []),
      ...(i % 5 === 0 ? [{ kind: 'SOCIAL_HANDLE' as const, value: '@Scam_Boss' }, { kind: 'BANK_ACCOUNT' as const, value: 'GB33 BUKB 2020 1555 5555 55' }] : []),
    ],
    events: i === 2 ? [] : [
      { type: 'RECRUITMENT', when: { year: 2024 }, country: 'PHL', locality: 'Quezon City', summary: 'Recruited online.' },
      { type: 'TRANSIT', when: { year: 2024, month: 3 }, country: 'THA', locality: 'Mae Sot, Tak', summary: 'Moved towards the border.' },
      { type: 'BORDER_CROSSING', when: { year: 2024, month: 3, day: 9 }, country: code, locality: 'Airport', facility: 'International terminal', summary: 'Entered.' },
      { type: 'INTERCEPTION', when: { year: 2024, month: 3, day: 9, hour: 12, minute: 0 }, country: code, locality: 'Airport', summary: 'Stopped at the gate, then let through.' },
      { type: 'EXPLOITATION', when: { year: 2024, month: 6 }, country: 'MMR', locality: 'Myawaddy', facility: 'KK Park', summary: 'Held in a scam compound.' },
      // Times next to midnight, and inside the spring-forward gap of Sydney (6 Oct) and Toronto (10 Mar).
      { type: 'ARREST', when: { year: 2024, month: 10, day: 1, hour: 23, minute: 59 }, country: code, locality: 'Capital', operation: 'LIBERTERRA-II', summary: 'Arrested late at night.' },
      { type: 'RESCUE', when: { year: 2024, month: 10, day: 2, hour: 0, minute: 5 }, country: code, locality: 'Capital', operation: 'LIBERTERRA-II', summary: 'Rescued just after midnight.' },
      { type: 'CHARGE', when: { year: 2024, month: 10, day: 6, hour: 2, minute: 30 }, country: code, locality: 'Capital', summary: 'Charged.' },
      { type: 'REPATRIATION', when: { year: 2024, month: 3, day: 10, hour: 2, minute: 30 }, country: code, locality: 'Capital', summary: 'Sent home.' },
      { type: 'CONVICTION', when: { year: 2024, month: 12, day: 31, hour: 23, minute: 30 }, country: code, locality: 'Capital', summary: 'Convicted.' },
    ],
    cases:
      i % 4 === 3
        ? []
        : [
            {
              reference: `${code}-2024-${100 + i}`,
              role: i % 3 === 0 ? 'SUSPECT' : 'VICTIM',
              status: (['OPEN', 'UNDER_INVESTIGATION', 'CHARGED'] as const)[i % 3]!,
              exploitationTypes: i % 2 === 0 ? ['FORCED_CRIMINALITY'] : ['FORCED_LABOUR', 'SEXUAL_EXPLOITATION'],
              offences: i % 2 === 0 ? ['TRAFFICKING_IN_PERSONS', 'FRAUD', 'ILLEGAL_GAMBLING', 'MONEY_LAUNDERING'] : ['MIGRANT_SMUGGLING', 'DOCUMENT_FRAUD', 'IMMIGRATION_OFFENCE'],
            },
          ],
    handling: { code: (['H0', 'H1', 'H2', 'H3'] as const)[i % 4]!, releasableTo: i % 2 === 0 ? ['PHL', 'THA'] : [] },
    updatedAt: `2024-10-0${1 + (i % 9)}T0${i % 10}:15:00Z`,
  }));
}
