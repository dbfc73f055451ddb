import { createHash } from 'node:crypto';
import { Faker, en } from '@faker-js/faker';
import { loadOperations } from '../../schema/registry/operations';
import { isCountry, loadRegistry } from '../../schema/registry/registry';
import type { Scenario, ScenarioRecord } from './model';
import { countryOperationRecords, operationTargets } from './operation/operation-records';
import { bambanCompound, crossBorderTrails } from './operation/trails';
import { bambanReturneeRecords } from './facility-cases';
import { releaseCaseRecords } from './release-cases';
import { storyRecords } from './story';

/** The seed of the embedded default; `SCENARIO_SEED` picks another world. */
export const DEFAULT_SEED = 20241004;

export interface ScenarioOptions {
  /** People whose trails cross three jurisdictions. @default 24 */
  trails?: number;
  /** People of the Bamban compound in the sample. @default 40 */
  bamban?: number;
}

/** A generator seeded from the world's seed and a name, so each part is reproducible on its own. */
function stream(seed: number, ...names: string[]): Faker {
  const f = new Faker({ locale: [en] });
  f.seed(createHash('sha256').update([seed, ...names].join(':')).digest().readUInt32BE(0));
  return f;
}

const cache = new Map<string, Scenario>();

/**
 * The whole synthetic world for a seed: the story, the cross-border trails, the Bamban compound
 * (with the cases its foreign nationals' own countries opened),
 * and every participating country's records of each operation, so that the figures the countries
 * count from their own records sum to the published ones. The same seed gives the same records.
 * Each country's operation records come from their own stream and are made on first use, so a
 * native source that serves one country never generates the other 115.
 */
export function generateScenario(seed = DEFAULT_SEED, options: ScenarioOptions = {}): Scenario {
  const key = JSON.stringify([seed, options]);
  const hit = cache.get(key);
  if (hit) return hit;
  const registry = loadRegistry();
  const countries = registry.jurisdictions.filter(isCountry);
  const operations = loadOperations();
  const base: ScenarioRecord[] = [...storyRecords(), ...releaseCaseRecords(), ...bambanReturneeRecords()];
  const [first] = operations;
  if (first) {
    base.push(...crossBorderTrails(stream(seed, 'trails'), registry, options.trails ?? 24, first));
    base.push(...bambanCompound(stream(seed, 'bamban'), registry, options.bamban ?? 40));
  }
  const targets = operations.map((op) => ({ op, share: operationTargets(stream(seed, op.code), countries, op.published) }));
  const operationRecordsOf = new Map<string, readonly ScenarioRecord[]>();
  const madeFor = (code: string): readonly ScenarioRecord[] => {
    let made = operationRecordsOf.get(code);
    if (!made) {
      const j = registry.byCode(code);
      const own = base.filter((r) => r.jurisdiction === code);
      made = j && isCountry(j) ? targets.flatMap(({ op, share }) => countryOperationRecords(stream(seed, op.code, code), op, j, share.get(code)!, own)) : [];
      operationRecordsOf.set(code, made);
    }
    return made;
  };
  let all: readonly ScenarioRecord[] | undefined;
  const scenario: Scenario = Object.freeze({
    seed,
    // The story and the trails first, then each country's operation records in registry order.
    get records() {
      all ??= Object.freeze([...base, ...registry.jurisdictions.flatMap((j) => madeFor(j.code))]);
      return all;
    },
    recordsOf: (code: string) => [...base.filter((r) => r.jurisdiction === code), ...madeFor(code)],
  });
  cache.set(key, scenario);
  return scenario;
}

/** The records one jurisdiction's agencies hold. */
export function recordsOf(scenario: Scenario, jurisdiction: string): ScenarioRecord[] {
  return [...(scenario.recordsOf ? scenario.recordsOf(jurisdiction) : scenario.records.filter((r) => r.jurisdiction === jurisdiction))];
}
