import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

const code = z.string().regex(/^[A-Z]{3}$/);

const operationSchema = z.object({
  code: z.string().regex(/^[A-Z0-9-]+$/),
  name: z.string().min(1),
  startDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  endDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  coordination: z.object({
    host: code,
    unit: z.string().min(1),
    inPerson: z.array(code),
    online: z.array(code),
    baliProcess: z.array(code),
  }),
  /**
   * The figures the operation published. The scenario is generated to reproduce them; the API
   * never serves them: its figures are always summed from the countries' own records.
   */
  published: z.object({
    countries: z.number().int().positive(),
    victimsRescued: z.number().int().min(0),
    arrests: z.number().int().min(0),
    arrestsForTraffickingOrSmuggling: z.number().int().min(0),
    irregularMigrantsIdentified: z.number().int().min(0),
  }),
});

/** A coordinated operation. Every country in the registry took part in the operations listed. */
export type OperationDefinition = Readonly<z.infer<typeof operationSchema>>;

let cached: readonly OperationDefinition[] | undefined;

export function loadOperations(): readonly OperationDefinition[] {
  cached ??= Object.freeze(z.array(operationSchema).parse(JSON.parse(readFileSync(join(__dirname, 'operations.json'), 'utf8'))));
  return cached;
}
