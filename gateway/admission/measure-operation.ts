import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  Kind,
  Lexer,
  Source,
  TokenKind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/** What the admission limits look at in one operation. */
export interface OperationMeasure {
  /** Deepest field nesting; root fields are at depth 1. */
  readonly depth: number;
  /** Aliased fields, counting a fragment's aliases each time it is spread. */
  readonly aliases: number;
  /** Fields at the root of the operation, fragments and aliases included. */
  readonly rootFields: number;
  /** The cost estimate: see `measureOperation`. */
  readonly cost: number;
}

interface SetMeasure {
  depth: number;
  aliases: number;
  fields: number;
  cost: number;
}

/** Introspection is answered by the gateway itself and bounded by graphql-js's own rule (MaxIntrospectionDepthRule). */
const isIntrospection = (name: string) => name === '__schema' || name === '__type';

/** How many list levels wrap a field's type: `[[X]]` is 2. */
function listLevels(type: GraphQLOutputType): number {
  let levels = 0;
  for (let t = getNullableType(type); isListType(t); t = getNullableType(t.ofType)) levels += 1;
  return levels;
}

/**
 * Measure the operation that will run (not the document's other operations), after validation.
 *
 * The cost estimates the work behind an answer, the calls to subgraphs and native sources it may
 * fan out to: each field costs 1 plus its selection's cost, and the selection of a list field
 * counts `listFactor` times (each assumed item resolves it), so a trace's records and their events
 * weigh 1 + 10 × (…) with the default factor, and a list inside a list 100 times. `__typename`
 * costs nothing; introspection neither counts toward cost nor depth (graphql-js bounds its
 * nesting during validation). The estimate describes the document: fields under `@skip` or
 * `@include` count, and a fragment on each of an interface's types counts once per fragment.
 *
 * Fragments are measured once each and reused where spread, so a document that spreads fragments
 * into fragments is measured in time linear in its size, even when its expansion is exponential
 * (the estimate then is, and the operation is refused).
 */
export function measureOperation({
  schema,
  document,
  operation,
  listFactor,
}: {
  schema: GraphQLSchema;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  listFactor: number;
}): OperationMeasure {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const measured = new Map<string, SetMeasure>();
  const inProgress = new Set<string>();

  const fragment = (name: string): SetMeasure => {
    const known = measured.get(name);
    if (known) return known;
    const definition = fragments.get(name);
    // Unknown or cyclic fragments fail validation before this runs; measure them as empty regardless.
    if (!definition || inProgress.has(name)) return { depth: 0, aliases: 0, fields: 0, cost: 0 };
    inProgress.add(name);
    const type = schema.getType(definition.typeCondition.name.value);
    const result = selectionSet(definition.selectionSet, isCompositeType(type) ? type : undefined);
    inProgress.delete(name);
    measured.set(name, result);
    return result;
  };

  // `spread` holds the fragments already counted in this selection set: graphql-js executes a
  // fragment spread twice in one selection set only once, so it is counted once here too.
  const selectionSet = (set: SelectionSetNode, type: GraphQLCompositeType | undefined, spread = new Set<string>()): SetMeasure => {
    const total: SetMeasure = { depth: 0, aliases: 0, fields: 0, cost: 0 };
    const add = (m: SetMeasure) => {
      total.depth = Math.max(total.depth, m.depth);
      total.aliases += m.aliases;
      total.fields += m.fields;
      total.cost += m.cost;
    };
    for (const selection of set.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        if (spread.has(selection.name.value)) continue;
        spread.add(selection.name.value);
        add(fragment(selection.name.value));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type;
        add(selectionSet(selection.selectionSet, isCompositeType(condition) ? condition : undefined, spread));
      } else {
        const name = selection.name.value;
        const aliases = selection.alias ? 1 : 0;
        if (name === '__typename') {
          add({ depth: 1, aliases, fields: 1, cost: 0 });
          continue;
        }
        if (isIntrospection(name)) {
          // Aliases inside still count: they multiply the work however cheap each field is.
          const inside = selection.selectionSet ? selectionSet(selection.selectionSet, undefined) : undefined;
          add({ depth: 0, aliases: aliases + (inside?.aliases ?? 0), fields: 1, cost: 0 });
          continue;
        }
        const definition = type && 'getFields' in type ? type.getFields()[name] : undefined;
        const fieldType = definition ? getNamedType(definition.type) : undefined;
        const child = selection.selectionSet
          ? selectionSet(selection.selectionSet, isCompositeType(fieldType) ? fieldType : undefined)
          : { depth: 0, aliases: 0, fields: 0, cost: 0 };
        const items = definition ? listFactor ** listLevels(definition.type) : 1;
        add({ depth: 1 + child.depth, aliases: aliases + child.aliases, fields: 1, cost: 1 + items * child.cost });
      }
    }
    return total;
  };

  const rootType = schema.getRootType(operation.operation) ?? undefined;
  const root = selectionSet(operation.selectionSet, rootType);
  return { depth: root.depth, aliases: root.aliases, rootFields: root.fields, cost: root.cost };
}

/**
 * The document's lexical tokens as graphql-js's parser counts them (comments excluded), counting
 * no further than `stopAfter`: enough to tell whether a limit was exceeded without lexing a
 * whole oversized document.
 */
export function countTokens(source: string, stopAfter = Infinity): number {
  const lexer = new Lexer(new Source(source));
  let count = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF && count <= stopAfter) count += 1;
  } catch {
    // A lexical error ends the count: the tokens before it were read, as the parser would.
  }
  return count;
}
