import { buildSubgraphSchema } from '@apollo/subgraph';
import { buildASTSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType, parse } from 'graphql';
import { countrySubgraphSdl, facilityCasesType, indexSubgraphSdl, personRecordType } from '../build/subgraph-sdl';
import { accessDocument, contributionDocument, facilityCasesDocument, facilityDocument, operationDocument, recordDocument, traceDocument } from '../build/shared-schema';
import { isCountry, loadRegistry, parseRegistry } from '../registry/registry';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const registry = loadRegistry();

describe('the shared schema', () => {
  const schema = buildASTSchema({
    kind: recordDocument.kind,
    definitions: [
      ...accessDocument.definitions, ...recordDocument.definitions, ...traceDocument.definitions, ...operationDocument.definitions, ...contributionDocument.definitions,
      ...facilityDocument.definitions, ...facilityCasesDocument.definitions,
    ],
  });

  it('describes every type, field, argument and enum value', () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Boolean', 'ID', 'Float'].includes(type.name)) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isEnumType(type)) for (const v of type.getValues()) if (!v.description) missing.push(`${type.name}.${v.name}`);
    }
    expect(missing).toEqual([]);
  });

  it('keeps the record’s detail fields nullable, so one failing country cannot null a whole trace', () => {
    const record = schema.getType('PersonRecord');
    if (!isInterfaceType(record)) throw new Error('PersonRecord is not an interface');
    const nonNull = Object.values(record.getFields()).filter((f) => String(f.type).endsWith('!')).map((f) => f.name);
    expect(nonNull).toEqual(['id', 'jurisdiction']);
  });
});

describe('generated subgraph SDL', () => {
  it('gives each country its own concrete record type with every shared field', () => {
    for (const j of registry.jurisdictions) {
      const doc = buildSubgraphSchema(parse(countrySubgraphSdl(j)));
      const concrete = doc.getType(personRecordType(j));
      const shared = doc.getType('PersonRecord');
      if (!isObjectType(concrete) || !isInterfaceType(shared)) throw new Error(`no record types for ${j.code}`);
      const own = Object.keys(concrete.getFields()).sort();
      const common = Object.keys(shared.getFields()).sort();
      // A jurisdiction's own extra SDL may add fields to its record type, never take one away.
      if (j.extraSdl) expect(own).toEqual(expect.arrayContaining(common));
      else expect(own).toEqual(common);
      expect(concrete.getInterfaces().map((i) => i.name)).toEqual(['PersonRecord']);
    }
  });

  it('stubs exactly the registered jurisdictions in the index', () => {
    const sdl = indexSubgraphSdl(registry.jurisdictions);
    const stubs = [...sdl.matchAll(/type (\w+PersonRecord) implements PersonRecord/g)].map((m) => m[1]);
    expect(stubs).toEqual(registry.jurisdictions.map(personRecordType));
  });

  it('gives every country, and only countries, its own cases-at-a-facility type, stubbed in the index', () => {
    const countries = registry.jurisdictions.filter(isCountry);
    const sdl = indexSubgraphSdl(registry.jurisdictions);
    expect([...sdl.matchAll(/type (\w+FacilityCases) implements FacilityCases/g)].map((m) => m[1])).toEqual(countries.map(facilityCasesType));
    for (const j of registry.jurisdictions) {
      const doc = buildSubgraphSchema(parse(countrySubgraphSdl(j)));
      expect(doc.getType(facilityCasesType(j)) !== undefined).toBe(isCountry(j));
    }
  });
});

describe('the registry', () => {
  const raw = JSON.parse(readFileSync(join(__dirname, '..', 'registry', 'jurisdictions.json'), 'utf8'));
  const services = { index: { name: 'index', port: 4100, timeoutMs: 1000 }, operations: { name: 'operations', port: 4099, timeoutMs: 1000 } };

  it('refuses duplicate codes and type prefixes', () => {
    expect(() => parseRegistry([raw[0], raw[0]], services)).toThrow(/duplicate PHL/);
    expect(() => parseRegistry([raw[0], { ...raw[1], typePrefix: raw[0].typePrefix }], services)).toThrow(/duplicate prefix/);
  });

  it.each([
    ['a code that is no ISO alpha-3', { code: 'PH' }],
    ['a lower-case type prefix', { typePrefix: 'phl' }],
    ['a port out of range', { subgraph: { port: 70000, timeoutMs: 1 } }],
  ])('refuses %s', (_what, change) => {
    expect(() => parseRegistry([{ ...raw[0], ...change }], services)).toThrow();
  });
});
