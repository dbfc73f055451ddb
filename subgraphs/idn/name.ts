import { MappingError } from '../kit/mapping/mapping-error';
import { personName } from '../kit/mapping/names';
import type { PersonName } from '../kit/record/person-record';

interface NativeNames {
  nama_lengkap: string | null;
  nama_depan: string | null;
  nama_belakang: string | null;
  alias: string[];
}

/**
 * The person's names, as POLRI / Imigrasi recorded them. `nama_lengkap` is the name; the form's
 * first / last name fields only say how it splits, so without it there is no name to serve.
 *
 * A mononym (one word: Suharti, Sutrisno) is a full name, not a given name lacking a family name:
 * `full` holds it and neither `given` nor `family` is set. Claiming it as either would be a guess
 * that other jurisdictions answer differently (ICAO 9303 puts a sole name in the primary, surname
 * field; a PNP clerk writes it in the last-name box; a form without that rule in the first-name
 * box), and the index compares names by their parts, not by slot, so nothing is lost. The form
 * fields around a mononym are ignored for that reason: Imigrasi repeats the name as the surname
 * because foreign visa systems demand one, POLRI leaves the surname empty.
 *
 * A name of two or more words is split as the form recorded it (nama depan / nama belakang), or
 * not at all when the form left both empty. Aliases (nama alias) are names of kind ALIAS, never split.
 */
export function idnNames(n: NativeNames): PersonName[] {
  if (n.nama_lengkap === null) throw new MappingError('nama_lengkap', undefined, 'no full name recorded');
  const mononym = n.nama_lengkap.split(/\s+/).length === 1;
  const primary = personName({ full: n.nama_lengkap, given: mononym ? null : n.nama_depan, family: mononym ? null : n.nama_belakang });
  const aliases = n.alias.map((alias) => personName({ full: alias, kind: 'ALIAS' }));
  return [primary, ...aliases].filter((name): name is PersonName => name !== null);
}
