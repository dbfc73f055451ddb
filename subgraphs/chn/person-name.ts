import { MappingError } from '../kit/mapping/mapping-error';
import { personName } from '../kit/mapping/names';
import type { PersonName } from '../kit/record/person-record';
import { isHanName, passportPinyin, splitHanName } from './han-name';
import type { NativePerson } from './native-record';

/**
 * 锟斤拷 is what U+FFFD replacement characters become when their UTF-8 bytes are read as GBK: a
 * name that went through a broken conversion upstream. It is Han script, so only this catches it.
 */
const MOJIBAKE = /锟斤拷|\uFFFD/u;
const PASSPORT_LATIN = /^[A-Za-zÜü]+(?:[ '-][A-Za-zÜü]+)*$/;

/**
 * The person's name. Chinese citizens: `xm` in Han characters, family name first, split into
 * family and given name, with the passport pinyin `xmpy` as the romanisation when the record has
 * it and pinyin-pro's passport-style pinyin when not. Foreigners: the passport name in Latin letters
 * (`wwx` surname, `wwm` given names), which is then also the romanisation of a Chinese form of the
 * name in `xm` if one is recorded, and gives the split: a transcribed foreign name has no 姓 + 名.
 */
export function chnName(p: NativePerson): PersonName {
  const foreign = [p.wwx, p.wwm].filter(Boolean).join(' ') || null;
  if (p.xm !== null) {
    if (MOJIBAKE.test(p.xm)) throw new MappingError('xm', p.xm, 'damaged by an encoding conversion upstream');
    if (!isHanName(p.xm)) throw new MappingError('xm', p.xm, 'not a name in Han characters');
  }
  if (p.xmpy !== null && !PASSPORT_LATIN.test(p.xmpy)) throw new MappingError('xmpy', p.xmpy, 'not a pinyin name in Latin letters');

  if (p.xm === null) {
    const name = foreign && personName({ family: p.wwx, given: p.wwm, familyFirst: true });
    if (!name) throw new MappingError('xm', undefined, 'no name recorded (neither xm nor wwx/wwm)');
    return name;
  }
  const split = foreign ? { family: p.wwx, given: p.wwm } : splitHanName(p.xm, p.xmpy);
  const romanised = p.xmpy ?? foreign ?? passportPinyin(p.xm, split);
  const name = personName({ full: p.xm, family: split.family, given: split.given, romanised, familyFirst: true })!;
  // Without a reading for every character there is no romanisation: the kit would fall back to a
  // transliteration that no passport carries, and the index would key the name wrongly.
  return romanised === null ? { ...name, romanised: null } : name;
}
