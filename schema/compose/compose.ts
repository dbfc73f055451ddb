import { composeServices } from '@apollo/composition';
import { parse, Source, type GraphQLError } from 'graphql';
import { MalformedLabel, readFieldLabels } from '../access/field-labels';
import { countrySubgraphSdl, indexSubgraphSdl, operationsSubgraphSdl } from '../build/subgraph-sdl';
import { indexUrl, operationsUrl, subgraphName, subgraphUrl, type Registry } from '../registry/registry';

export interface SubgraphDefinition {
  readonly name: string;
  readonly url: string;
  readonly sdl: string;
}

/** One composition error, with the Apollo code and the subgraph(s) to blame. */
export interface CompositionProblem {
  readonly code: string;
  readonly subgraphs: string[];
  readonly message: string;
}

export class CompositionFailed extends Error {
  constructor(readonly problems: CompositionProblem[]) {
    super(problems.map((p) => `${p.code} [${p.subgraphs.join(', ') || '?'}] ${p.message}`).join('\n'));
    this.name = 'CompositionFailed';
  }
}

type Env = Record<string, string | undefined>;

/** Every subgraph the registry declares, with the URL the gateway should call (env overrides applied). */
export function registrySubgraphs(registry: Registry, env: Env = process.env): SubgraphDefinition[] {
  return [
    { name: 'index', url: indexUrl(registry.index, env), sdl: indexSubgraphSdl(registry.jurisdictions) },
    { name: 'operations', url: operationsUrl(registry.operations, env), sdl: operationsSubgraphSdl(registry.jurisdictions) },
    ...registry.jurisdictions.map((j) => ({ name: subgraphName(j), url: subgraphUrl(j, env), sdl: countrySubgraphSdl(j) })),
  ];
}

function problemOf(error: GraphQLError): CompositionProblem {
  // Each subgraph is parsed from a Source named after it, so the offending nodes name their subgraph.
  const fromNodes = (error.nodes ?? []).map((n) => n.loc?.source.name).filter((s): s is string => !!s);
  const fromMessage = /^\[([^\]]+)\]/.exec(error.message)?.[1];
  const subgraphs = [...new Set(fromNodes.length > 0 ? fromNodes : fromMessage ? [fromMessage] : [])];
  return { code: String(error.extensions?.code ?? 'COMPOSITION_ERROR'), subgraphs, message: error.message };
}

/** Compose the supergraph offline; throws CompositionFailed with every problem found. */
export function composeSupergraph(subgraphs: readonly SubgraphDefinition[]): string {
  const problems: CompositionProblem[] = [];
  const services = [];
  for (const s of subgraphs) {
    try {
      const typeDefs = parse(new Source(s.sdl, s.name));
      // A label that does not parse would fail open or closed at request time; stop here instead.
      readFieldLabels(typeDefs);
      services.push({ name: s.name, url: s.url, typeDefs });
    } catch (e) {
      const code = e instanceof MalformedLabel ? 'MALFORMED_ACCESS_LABEL' : 'INVALID_GRAPHQL';
      problems.push({ code, subgraphs: [s.name], message: (e as Error).message });
    }
  }
  if (problems.length > 0) throw new CompositionFailed(problems);
  const result = composeServices(services);
  if (result.errors) throw new CompositionFailed(result.errors.map(problemOf));
  return result.supergraphSdl;
}
