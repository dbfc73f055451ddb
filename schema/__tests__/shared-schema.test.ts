import { buildASTSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType, parse } from 'graphql';
import { countrySubgraphSdl, indexSubgraphSdl, personRecordType } from '../build/subgraph-sdl';
import { recordDocument, traceDocument } from '../build/shared-schema';
import { loadRegistry, parseRegistry } from '../registry/registry';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const registry = loadRegistry();

describe('the shared schema', () => {
  const schema = buildASTSchema({ kind: recordDocument.kind, definitions: [...recordDocument.definitions, ...traceDocument.definitions] });

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
      const doc = buildASTSchema(parse(countrySubgraphSdl(j).replace(/^extend schema.*$/m, '')).definitions.length ? parse(countrySubgraphSdl(j).replace(/^extend schema.*$/m, '') + '\ndirective @key(fields: String!) repeatable on OBJECT | INTERFACE\ndirective @shareable on OBJECT | FIELD_DEFINITION') : parse(''));
      const concrete = doc.getType(personRecordType(j));
      const shared = doc.getType('PersonRecord');
      if (!isObjectType(concrete) || !isInterfaceType(shared)) throw new Error(`no record types for ${j.code}`);
      expect(Object.keys(concrete.getFields()).sort()).toEqual(Object.keys(shared.getFields()).sort());
      expect(concrete.getInterfaces().map((i) => i.name)).toEqual(['PersonRecord']);
    }
  });

  it('stubs exactly the registered jurisdictions in the index', () => {
    const sdl = indexSubgraphSdl(registry.jurisdictions);
    const stubs = [...sdl.matchAll(/type (\w+PersonRecord) implements PersonRecord/g)].map((m) => m[1]);
    expect(stubs).toEqual(registry.jurisdictions.map(personRecordType));
  });
});

describe('the registry', () => {
  const raw = JSON.parse(readFileSync(join(__dirname, '..', 'registry', 'jurisdictions.json'), 'utf8'));
  const index = { name: 'index', port: 4100, timeoutMs: 1000 };

  it('refuses duplicate codes and type prefixes', () => {
    expect(() => parseRegistry([raw[0], raw[0]], index)).toThrow(/duplicate PHL/);
    expect(() => parseRegistry([raw[0], { ...raw[1], typePrefix: raw[0].typePrefix }], index)).toThrow(/duplicate prefix/);
  });

  it.each([
    ['a code that is no ISO alpha-3', { code: 'PH' }],
    ['a lower-case type prefix', { typePrefix: 'phl' }],
    ['a port out of range', { subgraph: { port: 70000, timeoutMs: 1 } }],
  ])('refuses %s', (_what, change) => {
    expect(() => parseRegistry([{ ...raw[0], ...change }], index)).toThrow();
  });
});
