import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import countries from 'i18n-iso-countries';
import { z } from 'zod';

/** `<country>-<short name>`, e.g. `PHL-BAMBAN`: upper case, digits and single dashes. */
export const FACILITY_ID = /^[A-Z]{3}(?:-[A-Z0-9]+)+$/;
export const FACILITY_ID_MAX = 64;

export const FACILITY_KINDS = ['SCAM_COMPOUND', 'AIRPORT', 'BORDER_CHECKPOINT', 'OTHER'] as const;

const facilitySchema = z.object({
  id: z.string().max(FACILITY_ID_MAX).regex(FACILITY_ID),
  name: z.string().min(1),
  kind: z.enum(FACILITY_KINDS),
  country: z.string().refine((c) => /^[A-Z]{3}$/.test(c) && countries.isValid(c), 'ISO 3166-1 alpha-3'),
  locality: z.string().min(1).nullable().default(null),
  description: z.string().min(1).nullable().default(null),
  /**
   * Every name agencies record the site under in their own records (`Place.facility`), in their
   * own languages; the name itself first. Countries match their records against these.
   */
  knownAs: z.array(z.string().min(1)).min(1),
});

/** A site where trafficking happened: its identity, never personal data. */
export type FacilityDefinition = Readonly<z.infer<typeof facilitySchema>>;

/** Validate a facility list: ids unique, and each name known as itself. */
export function parseFacilities(rows: unknown): readonly FacilityDefinition[] {
  const list = z.array(facilitySchema).parse(rows);
  const seen = new Set<string>();
  for (const f of list) {
    if (seen.has(f.id)) throw new Error(`facilities: duplicate id ${f.id}`);
    seen.add(f.id);
    if (!f.knownAs.includes(f.name)) throw new Error(`facilities: ${f.id} is not known as its own name "${f.name}"`);
  }
  return Object.freeze(list.map((f) => Object.freeze({ ...f, knownAs: Object.freeze([...f.knownAs]) as string[] })));
}

let cached: readonly FacilityDefinition[] | undefined;

/** The facilities the scenario's records refer to (schema/registry/facilities.json), validated once. */
export function loadFacilities(): readonly FacilityDefinition[] {
  cached ??= parseFacilities(JSON.parse(readFileSync(join(__dirname, 'facilities.json'), 'utf8')));
  return cached;
}

/** The facility with this id, or undefined. */
export function facilityById(id: string): FacilityDefinition | undefined {
  return loadFacilities().find((f) => f.id === id);
}
