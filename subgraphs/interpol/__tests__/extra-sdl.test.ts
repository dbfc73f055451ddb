import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse, type DefinitionNode } from 'graphql';
import { jurisdictionSdl } from '../../../schema/build/shared-schema';
import { countrySubgraphSdl } from '../../../schema/build/subgraph-sdl';
import { createInterpolAdapter } from '../adapter';
import { INTERPOL, settings } from './fixtures';

/** Every type, field and enum value of a definition that has no description. */
function undescribed(def: DefinitionNode): string[] {
  if (!('name' in def) || !def.name) return [];
  // `extend type` has no description of its own; the type it extends is described where defined.
  const own = 'description' in def && !def.description ? [def.name.value] : [];
  const fields = 'fields' in def ? (def.fields ?? []) : [];
  const values = 'values' in def ? (def.values ?? []) : [];
  return [...own, ...[...fields, ...values].filter((f) => !f.description).map((f) => `${def.name!.value}.${f.name.value}`)];
}

describe("INTERPOL's extra SDL", () => {
  it('describes every type, field and enum value it adds', () => {
    expect(parse(jurisdictionSdl(INTERPOL.extraSdl!)).definitions.flatMap(undescribed)).toEqual([]);
  });

  it("builds into the INTERPOL subgraph with the adapter's resolvers", () => {
    const { extra } = createInterpolAdapter(settings);
    const schema = buildSubgraphSchema({ typeDefs: parse(countrySubgraphSdl(INTERPOL)), resolvers: extra!.resolvers as never });
    expect(Object.keys(schema.getQueryType()!.getFields())).toContain('_entities');
    expect(schema.getType('TravelDocument')?.toString()).toBe('TravelDocument');
    expect(Object.keys((schema.getType('InterpolPersonRecord') as { getFields(): object }).getFields())).toContain('notice');
  });
});
