/** A contribution as the gateway hands it over through `@requires` (null: the country failed). */
export interface ContributionFigures {
  country: string;
  victimsRescued?: number;
  arrests?: number;
  arrestsForTraffickingOrSmuggling?: number;
  irregularMigrantsIdentified?: number;
  skippedRecords?: number;
}

export type Figure = 'victimsRescued' | 'arrests' | 'arrestsForTraffickingOrSmuggling' | 'irregularMigrantsIdentified' | 'skippedRecords';

/** The sum of one figure over the countries that answered. */
export function sumFigure(byCountry: ReadonlyArray<ContributionFigures | null>, figure: Figure): number {
  return byCountry.reduce((total, c) => total + (c?.[figure] ?? 0), 0);
}

/** Participating countries with no contribution in the answer: their figures are missing. */
export function missingCountries(participating: readonly string[], byCountry: ReadonlyArray<ContributionFigures | null>): string[] {
  const answered = new Set(byCountry.flatMap((c) => (c ? [c.country] : [])));
  return participating.filter((code) => !answered.has(code));
}
