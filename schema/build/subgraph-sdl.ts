import {
  Kind,
  print,
  type ConstDirectiveNode,
  type DefinitionNode,
  type DocumentNode,
  type InterfaceTypeDefinitionNode,
  type ObjectTypeDefinitionNode,
} from 'graphql';
import type { Jurisdiction } from '../registry/registry';
import {
  ENTITY_INTERFACE,
  definitionsByName,
  recordDocument,
  referencedTypes,
  traceDocument,
} from './shared-schema';

// Every subgraph speaks the same federation version, so composition never mixes feature sets.
const LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable"])`;

const name = (value: string) => ({ kind: Kind.NAME, value }) as const;
const stringValue = (value: string) => ({ kind: Kind.STRING, value }) as const;

const keyDirective: ConstDirectiveNode = {
  kind: Kind.DIRECTIVE,
  name: name('key'),
  arguments: [{ kind: Kind.ARGUMENT, name: name('fields'), value: stringValue('id') }],
};
const shareableDirective: ConstDirectiveNode = { kind: Kind.DIRECTIVE, name: name('shareable') };

/** The concrete GraphQL type that holds one jurisdiction's person records, e.g. `PhlPersonRecord`. */
export const personRecordType = (j: Pick<Jurisdiction, 'typePrefix'>): string => `${j.typePrefix}${ENTITY_INTERFACE}`;

// Value types are resolved by every country (and by the index), so each copy must be @shareable.
function shareable(def: DefinitionNode): DefinitionNode {
  if (def.kind !== Kind.OBJECT_TYPE_DEFINITION || def.name.value === 'Query') return def;
  return { ...def, directives: [...(def.directives ?? []), shareableDirective] };
}

function entityInterface(): InterfaceTypeDefinitionNode {
  const def = definitionsByName(recordDocument).get(ENTITY_INTERFACE);
  if (def?.kind !== Kind.INTERFACE_TYPE_DEFINITION) throw new Error(`schema/shared: no interface ${ENTITY_INTERFACE}`);
  return def;
}

function concreteRecordType(j: Jurisdiction, fields: InterfaceTypeDefinitionNode['fields']): ObjectTypeDefinitionNode {
  return {
    kind: Kind.OBJECT_TYPE_DEFINITION,
    description: stringValue(`A person record owned by ${j.name} (${j.code}); resolved by the ${j.code} subgraph.`),
    name: name(personRecordType(j)),
    interfaces: [{ kind: Kind.NAMED_TYPE, name: name(ENTITY_INTERFACE) }],
    directives: [keyDirective],
    fields,
  };
}

function document(definitions: DefinitionNode[]): string {
  return `${LINK}\n\n${print({ kind: Kind.DOCUMENT, definitions } as DocumentNode)}\n`;
}

/** SDL of one jurisdiction's subgraph: the shared record shapes plus its own concrete record type. */
export function countrySubgraphSdl(j: Jurisdiction): string {
  const iface = entityInterface();
  const definitions = recordDocument.definitions.map(shareable);
  return document([...definitions, concreteRecordType(j, iface.fields)]);
}

/** The shared types the index needs beside its own: the closure of what trace.graphql refers to. */
function sharedTypesUsedByIndex(): DefinitionNode[] {
  const shared = definitionsByName(recordDocument);
  const own = definitionsByName(traceDocument);
  const wanted = new Set<string>();
  const queue = traceDocument.definitions.flatMap(referencedTypes);
  while (queue.length > 0) {
    const typeName = queue.pop()!;
    if (wanted.has(typeName) || own.has(typeName) || typeName === ENTITY_INTERFACE) continue;
    const def = shared.get(typeName);
    if (!def) continue; // a built-in scalar
    wanted.add(typeName);
    queue.push(...referencedTypes(def));
  }
  return [...wanted].map((typeName) => shared.get(typeName)!);
}

/** SDL of the index: its own shapes, the shared types they use, and one key stub per jurisdiction. */
export function indexSubgraphSdl(jurisdictions: readonly Jurisdiction[]): string {
  const idOnly = entityInterface().fields?.filter((f) => f.name.value === 'id');
  const entity: InterfaceTypeDefinitionNode = { ...entityInterface(), directives: [keyDirective], fields: idOnly };
  const stubs = jurisdictions.map((j) => concreteRecordType(j, idOnly));
  return document([
    ...traceDocument.definitions,
    ...sharedTypesUsedByIndex().map(shareable),
    entity,
    ...stubs,
  ]);
}
