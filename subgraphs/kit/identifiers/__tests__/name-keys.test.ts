import { personName } from '../../mapping/names';
import { partialDate } from '../../mapping/dates';
import type { PartialDate, PersonName } from '../../record/person-record';
import type { KeyKind, Lookup } from '../key-kinds';
import { recordNameLookups } from '../name-keys';
import { romaniseName } from '../name-romanisation';

const born = (iso: string): PartialDate => {
  const [year, month, day] = iso.split('-').map(Number) as [number, number?, number?];
  return partialDate('test', { year, month, day }, iso);
};
const name = (parts: Parameters<typeof personName>[0]): PersonName => personName(parts)!;

/** The kinds of name key two names share (at the same date of birth unless told otherwise). */
function shared(a: PersonName, b: PersonName, dobA: PartialDate | null = born('1998-03-14'), dobB: PartialDate | null = dobA): KeyKind[] {
  const keysOf = (n: PersonName, d: PartialDate | null) => new Set(recordNameLookups([n], d).map((l: Lookup) => `${l.kind}|${l.text}`));
  const inB = keysOf(b, dobB);
  return [...new Set(recordNameLookups([a], dobA).filter((l) => inB.has(`${l.kind}|${l.text}`)).map((l) => l.kind))].sort();
}

describe('romanising a name for the index', () => {
  it('folds diacritics and case, keeps the recorded order, drops patronymic links', () => {
    expect(romaniseName(name({ full: 'Nguyễn Thị Lan' }))?.parts).toEqual(['nguyen', 'thi', 'lan']);
    expect(romaniseName(name({ full: 'Ahmad bin Ismail' }))?.parts).toEqual(['ahmad', 'ismail']);
    expect(romaniseName(name({ full: 'AHMAD B. ISMAIL' }))?.parts).toEqual(['ahmad', 'ismail']);
    expect(romaniseName(name({ full: 'Kumar a/l Muthu' }))?.parts).toEqual(['kumar', 'muthu']);
  });

  it('prefers the recorded romanisation, else pinyin for Han with the given name joined as on a passport', () => {
    expect(romaniseName(name({ full: 'วีระ แก้วมณี', romanised: 'WIRA KAEWMANEE' }))).toMatchObject({ parts: ['wira', 'kaewmanee'], exact: true });
    expect(romaniseName(name({ full: '王小明' }))).toMatchObject({ parts: ['wang', 'xiaoming'], alternates: [['wang', 'xiao', 'ming']], exact: true });
    expect(romaniseName(name({ full: '李娜' }))?.parts).toEqual(['li', 'na']);
  });

  it('marks a library transliteration of Thai or Khmer script as approximate: no passport spells it that way', () => {
    expect(romaniseName(name({ full: 'สมชาย ใจดี' }))?.exact).toBe(false);
    expect(romaniseName(name({ full: 'សុខ ចាន់ដារ៉ា' }))?.exact).toBe(false);
    expect(romaniseName(name({ full: 'Алексей Иванов' }))).toMatchObject({ parts: ['aleksey', 'ivanov'], exact: true });
  });

  it('has nothing to key for a name without letters', () => {
    expect(romaniseName(name({ full: '---' }))).toBeNull();
  });
});

describe('name keys', () => {
  it('meet across order, case and diacritics: Nguyễn Thị Lan, NGUYEN THI LAN, Lan Nguyen Thi', () => {
    const home = name({ family: 'Nguyễn', middle: 'Thị', given: 'Lan', familyFirst: true });
    for (const other of [name({ full: 'NGUYEN THI LAN' }), name({ full: 'Lan Nguyen Thi' })]) {
      expect(shared(home, other)).toContain('NAME_BIRTH_YEAR');
    }
  });

  it('meet a Han name and its passport pinyin, syllables joined or apart', () => {
    expect(shared(name({ full: '王小明' }), name({ full: 'WANG XIAOMING' }))).toContain('NAME_BIRTH_YEAR');
    expect(shared(name({ full: 'XIAOMING WANG' }), name({ full: 'Wang Xiao Ming' }))).toContain('NAME_BIRTH_YEAR');
  });

  it.each([
    ['สมชาย ใจดี', 'SOMCHAI JAIDEE'],
    ['ณัฐพล ศรีสุข', 'NATTHAPHON SRISUK'],
    ['วีระ แก้วมณี', 'WIRA KAEWMANEE'],
    ['กาญจนา วงศ์ใหญ่', 'KANCHANA WONGYAI'],
    ['សុខ ចាន់ដារ៉ា', 'SOK CHANDARA'],
  ])('meet Thai or Khmer script (%s) and its passport romanisation only through tolerant keys', (script, passport) => {
    const kinds = shared(name({ full: script }), name({ full: passport }));
    expect(kinds).not.toContain('NAME_BIRTH_YEAR');
    expect(kinds.some((k) => k === 'NAME_SKELETON_BIRTH_YEAR' || k === 'NAME_NEAR_BIRTH_YEAR')).toBe(true);
  });

  it('meet a Malay name however the patronymic link is written', () => {
    expect(shared(name({ full: 'Ahmad bin Ismail' }), name({ full: 'AHMAD B. ISMAIL' }))).toContain('NAME_BIRTH_YEAR');
    expect(shared(name({ full: 'Siti binti Hassan' }), name({ full: 'SITI HASSAN' }))).toContain('NAME_BIRTH_YEAR');
  });

  it('meet a mononym entered in both boxes, and a name copied without its middle name as partial', () => {
    expect(shared(name({ full: 'Suharti' }), name({ full: 'SUHARTI SUHARTI' }))).toContain('NAME_BIRTH_YEAR');
    const phl = name({ given: 'Maricel', middle: 'Dizon', family: 'Villanueva' });
    const kinds = shared(phl, name({ full: 'MARICEL VILLANUEVA' }));
    expect(kinds).toContain('NAME_PARTIAL_BIRTH_YEAR');
    expect(kinds).not.toContain('NAME_BIRTH_YEAR');
  });

  it('bind names to the birth year, and publish undated forms that meet across years and missing dates', () => {
    const a = name({ full: 'Maricel Villanueva' });
    expect(shared(a, a, born('1998-03-14'), born('1999-03-14'))).toEqual(['NAME_SKELETON_UNDATED', 'NAME_UNDATED']);
    expect(shared(a, a, born('1998-03-14'), null)).toEqual(['NAME_SKELETON_UNDATED', 'NAME_UNDATED']);
    expect(shared(a, a, born('1998'), born('1998-03-14'))).toContain('NAME_BIRTH_YEAR');
  });

  it('publish the date of birth only when it is known to the day', () => {
    const kinds = (d: PartialDate) => recordNameLookups([name({ full: 'Maricel Villanueva' })], d).map((l) => l.kind);
    expect(kinds(born('1998-03-14'))).toContain('DATE_OF_BIRTH');
    expect(kinds(born('1998-03'))).not.toContain('DATE_OF_BIRTH');
  });

  it('do not meet a different person with the same family name', () => {
    expect(shared(name({ full: 'Nguyen Thi Lan' }), name({ full: 'Nguyen Van Hung' })).filter((k) => k.startsWith('NAME'))).toEqual([]);
  });
});
