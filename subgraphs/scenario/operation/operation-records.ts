import type { Faker } from '@faker-js/faker';
import type { OperationDefinition } from '../../../schema/registry/operations';
import type { Jurisdiction } from '../../../schema/registry/registry';
import type { Offence, ScenarioRecord } from '../model';
import { apportion } from './apportion';
import { countScenario, type OperationCounts } from './operation-counts';
import { immigrationAgency, personRecord, policeAgency, dayIn } from './record-factory';

/** Where the operation's work concentrated; every other country gets a share of weight 1 ± jitter. */
const WEIGHTS: Record<keyof OperationCounts, Record<string, number>> = {
  victimsRescued: { PHL: 30, KHM: 24, THA: 18, MMR: 14, MYS: 12, IDN: 10, VNM: 10, LAO: 8, CHN: 6, IND: 4, NPL: 3 },
  arrests: { PHL: 28, THA: 16, KHM: 14, MYS: 12, IDN: 10, VNM: 10, CHN: 10, IND: 6, MMR: 6 },
  arrestsForTraffickingOrSmuggling: {},
  irregularMigrantsIdentified: { MYS: 40, THA: 30, IDN: 14, SGP: 10, PHL: 8, BRN: 6, IND: 6, VNM: 6, KHM: 5, TUR: 5, ITA: 5, ESP: 5 },
};

/** Nationalities of the people found in each hub's compounds and border checks. */
const ORIGINS = ['CHN', 'VNM', 'IDN', 'MYS', 'PHL', 'THA', 'KHM', 'MMR', 'LAO', 'IND', 'BGD', 'NPL', 'LKA', 'PAK'];
const OTHER_OFFENCES: Offence[] = ['FRAUD', 'ILLEGAL_GAMBLING', 'DOCUMENT_FRAUD', 'MONEY_LAUNDERING', 'IMMIGRATION_OFFENCE'];
const EXPLOITATION = ['FORCED_CRIMINALITY', 'FORCED_LABOUR', 'SEXUAL_EXPLOITATION'];

/** Each country's share of the published figures (drawn from the scenario's own stream). */
export function operationTargets(f: Faker, countries: readonly Jurisdiction[], published: OperationCounts): Map<string, OperationCounts> {
  const weights = (figure: keyof OperationCounts) =>
    countries.map((j) => (WEIGHTS[figure][j.code] ?? 1) * f.number.float({ min: 0.5, max: 1.5, fractionDigits: 3 }));
  const victims = apportion(published.victimsRescued, weights('victimsRescued'));
  const arrests = apportion(published.arrests, weights('arrests'));
  // Trafficking and smuggling arrests follow each country's arrests, so none has more than it arrested.
  const tip = apportion(published.arrestsForTraffickingOrSmuggling, arrests);
  const migrants = apportion(published.irregularMigrantsIdentified, weights('irregularMigrantsIdentified'));
  return new Map(
    countries.map((j, i) => [j.code, { victimsRescued: victims[i]!, arrests: arrests[i]!, arrestsForTraffickingOrSmuggling: tip[i]!, irregularMigrantsIdentified: migrants[i]! }]),
  );
}

/**
 * One country's records of the operation, so that the figures it counts from its own records equal
 * its share `want`. `existing` (the story, the trails) already counts towards it. Each country
 * draws from its own stream, so one country's records can be made without the others'.
 */
export function countryOperationRecords(f: Faker, op: OperationDefinition, j: Jurisdiction, want: OperationCounts, existing: readonly ScenarioRecord[]): ScenarioRecord[] {
  const out: ScenarioRecord[] = [];
  const have = countScenario(existing.filter((r) => r.jurisdiction === j.code), op.code);
  const need = (k: keyof OperationCounts) => {
    const n = want[k] - have[k];
    if (n < 0) throw new Error(`scenario: ${j.code} already has more ${k} than its share of ${op.code}`);
    return n;
  };
  let seq = 500_000;
  const foreign = () => f.helpers.arrayElement(ORIGINS.filter((c) => c !== j.code));
  const event = (type: 'RESCUE' | 'ARREST' | 'INTERCEPTION', summary: string) => ({
    type, when: dayIn(f, op.startDate, op.endDate), country: j.code, locality: j.name, operation: op.code, summary,
  });
  const tipArrests = need('arrestsForTraffickingOrSmuggling');
  const arrests = need('arrests');
  for (let i = 0; i < need('victimsRescued'); i++) {
    seq++;
    out.push(personRecord(f, {
      j, agency: policeAgency(j), seq, personKey: `${op.code}-${j.code}-v${i}`,
      nationality: f.datatype.boolean(0.65) ? j.code : foreign(), sex: f.datatype.boolean(0.6) ? 'FEMALE' : 'MALE',
      roles: [f.datatype.boolean(0.6) ? 'VICTIM' : 'POTENTIAL_VICTIM'],
      events: [event('RESCUE', 'Rescued during the operation.')],
      caseOf: { role: 'VICTIM', status: 'UNDER_INVESTIGATION', exploitationTypes: [f.helpers.arrayElement(EXPLOITATION)], offences: ['TRAFFICKING_IN_PERSONS'] },
      handling: f.helpers.arrayElement(['H1', 'H2'] as const), withPassport: f.datatype.boolean(0.7), withPhone: f.datatype.boolean(0.5), birthYears: [1980, 2006],
    }));
  }
  for (let i = 0; i < arrests; i++) {
    seq++;
    const forTip = i < tipArrests;
    out.push(personRecord(f, {
      j, agency: policeAgency(j), seq, personKey: `${op.code}-${j.code}-a${i}`,
      nationality: f.datatype.boolean(0.8) ? j.code : foreign(), sex: f.datatype.boolean(0.25) ? 'FEMALE' : 'MALE',
      roles: f.datatype.boolean(0.3) ? ['SUSPECT', 'FACILITATOR'] : ['SUSPECT'],
      events: [event('ARREST', 'Arrested during the operation.')],
      caseOf: {
        role: 'SUSPECT', status: 'CHARGED', exploitationTypes: forTip ? [f.helpers.arrayElement(EXPLOITATION)] : [],
        offences: forTip ? [f.helpers.arrayElement(['TRAFFICKING_IN_PERSONS', 'MIGRANT_SMUGGLING'] as const)] : [f.helpers.arrayElement(OTHER_OFFENCES)],
      },
      handling: 'H0', withPassport: f.datatype.boolean(0.6), withPhone: f.datatype.boolean(0.6), birthYears: [1965, 2002],
    }));
  }
  for (let i = 0; i < need('irregularMigrantsIdentified'); i++) {
    seq++;
    out.push(personRecord(f, {
      j, agency: immigrationAgency(j), seq, personKey: `${op.code}-${j.code}-m${i}`,
      nationality: foreign(), sex: f.datatype.boolean(0.4) ? 'FEMALE' : 'MALE', roles: ['IRREGULAR_MIGRANT'],
      events: [event('INTERCEPTION', 'Identified at a check during the operation.')],
      handling: f.helpers.arrayElement(['H0', 'H1'] as const), withPassport: f.datatype.boolean(0.4), withPhone: false, birthYears: [1975, 2006],
    }));
  }
  return out;
}
