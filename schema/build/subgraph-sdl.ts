import {
  Kind,
  parse,
  print,
  type ConstArgumentNode,
  type ConstDirectiveNode,
  type DefinitionNode,
  type DocumentNode,
  type InterfaceTypeDefinitionNode,
  type ObjectTypeDefinitionNode,
} from 'graphql';
import { ACCESS_DIRECTIVE, ACCESS_SPEC_URL } from '../access/field-labels';
import { isCountry, type Jurisdiction } from '../registry/registry';
import {
  accessDocument,
  CONTRIBUTION_INTERFACE,
  ENTITY_INTERFACE,
  FACILITY_CASES_INTERFACE,
  contributionDocument,
  definitionsByName,
  facilityCasesDocument,
  facilityDocument,
  jurisdictionSdl,
  operationDocument,
  recordDocument,
  referencedTypes,
  traceDocument,
} from './shared-schema';
import { operationsSdl } from './operations-sdl';

// Every subgraph speaks the same federation version, so composition never mixes feature sets; each
// links Corridor's field label and composes it, so the gateway finds the labels in the supergraph.
const LINK = `extend schema
  @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@composeDirective"])
  @link(url: "${ACCESS_SPEC_URL}", import: ["@${ACCESS_DIRECTIVE}"])
  @composeDirective(name: "@${ACCESS_DIRECTIVE}")`;

const name = (value: string) => ({ kind: Kind.NAME, value }) as const;
const stringValue = (value: string) => ({ kind: Kind.STRING, value }) as const;

function keyDirective(fields: string, resolvable = true): ConstDirectiveNode {
  const args: ConstArgumentNode[] = [{ kind: Kind.ARGUMENT, name: name('fields'), value: stringValue(fields) }];
  if (!resolvable) args.push({ kind: Kind.ARGUMENT, name: name('resolvable'), value: { kind: Kind.BOOLEAN, value: false } });
  return { kind: Kind.DIRECTIVE, name: name('key'), arguments: args };
}
const shareableDirective: ConstDirectiveNode = { kind: Kind.DIRECTIVE, name: name('shareable') };

/**
 * Shared value types that are also entities, so another subgraph can add fields to them: INTERPOL
 * answers a stolen/lost check for every travel document, whoever holds it. Countries only
 * reference them (`resolvable: false`).
 */
const REFERENCED_ENTITIES: Record<string, string> = { TravelDocument: 'number issuingCountry' };

/**
 * Entities the index owns beside the records. A trace is one so that the operations subgraph can
 * add its timeline, computed from the records' events (schema/shared/timeline.graphql); a facility
 * so that it can merge the countries' cases (schema/shared/facility-view.graphql).
 */
const INDEX_ENTITIES: Record<string, string> = { Operation: 'code', Trace: 'id', Facility: 'id' };

/** The concrete GraphQL type that holds one jurisdiction's person records, e.g. `PhlPersonRecord`. */
export const personRecordType = (j: Pick<Jurisdiction, 'typePrefix'>): string => `${j.typePrefix}${ENTITY_INTERFACE}`;

/** The concrete type of one country's operation contribution, e.g. `PhlOperationContribution`. */
export const contributionType = (j: Pick<Jurisdiction, 'typePrefix'>): string => `${j.typePrefix}${CONTRIBUTION_INTERFACE}`;

/** The concrete type of one country's cases at a facility, e.g. `PhlFacilityCases`. */
export const facilityCasesType = (j: Pick<Jurisdiction, 'typePrefix'>): string => `${j.typePrefix}${FACILITY_CASES_INTERFACE}`;

/**
 * Value types are resolved by every country (and by the index), so each copy must be @shareable.
 * A referenced entity is resolvable only in the subgraph whose own SDL extends it.
 */
function shareable(def: DefinitionNode, extended: ReadonlySet<string> = new Set()): DefinitionNode {
  if (def.kind !== Kind.OBJECT_TYPE_DEFINITION || def.name.value === 'Query') return def;
  const key = REFERENCED_ENTITIES[def.name.value];
  const keys = key ? [keyDirective(key, extended.has(def.name.value))] : [];
  return { ...def, directives: [...(def.directives ?? []), shareableDirective, ...keys] };
}

/** Names of the types a jurisdiction's own SDL extends (`extend type X`). */
function extendedTypes(sdl: string): Set<string> {
  if (!sdl.trim()) return new Set();
  return new Set(parse(sdl).definitions.flatMap((d) => (d.kind === Kind.OBJECT_TYPE_EXTENSION ? [d.name.value] : [])));
}

function withKey(def: DefinitionNode, fields: string | undefined): DefinitionNode {
  if (!fields || (def.kind !== Kind.OBJECT_TYPE_DEFINITION && def.kind !== Kind.INTERFACE_TYPE_DEFINITION)) return def;
  return { ...def, directives: [...(def.directives ?? []), keyDirective(fields)] };
}

function sharedInterface(doc: DocumentNode, interfaceName: string): InterfaceTypeDefinitionNode {
  const def = definitionsByName(doc).get(interfaceName);
  if (def?.kind !== Kind.INTERFACE_TYPE_DEFINITION) throw new Error(`schema/shared: no interface ${interfaceName}`);
  return def;
}

function concreteType(
  typeName: string,
  interfaceName: string,
  description: string,
  fields: InterfaceTypeDefinitionNode['fields'],
): ObjectTypeDefinitionNode {
  return {
    kind: Kind.OBJECT_TYPE_DEFINITION,
    description: stringValue(description),
    name: name(typeName),
    interfaces: [{ kind: Kind.NAMED_TYPE, name: name(interfaceName) }],
    directives: [keyDirective('id')],
    fields,
  };
}

const recordType = (j: Jurisdiction, fields: InterfaceTypeDefinitionNode['fields']) =>
  concreteType(personRecordType(j), ENTITY_INTERFACE, `A person record owned by ${j.name} (${j.code}); resolved by the ${j.code} subgraph.`, fields);

const contributionOf = (j: Jurisdiction, fields: InterfaceTypeDefinitionNode['fields']) =>
  concreteType(contributionType(j), CONTRIBUTION_INTERFACE, `${j.name}'s figures for an operation, counted by the ${j.code} subgraph from its own records.`, fields);

const facilityCasesOf = (j: Jurisdiction, fields: InterfaceTypeDefinitionNode['fields']) =>
  concreteType(facilityCasesType(j), FACILITY_CASES_INTERFACE, `${j.name}'s cases at a facility, found by the ${j.code} subgraph in its own records.`, fields);

function document(definitions: DefinitionNode[], extra = ''): string {
  const withLabel = [...accessDocument.definitions, ...definitions];
  return `${LINK}\n\n${print({ kind: Kind.DOCUMENT, definitions: withLabel } as DocumentNode)}\n${extra ? `\n${extra}` : ''}`;
}

/**
 * SDL of one jurisdiction's subgraph: the shared record shapes plus its own concrete record type;
 * for a country also its operation contribution; plus the jurisdiction's own extra SDL, if any.
 */
export function countrySubgraphSdl(j: Jurisdiction): string {
  const record = sharedInterface(recordDocument, ENTITY_INTERFACE);
  const extra = j.extraSdl ? jurisdictionSdl(j.extraSdl) : '';
  const extended = extendedTypes(extra);
  const definitions = [...recordDocument.definitions.map((d) => shareable(d, extended)), recordType(j, record.fields)];
  if (isCountry(j)) {
    const contribution = sharedInterface(contributionDocument, CONTRIBUTION_INTERFACE);
    definitions.push(contribution, contributionOf(j, contribution.fields));
    const facilityCases = sharedInterface(facilityCasesDocument, FACILITY_CASES_INTERFACE);
    const valueTypes = facilityCasesDocument.definitions.filter((d) => d !== facilityCases);
    definitions.push(facilityCases, facilityCasesOf(j, facilityCases.fields), ...valueTypes.map((d) => shareable(d)));
  }
  return document(definitions, extra);
}

/** Entity interfaces the index holds only as key stubs, one per implementing jurisdiction. */
const KEY_STUB_INTERFACES = new Set([ENTITY_INTERFACE, CONTRIBUTION_INTERFACE, FACILITY_CASES_INTERFACE]);

/** The shared types the index needs beside its own: the closure of what its documents refer to. */
function sharedTypesUsedByIndex(own: DefinitionNode[]): DefinitionNode[] {
  const shared = definitionsByName(recordDocument);
  const ownNames = new Set(own.flatMap((d) => ('name' in d && d.name ? [d.name.value] : [])));
  const wanted = new Set<string>();
  const queue = own.flatMap(referencedTypes);
  while (queue.length > 0) {
    const typeName = queue.pop()!;
    if (wanted.has(typeName) || ownNames.has(typeName) || KEY_STUB_INTERFACES.has(typeName)) continue;
    const def = shared.get(typeName);
    if (!def) continue; // a built-in scalar
    wanted.add(typeName);
    queue.push(...referencedTypes(def));
  }
  return [...wanted].map((typeName) => shared.get(typeName)!);
}

/** An entity interface reduced to its key, with one stub per implementing jurisdiction. */
function keyStubs(iface: InterfaceTypeDefinitionNode, implementations: ObjectTypeDefinitionNode[]): DefinitionNode[] {
  return [{ ...iface, directives: [keyDirective('id')], fields: iface.fields?.filter((f) => f.name.value === 'id') }, ...implementations];
}

/** SDL of the index: its own shapes, the shared types they use, and key stubs per jurisdiction. */
export function indexSubgraphSdl(jurisdictions: readonly Jurisdiction[]): string {
  const own = [...traceDocument.definitions, ...operationDocument.definitions, ...facilityDocument.definitions].map((def) =>
    withKey(def, 'name' in def && def.name ? INDEX_ENTITIES[def.name.value] : undefined),
  );
  const record = sharedInterface(recordDocument, ENTITY_INTERFACE);
  const contribution = sharedInterface(contributionDocument, CONTRIBUTION_INTERFACE);
  const facilityCases = sharedInterface(facilityCasesDocument, FACILITY_CASES_INTERFACE);
  const idOnly = (iface: InterfaceTypeDefinitionNode) => iface.fields?.filter((f) => f.name.value === 'id');
  return document([
    ...own,
    ...sharedTypesUsedByIndex(own).map((d) => shareable(d)),
    ...keyStubs(record, jurisdictions.map((j) => recordType(j, idOnly(record)))),
    ...keyStubs(contribution, jurisdictions.filter(isCountry).map((j) => contributionOf(j, idOnly(contribution)))),
    ...keyStubs(facilityCases, jurisdictions.filter(isCountry).map((j) => facilityCasesOf(j, idOnly(facilityCases)))),
  ]);
}

/** SDL of the operations subgraph: its totals and timeline, with a record stub per jurisdiction. */
export function operationsSubgraphSdl(jurisdictions: readonly Jurisdiction[]): string {
  return operationsSdl(jurisdictions.map((j) => ({ typeName: personRecordType(j), description: `A person record owned by ${j.name} (${j.code}), the source of timeline entries; resolved by the ${j.code} subgraph.` })));
}
