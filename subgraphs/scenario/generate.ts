import { Faker, en } from '@faker-js/faker';
import type { Scenario, ScenarioRecord } from './model';
import { FILIPINO_FAMILY, FILIPINO_GIVEN_FEMALE, FILIPINO_GIVEN_MALE, THAI_FAMILY, THAI_GIVEN } from './name-pools';
import { storyRecords } from './story';

/** The seed of the embedded default; `SCENARIO_SEED` picks another world. */
export const DEFAULT_SEED = 20241004;

export interface ScenarioSize {
  /** Filler records per jurisdiction beside the story. */
  PHL: number;
  THA: number;
}

const DEFAULT_SIZE: ScenarioSize = { PHL: 60, THA: 40 };

const pad = (n: number, width: number) => String(n).padStart(width, '0');

function fillerPhl(f: Faker, i: number): ScenarioRecord {
  const sex = f.helpers.arrayElement(['FEMALE', 'MALE'] as const);
  const given = f.helpers.arrayElement(sex === 'FEMALE' ? FILIPINO_GIVEN_FEMALE : FILIPINO_GIVEN_MALE);
  const [middle, family] = f.helpers.arrayElements(FILIPINO_FAMILY, 2) as [string, string];
  const year = f.number.int({ min: 1970, max: 2006 });
  // Some birth dates are known only to the year or month, as in real intake forms.
  const precision = f.number.int({ min: 0, max: 9 });
  return {
    jurisdiction: 'PHL',
    agency: f.helpers.arrayElement(['PNP', 'BI']),
    localId: `2024-${pad(200 + i, 6)}`,
    personKey: `phl-${i}`,
    roles: [f.helpers.arrayElement(['VICTIM', 'POTENTIAL_VICTIM', 'WITNESS', 'IRREGULAR_MIGRANT'] as const)],
    name: { given, middle: precision > 2 ? middle : undefined, family },
    sex,
    birth: precision === 0 ? { year } : precision === 1 ? { year, month: f.number.int({ min: 1, max: 12 }) } : { year, month: f.number.int({ min: 1, max: 12 }), day: f.number.int({ min: 1, max: 28 }) },
    nationalities: ['PHL'],
    documents: [{ type: 'PASSPORT', number: `P${pad(f.number.int({ min: 0, max: 9_999_999 }), 7)}${f.string.alpha({ length: 1, casing: 'upper' })}`, issuingCountry: 'PHL', status: 'VALID' }],
    phones: [`09${f.helpers.arrayElement(['17', '18', '27', '55', '95'])} ${pad(f.number.int({ min: 0, max: 999 }), 3)} ${pad(f.number.int({ min: 0, max: 9999 }), 4)}`],
    otherIdentifiers: [],
    events: [
      { type: 'RESCUE', when: { year: 2024, month: 10, day: f.number.int({ min: 1, max: 4 }) }, country: 'PHL', locality: f.helpers.arrayElement(['Pasay', 'Bamban, Tarlac', 'Parañaque', 'Cebu City']), operation: 'LIBERTERRA-II', summary: 'Identified during the operation.' },
    ],
    cases: [],
    handling: { code: f.helpers.arrayElement(['H0', 'H1', 'H2'] as const), releasableTo: [] },
    updatedAt: new Date(Date.UTC(2024, 9, 5, f.number.int({ min: 0, max: 23 }))).toISOString(),
  };
}

function fillerTha(f: Faker, i: number): ScenarioRecord {
  const given = f.helpers.arrayElement(THAI_GIVEN);
  const family = f.helpers.arrayElement(THAI_FAMILY);
  const year = f.number.int({ min: 1965, max: 2005 });
  return {
    jurisdiction: 'THA',
    agency: f.helpers.arrayElement(['RTP', 'TIB']),
    localId: `2567-${f.helpers.arrayElement(['ATPD', 'TIB'])}-${pad(1000 + i, 6)}`,
    personKey: `tha-${i}`,
    roles: [f.helpers.arrayElement(['SUSPECT', 'VICTIM', 'IRREGULAR_MIGRANT', 'WITNESS'] as const)],
    name: { given: given.latin, family: family.latin, nativeScript: `${given.thai} ${family.thai}` },
    sex: given.sex,
    birth: f.datatype.boolean(0.2) ? { year } : { year, month: f.number.int({ min: 1, max: 12 }), day: f.number.int({ min: 1, max: 28 }) },
    nationalities: ['THA'],
    documents: [{ type: 'PASSPORT', number: `A${f.string.alpha({ length: 1, casing: 'upper' })}${pad(f.number.int({ min: 0, max: 9_999_999 }), 7)}`, issuingCountry: 'THA', status: 'VALID' }],
    phones: [`0${f.helpers.arrayElement(['81', '82', '89', '91'])} ${pad(f.number.int({ min: 0, max: 999 }), 3)} ${pad(f.number.int({ min: 0, max: 9999 }), 4)}`],
    otherIdentifiers: [],
    events: [
      { type: 'ARREST', when: { year: 2024, month: 10, day: f.number.int({ min: 1, max: 4 }) }, country: 'THA', locality: f.helpers.arrayElement(['Bangkok', 'Mae Sot, Tak', 'Chiang Rai']), operation: 'LIBERTERRA-II', summary: 'Recorded during the operation.' },
    ],
    cases: [],
    handling: { code: f.helpers.arrayElement(['H0', 'H1', 'H2'] as const), releasableTo: [] },
    updatedAt: new Date(Date.UTC(2024, 9, 5, f.number.int({ min: 0, max: 23 }))).toISOString(),
  };
}

/** The whole synthetic world for a seed: the story plus filler, the same records for the same seed. */
export function generateScenario(seed = DEFAULT_SEED, size: ScenarioSize = DEFAULT_SIZE): Scenario {
  const f = new Faker({ locale: [en] });
  f.seed(seed);
  const records = [
    ...storyRecords(),
    ...Array.from({ length: size.PHL }, (_, i) => fillerPhl(f, i)),
    ...Array.from({ length: size.THA }, (_, i) => fillerTha(f, i)),
  ];
  return Object.freeze({ seed, records: Object.freeze(records) });
}

/** The records one jurisdiction's agencies hold. */
export function recordsOf(scenario: Scenario, jurisdiction: string): ScenarioRecord[] {
  return scenario.records.filter((r) => r.jurisdiction === jurisdiction);
}
