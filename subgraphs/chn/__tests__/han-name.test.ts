import { isHanName, passportPinyin, splitHanName } from '../han-name';

const romanise = (name: string, pinyin: string | null = null) => passportPinyin(name, splitHanName(name, pinyin));

describe('splitHanName', () => {
  it.each([
    ['王小明', '王', '小明'],
    ['李娜', '李', '娜'],
    ['张伟', '张', '伟'],
    ['欧阳娜娜', '欧阳', '娜娜'],
    ['司马建国', '司马', '建国'],
    ['诸葛亮', '诸葛', '亮'],
    ['上官婉儿', '上官', '婉儿'],
    ['令狐冲', '令狐', '冲'],
    // Single-character surnames whose first two characters also make a word.
    ['高兴', '高', '兴'],
    ['黄金龙', '黄', '金龙'],
    ['王国强', '王', '国强'],
  ])('%s is %s + %s', (name, family, given) => {
    expect(splitHanName(name)).toEqual({ family, given });
  });

  it('does not take a compound surname that leaves no given name', () => {
    expect(splitHanName('欧阳')).toEqual({ family: '欧', given: '阳' });
  });

  it('lets the passport pinyin decide a pair that can be either', () => {
    expect(splitHanName('东方明', 'DONGFANG MING')).toEqual({ family: '东方', given: '明' });
    expect(splitHanName('东方明', 'DONG FANGMING')).toEqual({ family: '东', given: '方明' });
    // A pinyin that agrees with neither reading leaves the dictionary's split.
    expect(splitHanName('欧阳娜娜', 'SMITH ANNA')).toEqual({ family: '欧阳', given: '娜娜' });
  });

  it('takes the split a clerk typed as a space', () => {
    expect(splitHanName('司 马丁')).toEqual({ family: '司', given: '马丁' });
  });

  it('does not split minority names or single characters', () => {
    expect(splitHanName('阿依古丽·买买提')).toEqual({ family: null, given: null });
    expect(splitHanName('王')).toEqual({ family: null, given: null });
  });
});

describe('passportPinyin', () => {
  it.each([
    ['王小明', 'WANG XIAOMING'],
    ['李娜', 'LI NA'],
    ['欧阳娜娜', 'OUYANG NANA'],
    ['诸葛亮', 'ZHUGE LIANG'],
    // Family-name readings of polyphones, not the everyday ones (DAN, CENG, CHOU).
    ['单雄信', 'SHAN XIONGXIN'],
    ['曾国藩', 'ZENG GUOFAN'],
    ['仇英', 'QIU YING'],
    // ü is YU on PRC passports.
    ['吕丽', 'LYU LI'],
    ['阿依古丽·买买提', 'AYIGULI MAIMAITI'],
  ])('%s → %s', (name, expected) => {
    expect(romanise(name)).toBe(expected);
  });

  it('follows the split the passport decided', () => {
    expect(romanise('东方明', 'DONG FANGMING')).toBe('DONG FANGMING');
  });

  it('gives no romanisation rather than a half-romanised one when a character has no known reading', () => {
    expect(romanise('王𠀀')).toBeNull();
  });
});

describe('isHanName', () => {
  it.each(['王小明', '阿依古丽·买买提', '司 马丁', '王𠀀'])('accepts %s', (name) => expect(isHanName(name)).toBe(true));
  it.each(['Wang Xiaoming', '王小明A', '王  小明', '·王', '王小明（曾用名）', ''])('refuses %j', (name) => expect(isHanName(name)).toBe(false));
});
