import type { ScenarioRecord } from '../../../scenario/model';
import { generateScenario } from '../../../scenario/generate';
import { storyRecords } from '../../../scenario/story';
import { NOTICE_CAPS, deriveNotices, noticeRequests } from '../derive-notices';
import { deriveSltd } from '../derive-sltd';
import { documentKey } from '../document-key';

const scenario = generateScenario();
const requests = noticeRequests(scenario.records);
const notices = requests.map((r) => r.notice);
const sltd = deriveSltd(scenario.records);
const sltdKeys = new Set(sltd.map((e) => documentKey(e.issuing_country, e.document_number)));
const holding = (jurisdictions: string[]) => scenario.records.filter((r) => jurisdictions.includes(r.jurisdiction)).flatMap((r) => r.documents.map((d) => documentKey(d.issuingCountry, d.number)));

describe('deriveNotices', () => {
  it('is deterministic for a scenario, and another seed derives other notices', () => {
    expect(deriveNotices(generateScenario().records)).toEqual(notices);
    expect(deriveNotices(generateScenario(8).records)).not.toEqual(notices);
  });

  it('gives the story recruiter one RED notice, asked by Thailand, with his Thai records\' identifiers', () => {
    const onHisPassport = notices.filter((n) => n.travel_documents.some((d) => d.document_number === 'AA3318842'));
    expect(onHisPassport).toHaveLength(1);
    expect(onHisPassport[0]).toMatchObject({
      kind: 'NOTICE',
      colour: 'RED',
      state: 'PUBLISHED',
      requesting_country: 'TH',
      forename: 'Wira',
      name: 'KAEWMANEE',
      date_of_birth: '1986/00/00',
      telephones: ['+66 81 774 2290'],
      arrest_warrants: [{ charge: 'Trafficking in human beings', issuing_country: 'TH' }],
    });
  });

  it('gives the story victim a YELLOW notice asked by the Philippines, cancelled since her rescue', () => {
    const hers = notices.filter((n) => n.travel_documents.some((d) => d.document_number === 'P4821937B'));
    expect(hers).toHaveLength(1);
    expect(hers[0]).toMatchObject({ colour: 'YELLOW', state: 'CANCELLED', requesting_country: 'PH', victim_identified: true, telephones: ['+63 917 482 1937'] });
  });

  it('asks RED notices only for trafficking suspects, within the caps, with unique well-formed ids', () => {
    const count = (colour: string, kind: string) => notices.filter((n) => n.colour === colour && n.kind === kind).length;
    expect(count('RED', 'NOTICE')).toBeLessThanOrEqual(NOTICE_CAPS.RED);
    expect(count('YELLOW', 'NOTICE')).toBeLessThanOrEqual(NOTICE_CAPS.YELLOW);
    expect(count('BLUE', 'DIFFUSION')).toBeLessThanOrEqual(NOTICE_CAPS.BLUE_DIFFUSION);
    for (const { record, notice } of requests.filter((r) => r.notice.colour === 'RED')) {
      expect(record.roles).toContain('SUSPECT');
      expect(notice.arrest_warrants.map((w) => w.charge)).toContain('Trafficking in human beings');
    }
    const ids = notices.map((n) => n.notice_id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^(D-)?\d{4}\/\d{5}$/);
  });

  it('holds one request per person: no travel document is on two notices', () => {
    const keys = notices.flatMap((n) => n.travel_documents.map((d) => `${d.issuing_country}|${d.document_number.toUpperCase().replace(/[^A-Z0-9]/g, '')}`));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('keeps a notice\'s id when records are added around its source record', () => {
    const [first] = requests;
    const grown = deriveNotices([...storyRecords().map((r) => ({ ...r, localId: `${r.localId}-X`, documents: [] })), ...scenario.records]);
    expect(grown.find((n) => n.travel_documents.some((d) => d.document_number === first!.notice.travel_documents[0]!.document_number))?.notice_id).toBe(first!.notice.notice_id);
  });
});

describe('deriveSltd', () => {
  it('is deterministic for a scenario', () => {
    expect(deriveSltd(generateScenario().records)).toEqual(sltd);
  });

  it('never lists the story recruiter\'s passport, nor any passport a suspect or facilitator carries', () => {
    expect(sltdKeys.has(documentKey('THA', 'AA3318842'))).toBe(false);
    const offenders = scenario.records.filter((r) => r.roles.includes('SUSPECT') || r.roles.includes('FACILITATOR'));
    for (const r of offenders) for (const d of r.documents) expect(sltdKeys.has(documentKey(d.issuingCountry, d.number))).toBe(false);
  });

  it('lists passports that PHL and THA records hold, the lowest-numbered one each country issued to its own victims', () => {
    expect(holding(['PHL']).some((k) => sltdKeys.has(k))).toBe(true);
    expect(holding(['THA']).some((k) => sltdKeys.has(k))).toBe(true);
    // The lowest-numbered PHL passport held by a PHL victim or migrant record that no offender carries.
    const offenders = new Set(scenario.records.filter((r) => r.roles.includes('SUSPECT') || r.roles.includes('FACILITATOR')).flatMap((r) => r.documents.map((d) => documentKey(d.issuingCountry, d.number))));
    const lowest = scenario.records
      .filter((r) => r.jurisdiction === 'PHL' && r.roles.some((role) => ['VICTIM', 'POTENTIAL_VICTIM', 'IRREGULAR_MIGRANT'].includes(role)))
      .flatMap((r) => r.documents)
      .filter((d) => d.type === 'PASSPORT' && d.issuingCountry === 'PHL' && !offenders.has(documentKey(d.issuingCountry, d.number)))
      .map((d) => d.number.toUpperCase().replace(/\s/g, ''))
      .sort()[0];
    const phl = sltd.find((e) => e.reporting_country === 'PHL');
    expect(phl).toEqual({ document_number: lowest, issuing_country: 'PHL', document_type: 'PASSPORT', status: 'STOLEN', reporting_country: 'PHL', date_reported: expect.stringMatching(/^2024-\d{2}-\d{2}$/) });
  });

  it('lists every document a national record already reports stolen, lost or revoked, reported by that jurisdiction', () => {
    const [victim] = storyRecords();
    const stolen: ScenarioRecord = { ...victim!, documents: [{ type: 'PASSPORT', number: 'p 123 456', issuingCountry: 'PHL', status: 'REVOKED' }] };
    expect(deriveSltd([stolen])).toEqual([expect.objectContaining({ document_number: 'P123456', issuing_country: 'PHL', status: 'REVOKED', reporting_country: 'PHL' })]);
  });
});
