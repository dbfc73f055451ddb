import { MappingError } from '../kit/mapping/mapping-error';
import { countryField } from '../kit/mapping/countries';
import type { Place } from '../kit/record/person-record';

/**
 * Cambodia's province codes (the two-digit codes of the national geocode, as on CNP forms) and the
 * province each one names. Phnom Penh is a municipality but has a code like the provinces.
 */
export const PROVINCES: ReadonlyMap<string, string> = new Map([
  ['01', 'Banteay Meanchey'],
  ['02', 'Battambang'],
  ['03', 'Kampong Cham'],
  ['04', 'Kampong Chhnang'],
  ['05', 'Kampong Speu'],
  ['06', 'Kampong Thom'],
  ['07', 'Kampot'],
  ['08', 'Kandal'],
  ['09', 'Koh Kong'],
  ['10', 'Kratie'],
  ['11', 'Mondulkiri'],
  ['12', 'Phnom Penh'],
  ['13', 'Preah Vihear'],
  ['14', 'Prey Veng'],
  ['15', 'Pursat'],
  ['16', 'Ratanakiri'],
  ['17', 'Siem Reap'],
  ['18', 'Preah Sihanouk'],
  ['19', 'Stung Treng'],
  ['20', 'Svay Rieng'],
  ['21', 'Takeo'],
  ['22', 'Oddar Meanchey'],
  ['23', 'Kep'],
  ['24', 'Pailin'],
  ['25', 'Tbong Khmum'],
]);

export interface NativeLocation {
  country: string | null;
  province_code: string | null;
  district: string | null;
  site: string | null;
}

/**
 * A CNP location as a shared Place. A province code means Cambodia whether or not the country is
 * written; a code with another country contradicts itself and is refused. The locality reads
 * "district, province", the way the CNP prints it.
 */
export function placeOf(field: string, loc: NativeLocation): Place | null {
  let province: string | null = null;
  if (loc.province_code !== null) {
    // "1" for "01" is a clerk's shortcut the CNP's own screens accept.
    const code = /^\d{1,2}$/.test(loc.province_code) ? loc.province_code.padStart(2, '0') : loc.province_code;
    province = PROVINCES.get(code) ?? null;
    if (province === null) throw new MappingError(`${field}.province_code`, loc.province_code, 'not a Cambodian province code');
  }
  const country = loc.country !== null ? countryField(`${field}.country`, loc.country) : province ? 'KHM' : null;
  if (province && country !== 'KHM') throw new MappingError(`${field}.province_code`, loc.province_code, 'a Cambodian province outside Cambodia');
  const locality = [loc.district, province].filter(Boolean).join(', ') || null;
  if (!country && !locality && !loc.site) return null;
  return { country, locality, facility: loc.site };
}
