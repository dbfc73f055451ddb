import type { ScenarioRecord } from '../model';

/** The figures a set of scenario records gives, by the same rules countries count by (kit/operation). */
export interface OperationCounts {
  victimsRescued: number;
  arrests: number;
  arrestsForTraffickingOrSmuggling: number;
  irregularMigrantsIdentified: number;
}

export function countScenario(records: Iterable<ScenarioRecord>, operation: string): OperationCounts {
  const c: OperationCounts = { victimsRescued: 0, arrests: 0, arrestsForTraffickingOrSmuggling: 0, irregularMigrantsIdentified: 0 };
  for (const r of records) {
    const events = r.events.filter((e) => e.operation === operation);
    if (events.length === 0) continue;
    if ((r.roles.includes('VICTIM') || r.roles.includes('POTENTIAL_VICTIM')) && events.some((e) => e.type === 'RESCUE')) c.victimsRescued++;
    if (events.some((e) => e.type === 'ARREST')) {
      c.arrests++;
      if (r.cases.some((k) => k.offences.some((o) => o === 'TRAFFICKING_IN_PERSONS' || o === 'MIGRANT_SMUGGLING'))) c.arrestsForTraffickingOrSmuggling++;
    }
    if (r.roles.includes('IRREGULAR_MIGRANT')) c.irregularMigrantsIdentified++;
  }
  return c;
}
