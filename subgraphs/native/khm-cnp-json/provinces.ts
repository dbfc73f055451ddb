import type { ScenarioEvent } from '../../scenario/model';
import type { CnpLocation } from './cnp-person';

/** Cambodia's two-digit province codes, as the CNP's forms use them. */
export const PROVINCE_CODES: Readonly<Record<string, string>> = {
  'Banteay Meanchey': '01', Battambang: '02', 'Kampong Cham': '03', 'Kampong Chhnang': '04', 'Kampong Speu': '05',
  'Kampong Thom': '06', Kampot: '07', Kandal: '08', 'Koh Kong': '09', Kratie: '10', Mondulkiri: '11', 'Phnom Penh': '12',
  'Preah Vihear': '13', 'Prey Veng': '14', Pursat: '15', Ratanakiri: '16', 'Siem Reap': '17', 'Preah Sihanouk': '18',
  'Stung Treng': '19', 'Svay Rieng': '20', Takeo: '21', 'Oddar Meanchey': '22', Kep: '23', Pailin: '24', 'Tbong Khmum': '25',
};

/** Towns and border posts known by their own name, and the province they lie in. */
const TOWNS: Readonly<Record<string, string>> = {
  sihanoukville: 'Preah Sihanouk',
  'kampong som': 'Preah Sihanouk',
  poipet: 'Banteay Meanchey',
  'o smach': 'Oddar Meanchey',
  bavet: 'Svay Rieng',
  'chrey thom': 'Kandal',
  'cham yeam': 'Koh Kong',
};

const key = (text: string) => text.toLowerCase().replace(/[^a-z]+/g, ' ').trim();
const provinceByKey = new Map(Object.keys(PROVINCE_CODES).map((name) => [key(name), name]));

/**
 * Where an event happened, as a CNP officer files it: a province code for a place in Cambodia
 * ("Poipet, Banteay Meanchey" → 01 + district "Poipet"; "Sihanoukville" → 18), the place in words
 * abroad or when the province is not known.
 */
export function cnpLocation(event: ScenarioEvent): CnpLocation {
  const site = event.facility ?? null;
  const locality = event.locality.trim();
  if (event.country !== 'KHM') return { country: event.country, province_code: null, district: locality || null, site };
  const parts = locality.split(',').map((p) => p.trim()).filter(Boolean);
  const last = parts.at(-1);
  const province = last !== undefined ? provinceByKey.get(key(last)) : undefined;
  if (province) {
    const district = parts.slice(0, -1).join(', ') || null;
    return { country: null, province_code: PROVINCE_CODES[province]!, district, site };
  }
  const town = TOWNS[key(locality)];
  if (town) return { country: null, province_code: PROVINCE_CODES[town]!, district: locality, site };
  return { country: 'KHM', province_code: null, district: locality || null, site };
}
