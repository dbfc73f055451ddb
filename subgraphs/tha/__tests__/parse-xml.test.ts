import { NativeSourceError } from '../../kit/native/native-source-error';
import { decodeXmlEntities, parseNativeXml } from '../parse-xml';
import { BILLION_LAUGHS, EXTERNAL_DTD, GARBAGE, XXE, person, personRecords } from './fixtures';

const parse = (text: string) => parseNativeXml(text, 'PersonRecords');

describe('parseNativeXml', () => {
  it('reads attributes, text and repeating elements, values as strings', () => {
    const root = parse(personRecords([person('R-1', '<Phone>0812345678</Phone>')], 'page="01" total="1"'));
    expect(root['@page']).toBe('01');
    expect(root.Person).toEqual([
      { '@refNo': 'R-1', '@agency': 'RTP', NameEn: { Surname: 'THONGDEE', GivenNames: 'ARUNI' }, Phone: ['0812345678'] },
    ]);
  });

  it('reads a single <Offence> of a case as a list', () => {
    const root = parse(personRecords([person('R-1', '<Case ref="C-1"><Offence code="TIP2551-6">ค้ามนุษย์</Offence></Case>')]));
    expect((root.Person as Record<string, unknown>[])[0]?.Case).toEqual([{ '@ref': 'C-1', Offence: [{ '@code': 'TIP2551-6', '#text': 'ค้ามนุษย์' }] }]);
  });

  it('reads an empty root as no records', () => {
    expect(parse('<PersonRecords/>')).toEqual({});
  });

  it.each([
    ['an XXE payload', XXE],
    ['a billion-laughs payload', BILLION_LAUGHS],
    ['a lower-case external DTD', EXTERNAL_DTD],
    ['an entity declaration without a DOCTYPE line', '<PersonRecords><!ENTITY x "y"></PersonRecords>'],
  ])('refuses %s before parsing', (_what, text) => {
    const started = Date.now();
    expect(() => parse(text)).toThrow(new NativeSourceError('native answer carries a DTD or entity declaration; refused'));
    expect(Date.now() - started).toBeLessThan(500);
  });

  it.each([
    ['garbage', GARBAGE],
    ['plain text', 'Service Unavailable'],
    ['unclosed elements', '<PersonRecords><Person></PersonRecords>'],
    ['an undeclared entity', personRecords([person('R-1', '<Phone>&nbsp;</Phone>')])],
    ['a forbidden character reference', personRecords([person('R-1', '<Phone>&#0;</Phone>')])],
  ])('refuses %s as not well-formed', (_what, text) => {
    expect(() => parse(text)).toThrow(/not well-formed XML/);
  });

  it.each([
    ['another root', '<Error code="X">down</Error>'],
    ['two roots', '<PersonRecords/><PersonRecords/>'],
  ])('refuses %s', (_what, text) => {
    expect(() => parse(text)).toThrow(NativeSourceError);
  });
});

describe('decodeXmlEntities', () => {
  it('decodes predefined entities and character references once', () => {
    expect(decodeXmlEntities('&lt;a&gt; &amp;amp; &quot;&apos; &#3617;&#x0E21;')).toBe(`<a> &amp; "' มม`);
  });
});
