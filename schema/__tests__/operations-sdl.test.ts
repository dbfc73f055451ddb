import { buildSubgraphSchema } from '@apollo/subgraph';
import { isEnumType, isInterfaceType, isObjectType, Kind, parse, type SelectionSetNode } from 'graphql';
import { readFieldLabels } from '../access/field-labels';
import { definitionsByName, recordDocument, timelineDocument } from '../build/shared-schema';
import { operationsSubgraphSdl, personRecordType } from '../build/subgraph-sdl';
import { composeSupergraph, registrySubgraphs } from '../compose/compose';
import { registryOf } from '../../gateway/stack/in-process';
import { loadRegistry } from '../registry/registry';

const registry = loadRegistry();
const sdl = operationsSubgraphSdl(registry.jurisdictions);

/** The fields a `@requires` selection asks under one path, e.g. `events.when`. */
function selected(selection: SelectionSetNode, path: string[]): string[] {
  const fields = selection.selections.flatMap((s) => (s.kind === Kind.FIELD ? [s] : []));
  if (path.length === 0) return fields.map((f) => f.name.value);
  const next = fields.find((f) => f.name.value === path[0]);
  if (!next?.selectionSet) throw new Error(`the selection has no ${path[0]}`);
  return selected(next.selectionSet, path.slice(1));
}

describe('the operations subgraph’s timeline SDL', () => {
  it('describes every type, field and enum value of the timeline', () => {
    const schema = buildSubgraphSchema(parse(sdl));
    const missing: string[] = [];
    for (const def of timelineDocument.definitions) {
      if (!('name' in def) || !def.name) continue;
      const type = schema.getType(def.name.value)!;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type)) for (const f of Object.values(type.getFields())) if (!f.description) missing.push(`${type.name}.${f.name}`);
      if (isEnumType(type)) for (const v of type.getValues()) if (!v.description) missing.push(`${type.name}.${v.name}`);
    }
    expect(missing).toEqual([]);
  });

  it('references exactly the registered jurisdictions’ record types, like the index', () => {
    const schema = buildSubgraphSchema(parse(sdl));
    const record = schema.getType('PersonRecord');
    if (!isInterfaceType(record)) throw new Error('no PersonRecord interface');
    expect(schema.getPossibleTypes(record).map((t) => t.name)).toEqual(registry.jurisdictions.map(personRecordType));
    expect(Object.keys(record.getFields())).toEqual(['id', 'jurisdiction', 'events']);
  });

  it('requires every field of the event it echoes, so no entry field answers null for want of asking', () => {
    const timeline = parse(sdl).definitions.flatMap((d) => (d.kind === Kind.OBJECT_TYPE_DEFINITION && d.name.value === 'Trace' ? d.fields ?? [] : [])).find((f) => f.name.value === 'timeline')!;
    const requires = timeline.directives!.find((d) => d.name.value === 'requires')!.arguments![0]!.value;
    if (requires.kind !== Kind.STRING) throw new Error('no @requires selection');
    const selection = (parse(`{ ${requires.value} }`).definitions[0] as { selectionSet: SelectionSetNode }).selectionSet;
    const shared = definitionsByName(recordDocument);
    const fieldsOf = (type: string) => {
      const def = shared.get(type);
      return def?.kind === Kind.OBJECT_TYPE_DEFINITION ? (def.fields ?? []).map((f) => f.name.value) : [];
    };
    expect(selected(selection, ['records', 'events', 'when']).sort()).toEqual(fieldsOf('PartialDate').sort());
    expect(selected(selection, ['records', 'events', 'where']).sort()).toEqual(fieldsOf('Place').sort());
    // The summary is operational detail under its own label; a fixed @requires would fetch it even
    // for requesters the label denies, so the timeline leaves it with the record.
    expect(selected(selection, ['records', 'events'])).not.toContain('summary');
  });

  it('composes, with the timeline under the same label as the records’ events', () => {
    const labels = readFieldLabels(composeSupergraph(registrySubgraphs(registryOf(['PHL', 'THA']))));
    expect(labels.get('Trace.timeline')?.policy).toBe(labels.get('PersonRecord.events')?.policy);
    expect(labels.get('Trace.timeline')?.policy).toBe('(INVESTIGATOR | VICTIM_SUPPORT | ANALYST | LIAISON) & PURPOSE');
  });
});
