// Name parts to combine into synthetic people, per naming culture. Each part is common; no
// combination is meant to be a real person. Native-script forms are paired with the
// romanisation a passport would carry.

export interface ScriptPart {
  native: string;
  latin: string;
}

export const VIETNAMESE = {
  family: ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ'],
  middleFemale: ['Thị', 'Ngọc', 'Thu'],
  middleMale: ['Văn', 'Đức', 'Minh'],
  givenFemale: ['Lan', 'Hương', 'Mai', 'Trang', 'Ngân', 'Thảo', 'Linh'],
  givenMale: ['Hùng', 'Dũng', 'Tuấn', 'Nam', 'Quang', 'Phúc', 'Long'],
};

export const MALAY = {
  givenFemale: ['Nurul', 'Siti', 'Aisyah', 'Farah', 'Nor Azlina', 'Zulaikha'],
  givenMale: ['Ahmad', 'Mohd Faizal', 'Hafiz', 'Azman', 'Khairul', 'Ismail'],
  fathers: ['Ismail', 'Abdullah', 'Hassan', 'Rahman', 'Yusof', 'Osman', 'Hamid'],
};

export const KHMER = {
  family: [
    { native: 'សុខ', latin: 'Sok' },
    { native: 'ចាន់', latin: 'Chan' },
    { native: 'ហេង', latin: 'Heng' },
    { native: 'ម៉ៅ', latin: 'Mao' },
    { native: 'គឹម', latin: 'Kim' },
  ] as ScriptPart[],
  givenFemale: [
    { native: 'ស្រីមុំ', latin: 'Sreymom' },
    { native: 'ចាន់ដារ៉ា', latin: 'Chandara' },
    { native: 'សុភា', latin: 'Sophea' },
  ] as ScriptPart[],
  givenMale: [
    { native: 'វិចិត្រ', latin: 'Vichet' },
    { native: 'សំណាង', latin: 'Samnang' },
    { native: 'ដារា', latin: 'Dara' },
  ] as ScriptPart[],
};

/** Many Indonesians carry one name only; a passport then repeats it or leaves the surname empty. */
export const INDONESIAN = {
  mononymFemale: ['Suharti', 'Wulandari', 'Sumiati', 'Rahayu', 'Lestari'],
  mononymMale: ['Sutrisno', 'Wahyudi', 'Supriyadi', 'Hartono', 'Mulyadi'],
  family: ['Saputra', 'Wijaya', 'Siregar', 'Nasution', 'Simanjuntak'],
};

export const CHINESE = {
  family: [
    { native: '王', latin: 'Wang' },
    { native: '李', latin: 'Li' },
    { native: '张', latin: 'Zhang' },
    { native: '刘', latin: 'Liu' },
    { native: '陈', latin: 'Chen' },
    { native: '杨', latin: 'Yang' },
  ] as ScriptPart[],
  givenFemale: [
    { native: '娜', latin: 'Na' },
    { native: '秀英', latin: 'Xiuying' },
    { native: '丽', latin: 'Li' },
    { native: '婷婷', latin: 'Tingting' },
  ] as ScriptPart[],
  givenMale: [
    { native: '小明', latin: 'Xiaoming' },
    { native: '伟', latin: 'Wei' },
    { native: '建国', latin: 'Jianguo' },
    { native: '浩然', latin: 'Haoran' },
  ] as ScriptPart[],
};
