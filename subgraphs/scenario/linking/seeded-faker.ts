import { createHash } from 'node:crypto';
import { Faker, en } from '@faker-js/faker';

/** A generator seeded from the set's seed and a name, like the scenario's own streams (generate.ts). */
export function seededFaker(seed: number, ...names: string[]): Faker {
  const f = new Faker({ locale: [en] });
  f.seed(createHash('sha256').update([seed, ...names].join(':')).digest().readUInt32BE(0));
  return f;
}
