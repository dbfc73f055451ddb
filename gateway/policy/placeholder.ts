/**
 * A denied field is replaced in the document by `<prefix><n>: __typename`, so the selection set
 * never empties and the answer keeps its key order; `n` indexes the denial table of that rewrite.
 * User aliases may not start with this prefix (the guard refuses them).
 */
export const PLACEHOLDER_PREFIX = '__corridor_denied_';
