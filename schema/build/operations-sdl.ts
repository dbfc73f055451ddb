import {
  Kind,
  parse,
  print,
  type ConstDirectiveNode,
  type DefinitionNode,
  type DocumentNode,
  type FieldDefinitionNode,
  type InterfaceTypeDefinitionNode,
  type ObjectTypeDefinitionNode,
} from 'graphql';
import { ACCESS_DIRECTIVE, ACCESS_SPEC_URL } from '../access/field-labels';
import {
  accessDocument,
  definitionsByName,
  ENTITY_INTERFACE,
  FACILITY_CASES_INTERFACE,
  facilityCasesDocument,
  facilityViewDocument,
  operationTotalsSdl,
  recordDocument,
  referencedTypes,
  timelineDocument,
} from './shared-schema';

/** One jurisdiction's record type, as the operations subgraph references it. */
export interface RecordTypeStub {
  /** e.g. `PhlPersonRecord`. */
  readonly typeName: string;
  readonly description: string;
}

// One link for everything the subgraph uses: the totals' @requires and the timeline's label, which
// must be composed like every other subgraph's, or the supergraph would lose it.
const LINK = `extend schema
  @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@external", "@requires", "@shareable", "@composeDirective"])
  @link(url: "${ACCESS_SPEC_URL}", import: ["@${ACCESS_DIRECTIVE}"])
  @composeDirective(name: "@${ACCESS_DIRECTIVE}")`;

/** What the timeline reads of a record: its key, its owner and its events. */
const RECORD_FIELDS = new Set(['id', 'jurisdiction', 'events']);

const name = (value: string) => ({ kind: Kind.NAME, value }) as const;
const directive = (directiveName: string, fields?: string): ConstDirectiveNode => ({
  kind: Kind.DIRECTIVE,
  name: name(directiveName),
  arguments: fields === undefined ? [] : [{ kind: Kind.ARGUMENT, name: name('fields'), value: { kind: Kind.STRING, value: fields } }],
});
const KEY = directive('key', 'id');

/** The record interface reduced to what the timeline reads; an entity here, as in the index. */
function recordInterface(): InterfaceTypeDefinitionNode {
  const def = definitionsByName(recordDocument).get(ENTITY_INTERFACE);
  if (def?.kind !== Kind.INTERFACE_TYPE_DEFINITION) throw new Error(`schema/shared: no interface ${ENTITY_INTERFACE}`);
  return { ...def, directives: [KEY], fields: def.fields?.filter((f) => RECORD_FIELDS.has(f.name.value)) };
}

/**
 * A reference to one jurisdiction's records. A timeline entry returns its source record, so this
 * subgraph must know every concrete record type; the fields it reads arrive through @requires from
 * the owner, so they are @external here (composition refuses @external on the interface itself).
 */
function stub(record: InterfaceTypeDefinitionNode, type: RecordTypeStub): ObjectTypeDefinitionNode {
  const external = (f: FieldDefinitionNode): FieldDefinitionNode =>
    f.name.value === 'id' ? f : { ...f, directives: [...(f.directives ?? []), directive('external')] };
  return {
    kind: Kind.OBJECT_TYPE_DEFINITION,
    description: { kind: Kind.STRING, value: type.description },
    name: name(type.typeName),
    interfaces: [{ kind: Kind.NAMED_TYPE, name: name(ENTITY_INTERFACE) }],
    directives: [KEY],
    fields: record.fields?.map(external),
  };
}

/**
 * The shared value types the timeline, the facility view and the record subset refer to, each a
 * @shareable copy. `own` names are defined here already (the record subset, the value copy of a
 * facility's cases).
 */
function sharedTypes(own: readonly DefinitionNode[]): DefinitionNode[] {
  const shared = new Map([...definitionsByName(recordDocument), ...definitionsByName(facilityCasesDocument)]);
  const ownNames = new Set(own.flatMap((d) => ('name' in d && d.name ? [d.name.value] : [])));
  const wanted = new Map<string, DefinitionNode>();
  const queue = own.flatMap(referencedTypes);
  while (queue.length > 0) {
    const typeName = queue.pop()!;
    const def = shared.get(typeName);
    if (!def || wanted.has(typeName) || ownNames.has(typeName)) continue; // built-in, seen, or defined here
    wanted.set(typeName, def.kind === Kind.OBJECT_TYPE_DEFINITION ? { ...def, directives: [...(def.directives ?? []), directive('shareable')] } : def);
    queue.push(...referencedTypes(def));
  }
  return [...wanted.values()];
}

/**
 * SDL of the operations subgraph, which computes derived views and stores nothing: the operation
 * totals (schema/shared/operation-totals.graphql), a trace's timeline
 * (schema/shared/timeline.graphql) and a facility's merged cases
 * (schema/shared/facility-view.graphql), with the shared types they use and a reference stub for
 * every jurisdiction's record type (the same list as the index's, or composition fails).
 */
export function operationsSdl(recordTypes: readonly RecordTypeStub[]): string {
  // The totals file carries its own @link for standalone reading; the one LINK above replaces it.
  const totals = parse(operationTotalsSdl).definitions.filter((d) => d.kind !== Kind.SCHEMA_EXTENSION);
  const record = recordInterface();
  // The countries' cases at a facility arrive through @requires: a value copy of their interface
  // with no @key, as the totals' contribution (composition refuses @external on interface fields).
  const facilityCases = definitionsByName(facilityCasesDocument).get(FACILITY_CASES_INTERFACE)!;
  const own = [...totals, ...timelineDocument.definitions, ...facilityViewDocument.definitions, facilityCases, record];
  const definitions = [...accessDocument.definitions, ...own, ...sharedTypes(own), ...recordTypes.map((t) => stub(record, t))];
  return `${LINK}\n\n${print({ kind: Kind.DOCUMENT, definitions } as DocumentNode)}\n`;
}
