import { buildSchema, getOperationAST, parse } from 'graphql';
import { countTokens, measureOperation } from '../measure-operation';
import { typeDefs } from './fixtures';

const schema = buildSchema(typeDefs);
const measure = (query: string, listFactor = 10, operationName?: string) => {
  const document = parse(query);
  return measureOperation({ schema, document, operation: getOperationAST(document, operationName)!, listFactor });
};

describe('measureOperation', () => {
  it('depth counts root fields as 1, and the deepest branch', () => {
    expect(measure('{ version }').depth).toBe(1);
    expect(measure('{ trace { id records { events { when { iso } } } } }').depth).toBe(5);
  });

  it('cost: each field 1, a list field’s selection counted listFactor times, a list of lists squared', () => {
    // trace 1 + id 1 + records (1 + 10 × (id 1 + names (1 + 10 × 1)))
    expect(measure('{ trace { id records { id names { full } } } }').cost).toBe(1 + 1 + (1 + 10 * (1 + (1 + 10 * 1))));
    expect(measure('{ trace { records { id } } }', 3).cost).toBe(1 + 1 + 3 * 1);
    expect(measure('{ trace { records { links { id } } } }').cost).toBe(1 + 1 + 10 * (1 + 100 * 1));
    // A list of scalars, or a list field without a selection, is one field.
    expect(measure('{ trace { id } operation(code: "X") { code } }').cost).toBe(4);
  });

  it('counts aliases and root fields, through fragments and inline fragments', () => {
    const m = measure(`{
      a: trace { r: records { ...R } }
      b: trace { ... on Trace { c: id } }
      version
      ...Root
    }
    fragment R on Record { n: names { full } }
    fragment Root on Query { v: version }`);
    expect(m.aliases).toBe(6);
    expect(m.rootFields).toBe(4);
  });

  it('counts a fragment each time it is spread, but once per selection set as graphql-js runs it', () => {
    const twice = measure('{ a: trace { records { ...R } } b: trace { records { ...R } } } fragment R on Record { x: id }');
    expect(twice.aliases).toBe(4);
    const repeated = measure('{ trace { records { ...R ...R } } } fragment R on Record { x: id }');
    expect(repeated.aliases).toBe(1);
  });

  it('measures only the operation that runs', () => {
    const query = 'query Small { version } query Big { trace { records { events { when { iso } } } } }';
    expect(measure(query, 10, 'Small')).toEqual({ depth: 1, aliases: 0, rootFields: 1, cost: 1 });
  });

  it('leaves __typename and introspection out of cost and depth, but counts their aliases', () => {
    expect(measure('{ __typename version }')).toEqual({ depth: 1, aliases: 0, rootFields: 2, cost: 1 });
    const m = measure('{ __schema { types { fields { name t: type { name } } } } }');
    expect(m).toEqual({ depth: 0, aliases: 1, rootFields: 1, cost: 0 });
  });

  it('measures fragments once each: an exponential expansion is measured at once, and is huge', () => {
    let query = '{ trace { records { ...F0 } } } ';
    for (let i = 0; i < 40; i++) query += `fragment F${i} on Record { a: links { ...F${i + 1} } b: links { ...F${i + 1} } } `;
    query += 'fragment F40 on Record { id }';
    const started = Date.now();
    const m = measure(query);
    expect(Date.now() - started).toBeLessThan(500);
    expect(m.aliases).toBeGreaterThan(2 ** 40);
    expect(m.depth).toBe(43);
    expect(m.cost).toBeGreaterThan(1e80);
  });
});

describe('countTokens', () => {
  it('counts tokens as the parser does: punctuation, names, values; not commas, whitespace or comments', () => {
    expect(countTokens('{ version }')).toBe(3);
    const query = '# a comment\n{ trace(ids: ["a", "b"]) { id } }';
    expect(countTokens(query)).toBe(14);
    expect(countTokens('')).toBe(0);
    // The same count as the parser's own limit, which the gateway sets to MAX_TOKENS.
    expect(() => parse(query, { maxTokens: 14 })).not.toThrow();
    expect(() => parse(query, { maxTokens: 13 })).toThrow(/13 tokens/);
  });

  it('stops counting just past the limit, and at a lexical error', () => {
    expect(countTokens('{ a a a a a a a a a a }', 3)).toBe(4);
    expect(countTokens('{ a "unterminated')).toBe(2);
  });
});
