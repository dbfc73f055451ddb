// Name parts to combine into synthetic people. Each part is common; no combination is a real person.

export const FILIPINO_GIVEN_FEMALE = ['Maricel', 'Jocelyn', 'Rowena', 'Analyn', 'Kristine', 'Lorna', 'Mylene', 'Rhea', 'Charmaine', 'Divina'];
export const FILIPINO_GIVEN_MALE = ['Jomar', 'Reynaldo', 'Arnel', 'Rommel', 'Jerico', 'Noel', 'Edgardo', 'Ramil', 'Dindo', 'Alvin'];
export const FILIPINO_FAMILY = ['Villanueva', 'Dizon', 'Bautista', 'Manalo', 'Soriano', 'Pangilinan', 'Tolentino', 'Macaraeg', 'Lacson', 'Dimaculangan', 'Sarmiento', 'Cabrera'];

/** Thai name parts with the romanisation a passport would carry. */
export const THAI_GIVEN: { thai: string; latin: string; sex: 'FEMALE' | 'MALE' }[] = [
  { thai: 'สมชาย', latin: 'Somchai', sex: 'MALE' },
  { thai: 'ณัฐพล', latin: 'Natthaphon', sex: 'MALE' },
  { thai: 'วีระ', latin: 'Wira', sex: 'MALE' },
  { thai: 'ประเสริฐ', latin: 'Prasoet', sex: 'MALE' },
  { thai: 'สุดารัตน์', latin: 'Sudarat', sex: 'FEMALE' },
  { thai: 'กาญจนา', latin: 'Kanchana', sex: 'FEMALE' },
  { thai: 'พรทิพย์', latin: 'Phonthip', sex: 'FEMALE' },
  { thai: 'อรุณี', latin: 'Aruni', sex: 'FEMALE' },
];
export const THAI_FAMILY: { thai: string; latin: string }[] = [
  { thai: 'ใจดี', latin: 'Jaidee' },
  { thai: 'ศรีสุข', latin: 'Srisuk' },
  { thai: 'วงศ์ใหญ่', latin: 'Wongyai' },
  { thai: 'บุญมา', latin: 'Boonma' },
  { thai: 'แก้วมณี', latin: 'Kaewmanee' },
  { thai: 'ทองดี', latin: 'Thongdee' },
];
