import { Supergraph } from '@apollo/federation-internals';
import { Kind, parse, print, printSchema, type DefinitionNode, type DocumentNode } from 'graphql';
import { composeSupergraph, registrySubgraphs, type SubgraphDefinition } from '../compose/compose';
import { loadRegistry, type Registry } from '../registry/registry';
import * as shared from '../build/shared-schema';

/** Every layer of Corridor's schema, as SDL text. */
export interface SchemaLayers {
  /** The shared trafficking schema as written in schema/shared (one document). */
  readonly shared: string;
  /** Each subgraph's SDL, by subgraph name. */
  readonly subgraphs: readonly SubgraphDefinition[];
  /** The composed supergraph (what the gateway loads). */
  readonly supergraph: string;
  /** The public API schema clients see: no federation machinery, no labels. */
  readonly api: string;
}

/** The documents of schema/shared, in one, in the order they are read. */
function sharedDocument(): DocumentNode {
  const docs = Object.values(shared).filter((v): v is DocumentNode => typeof v === 'object' && v !== null && (v as DocumentNode).kind === Kind.DOCUMENT);
  const definitions: DefinitionNode[] = docs.flatMap((d) => [...d.definitions]);
  return { kind: Kind.DOCUMENT, definitions };
}

/** The API schema of a supergraph, printed the way clients introspect it. */
export function apiSchemaOf(supergraphSdl: string): string {
  return printSchema(Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema());
}

export function schemaLayers(registry: Registry = loadRegistry()): SchemaLayers {
  const subgraphs = registrySubgraphs(registry);
  const supergraph = composeSupergraph(subgraphs);
  return { shared: print(sharedDocument()), subgraphs, supergraph, api: apiSchemaOf(supergraph) };
}

/** Parse check used by tests and the checker: the API SDL must be a valid document. */
export function parseApi(sdl: string): DocumentNode {
  return parse(sdl);
}
