import { Faker, en } from '@faker-js/faker';
import { loadOperations } from '../../schema/registry/operations';
import { isCountry, loadRegistry } from '../../schema/registry/registry';
import type { Scenario, ScenarioRecord } from './model';
import { operationRecords } from './operation/operation-records';
import { bambanCompound, crossBorderTrails } from './operation/trails';
import { storyRecords } from './story';

/** The seed of the embedded default; `SCENARIO_SEED` picks another world. */
export const DEFAULT_SEED = 20241004;

export interface ScenarioOptions {
  /** People whose trails cross three jurisdictions. @default 24 */
  trails?: number;
  /** People of the Bamban compound in the sample. @default 40 */
  bamban?: number;
}

const cache = new Map<string, Scenario>();

/**
 * The whole synthetic world for a seed: the story, the cross-border trails, the Bamban compound,
 * and every participating country's records of each operation, so that the figures the countries
 * count from their own records sum to the published ones. The same seed gives the same records.
 */
export function generateScenario(seed = DEFAULT_SEED, options: ScenarioOptions = {}): Scenario {
  const key = JSON.stringify([seed, options]);
  const hit = cache.get(key);
  if (hit) return hit;
  const f = new Faker({ locale: [en] });
  f.seed(seed);
  const registry = loadRegistry();
  const countries = registry.jurisdictions.filter(isCountry);
  const records: ScenarioRecord[] = [...storyRecords()];
  const [operation] = loadOperations();
  if (operation) {
    records.push(...crossBorderTrails(f, registry, options.trails ?? 24, operation));
    records.push(...bambanCompound(f, registry, options.bamban ?? 40));
  }
  for (const op of loadOperations()) records.push(...operationRecords(f, op, countries, records));
  const scenario = Object.freeze({ seed, records: Object.freeze(records) });
  cache.set(key, scenario);
  return scenario;
}

/** The records one jurisdiction's agencies hold. */
export function recordsOf(scenario: Scenario, jurisdiction: string): ScenarioRecord[] {
  return scenario.records.filter((r) => r.jurisdiction === jurisdiction);
}
