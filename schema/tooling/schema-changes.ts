import { buildSchema, findBreakingChanges, findDangerousChanges } from 'graphql';

export interface SchemaChange {
  readonly type: string;
  readonly description: string;
}

export interface SchemaComparison {
  readonly breaking: readonly SchemaChange[];
  readonly dangerous: readonly SchemaChange[];
  /** Breaking changes not listed in the acknowledgements: these fail the check. */
  readonly unacknowledged: readonly SchemaChange[];
}

/**
 * What changed between the released API schema and the current one, by graphql-js's own change
 * finder. A breaking change passes only when its description is acknowledged (listed, word for
 * word, in schema/released/acknowledged.json) — a deliberate act, reviewed with the change.
 */
export function compareApiSchemas(released: string, current: string, acknowledged: readonly string[] = []): SchemaComparison {
  const before = buildSchema(released);
  const after = buildSchema(current);
  const breaking = findBreakingChanges(before, after).map(({ type, description }) => ({ type, description }));
  const dangerous = findDangerousChanges(before, after).map(({ type, description }) => ({ type, description }));
  const ok = new Set(acknowledged);
  return { breaking, dangerous, unacknowledged: breaking.filter((c) => !ok.has(c.description)) };
}
