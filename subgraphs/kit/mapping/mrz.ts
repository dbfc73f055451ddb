import { parse, type Details, type FieldName } from 'mrz';
import type { Sex } from '../record/person-record';
import { normaliseDocumentNumber } from './documents';
import { MappingError } from './mapping-error';

/** A passport's machine-readable zone (ICAO 9303 part 4, TD3), every check digit verified. */
export interface PassportMrz {
  /** Without its `<` fillers: `L898902C3`. */
  documentNumber: string;
  /** ICAO 9303 part 3 code as written: mostly ISO 3166-1 alpha-3, but `D` for Germany. */
  issuingState: string;
  nationality: string;
  /** `YYMMDD`, `<` for an unknown part. */
  birthDate: string;
  sex: Sex;
  expiryDate: string;
  surname: string;
  givenNames: string;
}

const TD3_LINE = /^[A-Z0-9<]{44}$/;

/**
 * ICAO 9303 part 3 reserves `UTO` (Utopia) for specimens, ICAO's own included; the library's list
 * of states leaves it out, and a specimen must still read as the valid MRZ it is.
 */
const SPECIMEN_STATE = 'UTO';

/** Where the library looks for each field (TD3 layout), to read a state code it refused. */
const STATE_AT: Partial<Record<FieldName, [line: number, start: number]>> = { issuingState: [0, 2], nationality: [1, 10] };

function isSpecimenState(detail: Details, lines: readonly string[]): boolean {
  const at = detail.field ? STATE_AT[detail.field] : undefined;
  return at !== undefined && lines[at[0]]!.slice(at[1], at[1] + 3) === SPECIMEN_STATE;
}

// The document number's own check comes first: it is the one identifiers are matched on.
const FIRST: readonly (FieldName | null)[] = ['documentNumberCheckDigit', 'documentNumber'];
const rank = (d: Details) => (FIRST.includes(d.field) ? FIRST.indexOf(d.field) : FIRST.length);

const SEXES: Readonly<Record<string, Sex>> = { male: 'MALE', female: 'FEMALE', nonspecified: 'UNKNOWN' };

/**
 * Read and verify a passport MRZ (TD3: two lines of 44 characters). Check digits, dates, codes and
 * layout are the `mrz` library's; anything it finds wrong is a MappingError on `field` naming the
 * MRZ field that failed. The message never quotes the MRZ: it is personal data.
 */
export function readPassportMrz(field: string, lines: readonly string[]): PassportMrz {
  if (lines.length !== 2 || lines.some((l) => l.length !== 44)) throw new MappingError(field, lines, 'not a TD3 MRZ (two lines of 44 characters)');
  // The library's own check is unanchored: a line with one valid character would pass it.
  if (!lines.every((l) => TD3_LINE.test(l))) throw new MappingError(field, lines, 'characters other than A-Z, 0-9 and <');
  let result: ReturnType<typeof parse>;
  try {
    result = parse([...lines]);
  } catch {
    throw new MappingError(field, lines, 'not a TD3 MRZ');
  }
  if (result.format !== 'TD3') throw new MappingError(field, lines, 'not a TD3 MRZ');
  const [invalid] = result.details.filter((d) => !d.valid && !isSpecimenState(d, lines)).sort((a, b) => rank(a) - rank(b));
  if (invalid) throw new MappingError(field, lines, `${invalid.label.toLowerCase()} is not valid (ICAO 9303)`);
  // The library leaves out the value of a state it refused: the specimen's UTO is read off the line.
  const state = (name: 'issuingState' | 'nationality') => {
    const [line, start] = STATE_AT[name]!;
    return result.fields[name] ?? lines[line]!.slice(start, start + 3).replace(/<+$/, '');
  };
  return {
    documentNumber: result.fields.documentNumber!,
    issuingState: state('issuingState'),
    nationality: state('nationality'),
    birthDate: result.fields.birthDate!,
    sex: SEXES[result.fields.sex!] ?? 'UNKNOWN',
    expiryDate: result.fields.expirationDate!,
    surname: result.fields.lastName ?? '',
    givenNames: result.fields.firstName ?? '',
  };
}

/**
 * The number a passport is served under when the record carries its MRZ: the MRZ's, once verified
 * and found to be the number the agency recorded (spacing and case aside). A recorded number
 * that disagrees means one of the two is wrong, and no one can tell which: a MappingError, not a
 * guess that would let the index link the wrong person.
 */
export function mrzDocumentNumber(field: string, lines: readonly string[], recorded: string): string {
  const mrz = readPassportMrz(field, lines);
  if (normaliseDocumentNumber(recorded) !== mrz.documentNumber) throw new MappingError(field, lines, 'the document number disagrees with the recorded number');
  return mrz.documentNumber;
}
