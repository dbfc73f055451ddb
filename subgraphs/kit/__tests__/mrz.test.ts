import { MappingError } from '../mapping/mapping-error';
import { mrzDocumentNumber, readPassportMrz } from '../mapping/mrz';

// The TD3 specimen of ICAO Doc 9303 part 4 (Anna Maria Eriksson, Utopia).
const LINE1 = 'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<';
const LINE2 = 'L898902C36UTO7408122F1204159ZE184226B<<<<<10';
const SPECIMEN = [LINE1, LINE2];

/** The specimen with `text` written over line 2 at `at`. */
const line2With = (at: number, text: string) => [LINE1, LINE2.slice(0, at) + text + LINE2.slice(at + text.length)];

function refusal(lines: readonly string[], recorded?: string): MappingError {
  try {
    if (recorded === undefined) readPassportMrz('Passport[0].Mrz', lines);
    else mrzDocumentNumber('Passport[0].Mrz', lines, recorded);
  } catch (error) {
    if (error instanceof MappingError) return error;
    throw error;
  }
  throw new Error('expected a MappingError');
}

describe('readPassportMrz', () => {
  it('reads the ICAO 9303 specimen, every check digit verified', () => {
    expect(readPassportMrz('mrz', SPECIMEN)).toEqual({
      documentNumber: 'L898902C3', issuingState: 'UTO', nationality: 'UTO', birthDate: '740812', sex: 'FEMALE',
      expiryDate: '120415', surname: 'ERIKSSON', givenNames: 'ANNA MARIA',
    });
  });

  it('reads a real state code, and a short document number without its fillers', () => {
    // Germany is `D` in ICAO 9303, not DEU; the number is 8 characters, the 9th a filler.
    const german = ['P<D<<MUSTERMANN<<ERIKA<<<<<<<<<<<<<<<<<<<<<<', 'C01X00T4<1D<<6408125F2702283<<<<<<<<<<<<<<08'];
    expect(readPassportMrz('mrz', german)).toMatchObject({ documentNumber: 'C01X00T4', issuingState: 'D', nationality: 'D', surname: 'MUSTERMANN', givenNames: 'ERIKA' });
  });

  it('reads an unknown day and month of birth written as fillers', () => {
    const partial = ['P<PHLVILLANUEVA<<MARICEL<DIZON<<<<<<<<<<<<<<', 'P4821937B4PHL98<<<<7F3106305<<<<<<<<<<<<<<00'];
    expect(readPassportMrz('mrz', partial)).toMatchObject({ documentNumber: 'P4821937B', birthDate: '98<<<<', sex: 'FEMALE', expiryDate: '310630' });
  });

  it.each([
    ['a wrong document number check digit', line2With(9, '5'), /^Passport\[0\]\.Mrz: document number check digit is not valid/],
    ['a wrong birth date check digit', line2With(19, '3'), /birth date check digit is not valid/],
    ['a wrong expiry check digit', line2With(27, '0'), /expiration date check digit is not valid/],
    ['a wrong composite check digit', line2With(43, '1'), /composite check digit is not valid/],
    ['a changed number (its check digit no longer matches)', line2With(0, 'L898902C4'), /document number check digit is not valid/],
    ['a month 13', line2With(13, '741312'), /birth date is not valid/],
    ['an unknown state code', [LINE1.replace('UTO', 'ZZZ'), LINE2], /issuing state is not valid/],
    ['another document than a passport', [`V${LINE1.slice(1)}`, LINE2], /document code is not valid/],
    ['a line of 43 characters', [LINE1, LINE2.slice(1)], /not a TD3 MRZ \(two lines of 44 characters\)/],
    ['a line of 45 characters', [LINE1, `${LINE2}<`], /two lines of 44/],
    ['a TD1 card (three lines of 30)', ['I<UTOD231458907<<<<<<<<<<<<<<<', '7408122F1204159UTO<<<<<<<<<<<6', 'ERIKSSON<<ANNA<MARIA<<<<<<<<<<'], /not a TD3 MRZ/],
    ['one line', [LINE1], /not a TD3 MRZ/],
    ['lower case', [LINE1, LINE2.toLowerCase()], /characters other than A-Z, 0-9 and </],
    ['a space for a filler', [LINE1.replace('<<ANNA', '  ANNA'), LINE2], /characters other than/],
    ['a letter O where a digit belongs', line2With(13, '74O812'), /birth date is not valid/],
  ])('refuses %s with a MappingError naming the field and why, never the MRZ', (_what, lines, reason) => {
    const error = refusal(lines);
    expect(error.field).toBe('Passport[0].Mrz');
    expect(error.message).toMatch(reason);
    expect(error.message).not.toMatch(/L898902C|ERIKSSON|740812/);
  });
});

describe('mrzDocumentNumber', () => {
  it('serves the MRZ number when the recorded one is the same number, however it was typed', () => {
    expect(mrzDocumentNumber('mrz', SPECIMEN, 'l 898902 c3')).toBe('L898902C3');
  });

  it('refuses an MRZ whose number disagrees with the recorded number', () => {
    expect(refusal(SPECIMEN, 'L898902C8').message).toBe('Passport[0].Mrz: the document number disagrees with the recorded number');
    expect(refusal(SPECIMEN, '--').message).toMatch(/disagrees/);
  });

  it('refuses a bad check digit before comparing numbers', () => {
    expect(refusal(line2With(9, '5'), 'L898902C3').message).toMatch(/document number check digit is not valid/);
  });
});
