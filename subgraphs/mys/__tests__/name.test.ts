import { beforePatronymic, mysName } from '../name';

const name = (nama_penuh: string, nama_keluarga: string | null = null, nama_tulisan_asal: string | null = null) => mysName({ nama_penuh, nama_keluarga, nama_tulisan_asal });

describe('mysName', () => {
  it.each([
    ['Ahmad bin Ismail', 'Ahmad'],
    ['Mohd Faizal bin Abdullah', 'Mohd Faizal'],
    ['Nurul Aisyah binti Hassan', 'Nurul Aisyah'],
    ['Siti Aminah bte Yusof', 'Siti Aminah'],
    ['Siti Aminah bt. Yusof', 'Siti Aminah'],
    ['Siti Aminah BT Yusof', 'Siti Aminah'],
    ['Ahmad b. Ismail', 'Ahmad'],
    ['Ramasamy a/l Muthu', 'Ramasamy'],
    ['Kavitha a/p Subramaniam', 'Kavitha'],
    ['Jimmy anak Ngelai', 'Jimmy'],
  ])('keeps %j whole, given %j, and no family name', (full, given) => {
    expect(name(full)).toEqual({ full, script: 'LATIN', romanised: full, family: null, given, middle: null, kind: 'PRIMARY' });
  });

  it('does not take a patronymic in the surname column for a family name', () => {
    expect(name('Ahmad bin Ismail', 'bin Ismail')).toMatchObject({ full: 'Ahmad bin Ismail', given: 'Ahmad', family: null });
    expect(name('Ahmad bin Ismail', 'Ismail')).toMatchObject({ given: 'Ahmad', family: null });
  });

  it('does not read an initial B or a trailing bin as a patronymic', () => {
    expect(beforePatronymic('John B Smith')).toBeNull();
    expect(beforePatronymic('Ahmad bin')).toBeNull();
    expect(beforePatronymic('Robin Binti')).toBeNull();
  });

  it('splits around the passport surname at either end, keeping middle names with the given ones', () => {
    expect(name('Rowena Santos Bautista', 'Bautista')).toMatchObject({ given: 'Rowena Santos', family: 'Bautista', middle: null });
    expect(name('Nguyễn Thị Lan', 'Nguyễn')).toMatchObject({ given: 'Thị Lan', family: 'Nguyễn', romanised: 'Nguyen Thi Lan' });
    expect(name('WANG Xiaoming', 'Wang')).toMatchObject({ given: 'Xiaoming', family: 'Wang' });
    expect(name('Someone Else', 'Bautista')).toMatchObject({ given: null, family: 'Bautista' });
  });

  it('treats a name without surname or patronymic as given names (mononyms)', () => {
    expect(name('Hartono')).toMatchObject({ full: 'Hartono', given: 'Hartono', family: null });
  });

  it('keeps a name in the person’s own script as full, with the recorded Latin form as romanised', () => {
    expect(name('Anan Srisuk', 'Srisuk', 'อนันต์ ศรีสุข')).toEqual({ full: 'อนันต์ ศรีสุข', script: 'THAI', romanised: 'Anan Srisuk', family: 'Srisuk', given: 'Anan', middle: null, kind: 'PRIMARY' });
  });

  it('folds spacing as typed', () => {
    expect(name('  Ahmad   bin  Ismail ')).toMatchObject({ full: 'Ahmad bin Ismail', given: 'Ahmad' });
  });

  it('refuses a blank name', () => {
    expect(() => name('   ')).toThrow('nama_penuh: no name recorded');
  });
});
