import { MappingError } from '../kit/mapping/mapping-error';
import { detectScript, personName } from '../kit/mapping/names';
import type { PersonName, Script } from '../kit/record/person-record';
import type { UmfName } from './umf-person';
import { NAME_KINDS, SCRIPTS } from './vocabulary';

/** The script of `full`: the sender's ISO 15924 code where the schema has a value for it, else read from the text. */
function script(code: string | null | undefined, full: string): Script {
  return (code && SCRIPTS[code]) || detectScript(full);
}

/**
 * The names of a person entity. `fullName` is the name as recorded, in its script and order;
 * `latin` is the sender's romanisation (the kit transliterates when there is none); surname and
 * forename are the sender's split. Without `fullName` the name is built from the split, given
 * names first, as the standard's Latin-script names are written.
 */
export function umfNames(names: readonly UmfName[]): PersonName[] {
  return names.map((n, i) => {
    const name = personName({ full: n.fullName, given: n.forename, family: n.surname, romanised: n.latin, kind: NAME_KINDS[n.type ?? 'primary'] });
    if (!name) throw new MappingError(`names[${i}]`, undefined, 'a name with neither fullName, surname nor forename');
    return { ...name, script: script(n.script, name.full) };
  });
}
