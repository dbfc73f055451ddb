// `npm run mapping:report`: provenance from the adapter's declaration, coverage from the records.
import { loadRegistry } from '../../schema/registry/registry';
import { declaredSources, indexMarkdown, measure, toMarkdown } from '../../subgraphs/kit/mapping-report/mapping-report';
import type { PersonRecord } from '../../subgraphs/kit/record/person-record';

const registry = loadRegistry();
const phl = registry.byCode('PHL')!;

const record = (over: Partial<PersonRecord>): PersonRecord => ({
  id: 'PHL:PNP:1', jurisdiction: 'PHL', agency: 'PNP', roles: ['VICTIM'], names: [], sex: 'UNKNOWN', dateOfBirth: null, nationalities: [],
  documents: [], identifiers: [], events: [], cases: [], handling: null, updatedAt: null, ...over,
});

describe('the mapping report', () => {
  it('reads the declarations of PHL, THA and the UMF adapter, and says when there is none', () => {
    for (const adapter of ['phl', 'tha', 'umf']) expect(declaredSources(adapter)).toMatchObject({ names: expect.any(String), handling: expect.any(String) });
    expect(declaredSources('phl')!.dateOfBirth).toMatch(/birth_date/);
    expect(declaredSources('no-such-adapter')).toBeNull();
  });

  it('measures coverage from the mapped records and lists unmapped fields', () => {
    const records = [record({ nationalities: ['PHL'] }), record({ id: 'PHL:PNP:2' })];
    const report = measure(phl, records, 1);
    expect(report.records).toBe(2);
    expect(report.fields.find((f) => f.field === 'nationalities')).toMatchObject({ filled: 1, percent: 50, source: expect.stringMatching(/citizenship/) });
    expect(report.fields.find((f) => f.field === 'id')).toMatchObject({ filled: 2, percent: 100 });
    expect(report.unmapped).toEqual(expect.arrayContaining(['names', 'documents', 'dateOfBirth', 'events']));
    expect(report.unmapped).not.toContain('release'); // the kit fills it, not the adapter
    expect(report.undeclared).toEqual([]);

    const md = toMarkdown(report, phl);
    expect(md).toMatch(/^# Mapping report: PHL \(Philippines\)/);
    expect(md).toMatch(/\| `nationalities` \| citizenship .* \| 1 \/ 2 \| 50\.0 % \|/);
    expect(md).toMatch(/1 native records unmappable/);
    expect(indexMarkdown([report])).toMatch(/\| \[PHL\]\(phl\.md\) \| `phl` \| 2 \| 1 \|/);
  });

  it('reports provenance "not declared" where an adapter has no declaration, still measuring coverage', () => {
    const report = measure(phl, [record({})], 0, null);
    expect(report.undeclared.length).toBe(report.fields.length);
    expect(toMarkdown(report, phl)).toMatch(/\| `id` \| _not declared_ \| 1 \/ 1 \| 100\.0 % \|/);
  });
});
