/**
 * Tolerant comparison that survives blinding. The index compares HMACs, so "close" has to be
 * decided before hashing: each side publishes the forms under which two close values become equal.
 */

// Romanisations of one Southeast Asian name differ mostly in how aspiration and vowels are spelt
// (RTGS `chaidi` vs passport `JAIDEE`, `Natthaphon` vs a transliteration's `nathphl`), so the
// skeleton keeps consonants only, reads an `h` after a consonant as aspiration (dropped), and merges
// consonants that romanisations swap for one sound.
const ASPIRATED = /([bcdgkpst])h/g;
// Thai ญ closing a syllable sounds (and is romanised) N, but letter-by-letter transliterations
// write it y (`buyma` for BOONMA): a y after a, o or u and before a consonant is read as that n
// (not after e: Khmer `srey` is a vowel, SREYMOM on Cambodian passports).
const CLOSING_Y = /([aou])y(?=[b-df-hj-np-tv-xz])/g;
const SAME_SOUND: Record<string, string> = { j: 'c', q: 'k', x: 's', z: 's', v: 'w', f: 'p' };
// A Thai final consonant is unreleased and spelt by its sound on passports (final ล/ร → N, ด/ช/ส → T),
// while letter-by-letter transliterations keep the letter.
const FINAL_SOUND: Record<string, string> = { l: 'n', r: 'n', d: 't', s: 't', c: 't', b: 'p', g: 'k' };

/**
 * The consonant skeleton of one folded name part (`a`–`z` only): `somchai` and `smchay` → `smc`,
 * `jaidee` and `aichdi` → `ct`, `natthaphon` and `nathphl` → `ntpn`. Vowels (and y, h) are
 * dropped, repeated consonants collapsed. A part with no consonant keeps its first letter, so that
 * `ai` and `ou` still differ from nothing.
 */
export function consonantSkeleton(part: string): string {
  const consonants = [...part.replace(CLOSING_Y, '$1n').replace(ASPIRATED, '$1')].map((c) => SAME_SOUND[c] ?? c).filter((c) => !'aeiouyh'.includes(c));
  const last = consonants.length - 1;
  // The final rule applies only to a part that ends in its consonant: `thongdi` keeps its d.
  if (last >= 0 && !/[aeiouy]$/.test(part)) consonants[last] = FINAL_SOUND[consonants[last]!] ?? consonants[last]!;
  const collapsed = consonants.filter((c, i) => c !== consonants[i - 1]).join('');
  return collapsed || part.slice(0, 1);
}

/**
 * The value and every form of it with one character deleted (symmetric deletion): two values within
 * one edit (a substitution, an insertion, a deletion or a swap of neighbours) share at least one
 * form, so equality of blind keys over these forms finds them. Characters in `keep` (separators)
 * are never deleted; `canonical` re-normalises each form (e.g. re-sorts name parts).
 */
export function deletionNeighbourhood(value: string, keep = '', canonical: (form: string) => string = (f) => f): string[] {
  const forms = new Set([canonical(value)]);
  for (let i = 0; i < value.length; i++) {
    if (keep.includes(value[i]!)) continue;
    forms.add(canonical(value.slice(0, i) + value.slice(i + 1)));
  }
  return [...forms];
}
