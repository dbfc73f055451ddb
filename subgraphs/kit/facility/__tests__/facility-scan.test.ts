import type { PersonRecord } from '../../record/person-record';
import { memoryAgency, person, unmappable } from '../../subgraph/__tests__/memory-agency';
import { FacilityScanCache, scanFacilityRecords } from '../facility-scan';
import type { FacilitySite } from '../facility-cases';

const SITES: FacilitySite[] = [
  { id: 'PHL-BAMBAN', country: 'PHL', knownAs: ['Bamban compound'] },
  { id: 'THA-MAE-SOT', country: 'THA', knownAs: ['Mae Sot compound'] },
];

const withCase = (id: string, reference: string | null, facility: string | null): PersonRecord => ({
  ...person(id, `P${id.slice(-3)}`, '+639170000000'),
  events: facility ? [{ type: 'RESCUE', when: null, where: { country: null, locality: null, facility }, operation: null, summary: null }] : [],
  cases: reference ? [{ reference, role: 'VICTIM', status: 'OPEN', exploitationTypes: [], offences: [] }] : [],
});

describe('scanning a native source for its facilities’ records', () => {
  it('keeps the records at any site and every record of their cases, wherever their page, and counts unreadable ones', async () => {
    const agency = memoryAgency([
      withCase('PHL:PNP:001', 'PHL-1', null), // first page, before the record that ties its case to the site
      unmappable(),
      withCase('PHL:PNP:002', 'PHL-2', null),
      withCase('PHL:PNP:003', 'PHL-1', 'bamban  COMPOUND'),
      withCase('PHL:PNP:004', null, 'Mae Sot compound'),
      withCase('PHL:PNP:005', 'PHL-3', 'Somewhere else'),
    ]);
    const scan = await scanFacilityRecords(agency.adapter, SITES);
    expect(scan.records.map((r) => r.id).sort()).toEqual(['PHL:PNP:001', 'PHL:PNP:003', 'PHL:PNP:004']);
    expect(scan.skippedRecords).toBe(1);
    expect(agency.pageReads).toBe(3);
  });
});

describe('FacilityScanCache', () => {
  it('reads the source once for concurrent questions, and not again while the scan is fresh', async () => {
    const agency = memoryAgency([withCase('PHL:PNP:001', 'PHL-1', 'Bamban compound')], 10);
    const cache = new FacilityScanCache(agency.adapter, SITES, 60_000);
    const [a, b] = await Promise.all([cache.get(), cache.get()]);
    expect(a).toBe(b);
    await cache.get();
    expect(agency.pageReads).toBe(1);
  });

  it('keeps nothing from a failed read and tries again on the next question', async () => {
    const agency = memoryAgency([withCase('PHL:PNP:001', 'PHL-1', 'Bamban compound')], 10);
    const cache = new FacilityScanCache(agency.adapter, SITES);
    agency.failing = true;
    await expect(cache.get()).rejects.toThrow('HTTP 500');
    agency.failing = false;
    await expect(cache.get()).resolves.toMatchObject({ records: [expect.objectContaining({ id: 'PHL:PNP:001' })] });
  });

  it('serves the last scan while a stale one is read again', async () => {
    const agency = memoryAgency([withCase('PHL:PNP:001', 'PHL-1', 'Bamban compound')], 10);
    const cache = new FacilityScanCache(agency.adapter, SITES, 0);
    const first = await cache.get();
    agency.records.push(withCase('PHL:PNP:002', 'PHL-2', 'Bamban compound'));
    expect(await cache.get()).toBe(first);
    await new Promise((resolve) => setImmediate(resolve));
    expect((await cache.get()).records).toHaveLength(2);
  });
});
