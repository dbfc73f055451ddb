/**
 * The in-process stacks of one test file not yet closed, those still starting included: the test
 * environment (tests/support/test-environment.ts) closes them after the file, even when a start
 * outlived its hook's budget. Kept on the file's global object, which the environment reaches from
 * outside the file, without loading the stack's modules into every test file.
 */
export interface Closable {
  close(): Promise<void>;
}

const KEY = Symbol.for('corridor.openTestStacks');

export function openTestStacks(global: object = globalThis): Set<Promise<Closable>> {
  const holder = global as { [KEY]?: Set<Promise<Closable>> };
  return (holder[KEY] ??= new Set());
}
