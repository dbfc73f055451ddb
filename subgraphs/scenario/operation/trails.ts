import type { Faker } from '@faker-js/faker';
import { loadFacilities } from '../../../schema/registry/facilities';
import type { Registry } from '../../../schema/registry/registry';
import type { ScenarioRecord } from '../model';
import { dayIn, immigrationAgency, internationalPhone, personRecord, policeAgency } from './record-factory';

const HOMES = ['VNM', 'IDN', 'MYS', 'CHN', 'PHL', 'KHM'];
const TRANSITS = ['THA', 'MYS', 'KHM'];
const HELD_IN = ['PHL', 'KHM', 'THA'];

/** The scam compound of the facility list (schema/registry/facilities.json) where people are held in a country. */
function compoundIn(country: string): string {
  const compound = loadFacilities().find((f) => f.country === country && f.kind === 'SCAM_COMPOUND');
  if (!compound) throw new Error(`scenario: no scam compound in ${country} in the facility list`);
  return compound.name;
}

/**
 * People whose trails cross three jurisdictions: reported recruited at home, recorded in transit,
 * rescued from a compound abroad during the operation. Each agency records the same passport and
 * phone its own way; the name is written abroad from the passport.
 */
export function crossBorderTrails(f: Faker, registry: Registry, count: number, operation: { code: string; startDate: string; endDate: string }): ScenarioRecord[] {
  const out: ScenarioRecord[] = [];
  for (let i = 0; i < count; i++) {
    const home = f.helpers.arrayElement(HOMES);
    const transit = f.helpers.arrayElement(TRANSITS.filter((c) => c !== home));
    const held = f.helpers.arrayElement(HELD_IN.filter((c) => c !== home && c !== transit));
    const sex = f.datatype.boolean(0.6) ? ('FEMALE' as const) : ('MALE' as const);
    const personKey = `trail-${i}`;
    const base = personRecord(f, {
      j: registry.byCode(home)!, agency: policeAgency(registry.byCode(home)!), seq: 900_000 + i, personKey, nationality: home, sex,
      roles: ['POTENTIAL_VICTIM'],
      events: [{ type: 'RECRUITMENT', when: { year: 2024, month: f.number.int({ min: 3, max: 6 }) }, country: home, locality: registry.byCode(home)!.name, summary: 'Family reported a relative recruited online for work abroad.' }],
      caseOf: { role: 'POTENTIAL_VICTIM', status: 'OPEN', exploitationTypes: ['FORCED_CRIMINALITY'], offences: ['TRAFFICKING_IN_PERSONS'] },
      handling: 'H2', withPassport: true, withPhone: true, birthYears: [1990, 2004],
    });
    out.push(base);
    const abroad = (code: string, agency: string, seq: number, rest: Partial<ScenarioRecord>): ScenarioRecord => ({
      ...base,
      jurisdiction: code,
      agency,
      localId: code === 'THA' ? `2567-${agency === 'TIB' ? 'TIB' : 'ATPD'}-${String(seq).padStart(6, '0')}` : `2024-${String(seq).padStart(6, '0')}`,
      // Abroad the name comes off the passport: Latin letters, no native script.
      name: { ...base.name, nativeScript: undefined },
      documents: base.documents.map((d) => ({ ...d, number: f.datatype.boolean(0.5) ? d.number.toLowerCase() : d.number.replace(/^(\w{2})/, '$1 ') })),
      phones: base.phones.map((p) => internationalPhone(p, home)),
      cases: [],
      ...rest,
    });
    const t = registry.byCode(transit)!;
    out.push(abroad(transit, immigrationAgency(t), 900_000 + i, {
      roles: ['IRREGULAR_MIGRANT'],
      events: [{ type: 'BORDER_CROSSING', when: { year: 2024, month: 7, day: f.number.int({ min: 1, max: 28 }), hour: f.number.int({ min: 0, max: 23 }), minute: 0 }, country: transit, locality: t.name, summary: 'Crossed the border with a group, without inspection.' }],
      handling: { code: 'H1', releasableTo: [] },
    }));
    const h = registry.byCode(held)!;
    out.push(abroad(held, policeAgency(h), 900_000 + i, {
      roles: ['VICTIM'],
      events: [
        { type: 'EXPLOITATION', when: { year: 2024, month: 8 }, country: held, locality: h.name, facility: compoundIn(held), summary: 'Held and forced to run online scams.' },
        { type: 'RESCUE', when: dayIn(f, operation.startDate, operation.endDate), country: held, locality: h.name, operation: operation.code, summary: 'Rescued in a raid during the operation.' },
      ],
      cases: [{ reference: `${held}-2024-T${String(i).padStart(4, '0')}`, role: 'VICTIM', status: 'UNDER_INVESTIGATION', exploitationTypes: ['FORCED_CRIMINALITY'], offences: ['TRAFFICKING_IN_PERSONS'] }],
      handling: { code: 'H2', releasableTo: [home] },
    }));
  }
  return out;
}

/**
 * The Bamban compound (Tarlac, PHL): office blocks used as dormitories and scam floors, villas
 * for operators, about 700 people held of Philippine, Chinese, Vietnamese, Malaysian and
 * Indonesian nationality, found in the March 2023 raid. A sample of its people, linked to one case.
 */
export function bambanCompound(f: Faker, registry: Registry, count: number): ScenarioRecord[] {
  const phl = registry.byCode('PHL')!;
  return Array.from({ length: count }, (_, i) => {
    const nationality = f.helpers.arrayElement(['PHL', 'CHN', 'VNM', 'MYS', 'IDN']);
    const operator = i % 10 === 0;
    return personRecord(f, {
      j: phl, agency: nationality === 'PHL' || operator ? 'PNP' : 'BI', seq: 800_000 + i, personKey: `bamban-${i}`, nationality,
      sex: f.datatype.boolean(0.5) ? 'FEMALE' : 'MALE',
      roles: operator ? ['SUSPECT'] : nationality === 'PHL' ? ['VICTIM'] : ['VICTIM', 'IRREGULAR_MIGRANT'],
      events: [
        { type: 'EXPLOITATION', when: { year: 2023, month: f.number.int({ min: 1, max: 2 }) }, country: 'PHL', locality: 'Bamban, Tarlac', facility: 'Bamban compound', summary: operator ? 'Ran a scam floor.' : 'Held in the dormitory blocks and made to work scam floors.' },
        { type: operator ? 'ARREST' : 'RESCUE', when: { year: 2023, month: 3, day: 13, hour: 6, minute: 0 }, country: 'PHL', locality: 'Bamban, Tarlac', facility: 'Bamban compound', summary: 'Raid on the Bamban compound.' },
      ],
      caseOf: { role: operator ? 'SUSPECT' : 'VICTIM', status: 'CHARGED', exploitationTypes: ['FORCED_CRIMINALITY'], offences: ['TRAFFICKING_IN_PERSONS'] },
      handling: 'H1', withPassport: true, withPhone: f.datatype.boolean(0.5), birthYears: [1975, 2003],
    });
  }).map((r) => ({ ...r, cases: r.cases.map((c) => ({ ...c, reference: 'PHL-2023-BAMBAN' })) }));
}
