import { MappingError } from '../../kit/mapping/mapping-error';
import { offenceOf } from '../offences';

describe('offenceOf', () => {
  it.each([
    ['ATIPSOM 2007 s.12', 'TRAFFICKING_IN_PERSONS'],
    ['ATIPSOM 2007 s.14', 'TRAFFICKING_IN_PERSONS'],
    ['Akta 670 seksyen 13', 'TRAFFICKING_IN_PERSONS'],
    ['ATIPSOM 2007 s.26A', 'MIGRANT_SMUGGLING'],
    ['atipsom 2007 sek. 26B(1)', 'MIGRANT_SMUGGLING'],
    ['Kanun Keseksaan s.420', 'FRAUD'],
    ['Penal Code section 471', 'DOCUMENT_FRAUD'],
    ['Akta Imigresen 1959/63 s.6(1)(c)', 'IMMIGRATION_OFFENCE'],
    ['Akta Imigresen 1959/63 sek.15(1)(c)', 'IMMIGRATION_OFFENCE'],
    ['Akta Pasport 1966 s.12(1)(f)', 'DOCUMENT_FRAUD'],
    ['AMLATFPUAA 2001 s.4(1)', 'MONEY_LAUNDERING'],
    ['Akta Rumah Judi Terbuka 1953 s.4', 'ILLEGAL_GAMBLING'],
    ['  ATIPSOM  2007,  s. 12 ', 'TRAFFICKING_IN_PERSONS'],
  ])('reads %j as %s', (citation, offence) => {
    expect(offenceOf('peruntukan', citation)).toBe(offence);
  });

  it('does not confuse s.26 with s.26A, nor classify a section it does not know', () => {
    expect(() => offenceOf('peruntukan', 'ATIPSOM 2007 s.26')).toThrow('peruntukan: a section this adapter does not classify');
    expect(() => offenceOf('peruntukan', 'Kanun Keseksaan s.302')).toThrow(MappingError);
  });

  it('refuses an act it does not know, and text that cites no section', () => {
    expect(() => offenceOf('peruntukan', 'Akta Dadah Berbahaya 1952 s.39B')).toThrow('an act this adapter does not classify');
    expect(() => offenceOf('peruntukan', 'human trafficking')).toThrow('not a citation of an act and section');
  });
});
