import { compareApiSchemas } from '../schema-changes';

const BASE = 'type Query { trace(id: ID!, depth: Int): Trace } type Trace { records: [String] hits: Int } enum Kind { A B }';

describe('schema change check', () => {
  it('finds nothing between equal schemas', () => {
    expect(compareApiSchemas(BASE, BASE)).toEqual({ breaking: [], dangerous: [], unacknowledged: [] });
  });

  it('lists a removed field as breaking and fails until it is acknowledged', () => {
    const next = BASE.replace(' hits: Int', ' hits: String');
    const result = compareApiSchemas(BASE, next.replace(' records: [String]', ''));
    expect(result.breaking).toEqual([
      { type: 'FIELD_REMOVED', description: 'Trace.records was removed.' },
      { type: 'FIELD_CHANGED_KIND', description: 'Trace.hits changed type from Int to String.' },
    ]);
    expect(result.unacknowledged).toHaveLength(2);
    expect(compareApiSchemas(BASE, next, ['Trace.hits changed type from Int to String.']).unacknowledged).toEqual([]);
  });

  it('lists an added enum value as dangerous, not breaking', () => {
    const result = compareApiSchemas(BASE, BASE.replace('{ A B }', '{ A B C }'));
    expect(result.breaking).toEqual([]);
    expect(result.dangerous).toEqual([{ type: 'VALUE_ADDED_TO_ENUM', description: 'C was added to enum type Kind.' }]);
  });

  it('refuses SDL that does not parse', () => {
    expect(() => compareApiSchemas(BASE, 'type {')).toThrow();
  });
});
