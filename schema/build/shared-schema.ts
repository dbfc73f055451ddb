import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse, type DefinitionNode, type DocumentNode, type TypeNode } from 'graphql';

const sharedDir = join(__dirname, '..', 'shared');

/** Corridor's field label directive (schema/shared/access.graphql). */
export const accessDocument: DocumentNode = parse(readFileSync(join(sharedDir, 'access.graphql'), 'utf8'));

/** The shared record shapes every jurisdiction implements (schema/shared/record.graphql). */
export const recordDocument: DocumentNode = parse(readFileSync(join(sharedDir, 'record.graphql'), 'utf8'));

/** The index's own public shapes (schema/shared/trace.graphql). */
export const traceDocument: DocumentNode = parse(readFileSync(join(sharedDir, 'trace.graphql'), 'utf8'));

/** What each country contributes to an operation summary (schema/shared/contribution.graphql). */
export const contributionDocument: DocumentNode = parse(readFileSync(join(sharedDir, 'contribution.graphql'), 'utf8'));

/** Operations as the index knows them (schema/shared/operation.graphql). */
export const operationDocument: DocumentNode = parse(readFileSync(join(sharedDir, 'operation.graphql'), 'utf8'));

/** Facilities as the index knows them (schema/shared/facility.graphql). */
export const facilityDocument: DocumentNode = parse(readFileSync(join(sharedDir, 'facility.graphql'), 'utf8'));

/** What each country holds about a facility (schema/shared/facility-cases.graphql). */
export const facilityCasesDocument: DocumentNode = parse(readFileSync(join(sharedDir, 'facility-cases.graphql'), 'utf8'));

/** A facility's cases merged by the operations subgraph (schema/shared/facility-view.graphql). */
export const facilityViewDocument: DocumentNode = parse(readFileSync(join(sharedDir, 'facility-view.graphql'), 'utf8'));

/** A trace's timeline, computed by the operations subgraph (schema/shared/timeline.graphql). */
export const timelineDocument: DocumentNode = parse(readFileSync(join(sharedDir, 'timeline.graphql'), 'utf8'));

/** The operations subgraph's SDL, written once (schema/shared/operation-totals.graphql). */
export const operationTotalsSdl: string = readFileSync(join(sharedDir, 'operation-totals.graphql'), 'utf8');

/** A jurisdiction's own extra SDL (schema/jurisdictions/<file>). */
export function jurisdictionSdl(file: string): string {
  return readFileSync(join(sharedDir, '..', 'jurisdictions', file), 'utf8');
}

export const ENTITY_INTERFACE = 'PersonRecord';
export const CONTRIBUTION_INTERFACE = 'OperationContribution';
export const FACILITY_CASES_INTERFACE = 'FacilityCases';

type NamedDefinition = Extract<DefinitionNode, { name: { value: string } }>;

export function definitionsByName(doc: DocumentNode): Map<string, NamedDefinition> {
  const map = new Map<string, NamedDefinition>();
  for (const def of doc.definitions) {
    if ('name' in def && def.name) map.set(def.name.value, def as NamedDefinition);
  }
  return map;
}

export function namedType(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type);
}

/** Names of the types a definition refers to through its fields and arguments. */
export function referencedTypes(def: DefinitionNode): string[] {
  const out: string[] = [];
  if (
    def.kind === Kind.OBJECT_TYPE_DEFINITION ||
    def.kind === Kind.INTERFACE_TYPE_DEFINITION ||
    def.kind === Kind.OBJECT_TYPE_EXTENSION
  ) {
    for (const field of def.fields ?? []) {
      out.push(namedType(field.type));
      for (const arg of field.arguments ?? []) out.push(namedType(arg.type));
    }
  } else if (def.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION) {
    for (const field of def.fields ?? []) out.push(namedType(field.type));
  }
  return out;
}
