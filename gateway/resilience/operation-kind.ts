import { getOperationAST, parse } from 'graphql';

/**
 * Whether a subgraph operation only reads, so sending it twice is harmless. The gateway writes
 * each subgraph operation with its operation first, so the leading keyword decides nearly always;
 * anything else (a fragment first, a comment) is parsed. When in doubt it is not a read: a retried
 * mutation could act twice.
 */
export function isReadOnly(query: string | undefined): boolean {
  if (!query) return false;
  const head = /^\s*(query\b|mutation\b|subscription\b|\{)/.exec(query)?.[1];
  if (head) return head === 'query' || head === '{';
  try {
    return getOperationAST(parse(query))?.operation === 'query';
  } catch {
    return false;
  }
}
