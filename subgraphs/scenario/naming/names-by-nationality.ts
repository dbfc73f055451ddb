import { allFakers, type Faker } from '@faker-js/faker';
import { detectScript, transliterate } from '../../kit/mapping/names';
import type { ScenarioName } from '../model';
import { FILIPINO_FAMILY, FILIPINO_GIVEN_FEMALE, FILIPINO_GIVEN_MALE, THAI_FAMILY, THAI_GIVEN } from './filipino-thai';
import { CHINESE, INDONESIAN, KHMER, MALAY, VIETNAMESE } from './pools';

type Sex = 'FEMALE' | 'MALE';

/** Cultures that write the family name first in their own script. */
const FAMILY_FIRST = new Set(['KOR', 'JPN', 'CHN', 'VNM', 'KHM', 'HUN', 'MNG']);

const capitalise = (s: string) => s.replace(/\b\p{L}/gu, (c) => c.toUpperCase());

/** faker locales for the long tail's names: synthetic names in the country's own style. */
const FAKER_LOCALE: Record<string, keyof typeof allFakers> = {
  AUS: 'en_AU', CAN: 'en_CA', GBR: 'en_GB', USA: 'en_US', IRL: 'en_IE', NZL: 'en', ZAF: 'en_ZA', NGA: 'en_NG',
  ITA: 'it', ESP: 'es', MEX: 'es_MX', ARG: 'es', COL: 'es', PER: 'es', CHL: 'es', ECU: 'es', BOL: 'es', PRY: 'es', URY: 'es',
  VEN: 'es', PAN: 'es', CRI: 'es', GTM: 'es', HND: 'es', SLV: 'es', NIC: 'es', DOM: 'es', BRA: 'pt_BR', PRT: 'pt_PT',
  FRA: 'fr', BEL: 'fr_BE', CHE: 'de_CH', DEU: 'de', AUT: 'de_AT', NLD: 'nl', POL: 'pl', CZE: 'cs_CZ', SVK: 'sk', HUN: 'hu',
  ROU: 'ro', BGR: 'en', GRC: 'el', HRV: 'hr', SRB: 'sr_RS_latin', UKR: 'uk', MDA: 'ro_MD', GEO: 'ka_GE', ARM: 'hy', AZE: 'az',
  TUR: 'tr', IRN: 'fa', SWE: 'sv', NOR: 'nb_NO', FIN: 'fi', DNK: 'da', KOR: 'ko', JPN: 'ja', IND: 'en_IN', NPL: 'ne',
  LKA: 'en_IN', BGD: 'en_IN', PAK: 'ur', UZB: 'uz_UZ_latin', ARE: 'ar', SAU: 'ar', QAT: 'ar', KWT: 'ar', OMN: 'ar', BHR: 'ar',
  JOR: 'ar', LBN: 'ar', IRQ: 'ar', EGY: 'ar', MAR: 'ar', TUN: 'ar', DZA: 'ar',
};

/**
 * A synthetic name in the naming style of a nationality: order, parts and script as the person's
 * own documents would have them. Agencies abroad then record it their own way.
 */
export function nameFor(f: Faker, nationality: string, sex: Sex): ScenarioName {
  const female = sex === 'FEMALE';
  switch (nationality) {
    case 'PHL':
      return {
        given: f.helpers.arrayElement(female ? FILIPINO_GIVEN_FEMALE : FILIPINO_GIVEN_MALE),
        middle: f.helpers.arrayElement(FILIPINO_FAMILY),
        family: f.helpers.arrayElement(FILIPINO_FAMILY),
      };
    case 'THA': {
      const given = f.helpers.arrayElement(THAI_GIVEN.filter((g) => g.sex === sex));
      const family = f.helpers.arrayElement(THAI_FAMILY);
      return { given: given.latin, family: family.latin, nativeScript: `${given.thai} ${family.thai}` };
    }
    case 'VNM':
      return {
        family: f.helpers.arrayElement(VIETNAMESE.family),
        middle: f.helpers.arrayElement(female ? VIETNAMESE.middleFemale : VIETNAMESE.middleMale),
        given: f.helpers.arrayElement(female ? VIETNAMESE.givenFemale : VIETNAMESE.givenMale),
      };
    case 'MYS':
      return {
        given: f.helpers.arrayElement(female ? MALAY.givenFemale : MALAY.givenMale),
        patronymic: `${female ? 'binti' : 'bin'} ${f.helpers.arrayElement(MALAY.fathers)}`,
      };
    case 'KHM': {
      const family = f.helpers.arrayElement(KHMER.family);
      const given = f.helpers.arrayElement(female ? KHMER.givenFemale : KHMER.givenMale);
      return { family: family.latin, given: given.latin, nativeScript: `${family.native} ${given.native}` };
    }
    case 'IDN':
      return f.datatype.boolean(0.6)
        ? { given: f.helpers.arrayElement(female ? INDONESIAN.mononymFemale : INDONESIAN.mononymMale) }
        : { given: f.helpers.arrayElement(female ? INDONESIAN.mononymFemale : INDONESIAN.mononymMale), family: f.helpers.arrayElement(INDONESIAN.family) };
    case 'CHN': {
      const family = f.helpers.arrayElement(CHINESE.family);
      const given = f.helpers.arrayElement(female ? CHINESE.givenFemale : CHINESE.givenMale);
      return { family: family.latin, given: given.latin, nativeScript: `${family.native}${given.native}` };
    }
    default: {
      const locale = allFakers[FAKER_LOCALE[nationality] ?? 'en'];
      // Draw the choice from the scenario's own generator so the locale's faker needs no seed of its own.
      locale.seed(f.number.int({ min: 0, max: 2 ** 31 - 1 }));
      const sexType = female ? 'female' : 'male';
      const given = locale.person.firstName(sexType);
      const family = locale.person.lastName(sexType);
      if (detectScript(`${given}${family}`) === 'LATIN') return { given, family };
      // A name in its own script: the passport carries a Latin form beside it.
      const nativeScript = FAMILY_FIRST.has(nationality) ? `${family}${nationality === 'KOR' ? '' : ' '}${given}` : `${given} ${family}`;
      return { given: capitalise(transliterate(given)), family: capitalise(transliterate(family)), nativeScript };
    }
  }
}
