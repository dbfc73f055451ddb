// Name searches over the whole scenario (issue goal: p99 under 100 ms), shared by the index
// scenarios (one in-process stack per registry size) and by `npm run bench`'s gateways over the
// child-process stack, the topology `npm start` and a deployment run.
import { loadRound, type LoadResult } from './load';

/** The fields the README's example asks of each record, for the name searches too. */
export const RECORD_FIELDS = 'id jurisdiction names { full script romanised } dateOfBirth { iso raw calendar } documents { number issuingCountry } events { type when { iso raw } where { country locality } }';

/** The victim in Latin script, family name first, with her birth year; the recruiter in Thai script, no birth year (every namesake answers). */
export const NAMES = [
  { name: 'name, Latin script + birth year', identifiers: '[{ kind: NAME, value: "VILLANUEVA Maricel", birthYear: 1998 }]' },
  { name: 'name, Thai script', identifiers: '[{ kind: NAME, value: "วีระ แก้วมณี" }]' },
] as const;

export const NAME_P99_GOAL_MS = 100;

export const nameQuery = (identifiers: string) => `{ trace(identifiers: ${identifiers}, depth: 0) { records { ${RECORD_FIELDS} } jurisdictions { code status hits } } }`;

export interface NameSearchRow extends LoadResult {
  name: string;
  gateway: string;
  hits: number;
  /** The warm-up round just before, the first searches of this name through this gateway. */
  firstSearches: Pick<LoadResult, 'requests' | 'p50Ms' | 'p99Ms'>;
}

/**
 * Each name through each gateway, one request in flight (the latency one investigator sees). A
 * warm-up round of the same length comes first: it plans the query, fills the cache where the
 * gateway caches, and gives the processes of the owners this name reaches (most of them touched by
 * nothing else in the bench) the calls their compiler needs before their code runs at its steady
 * speed. The goal is judged on the round after it; the warm-up's figures are kept beside it, as
 * what the first searches after a start cost.
 */
export async function nameSearches(gateways: readonly { name: string; url: string }[], seconds: number, headers: Record<string, string>): Promise<NameSearchRow[]> {
  const rows: NameSearchRow[] = [];
  for (const n of NAMES) {
    for (const g of gateways) {
      const res = await fetch(g.url, { method: 'POST', headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', ...headers }, body: JSON.stringify({ query: nameQuery(n.identifiers) }) });
      const body = (await res.json()) as { data?: { trace?: { records?: unknown[] } } };
      const hits = body.data?.trace?.records?.length ?? 0;
      if (hits === 0) throw new Error(`bench: ${g.name} found nobody for ${n.name}`);
      const warmUp = await loadRound(g.url, nameQuery(n.identifiers), seconds, 1, headers);
      const measured = await loadRound(g.url, nameQuery(n.identifiers), seconds, 1, headers);
      rows.push({ name: n.name, gateway: g.name, hits, ...measured, firstSearches: { requests: warmUp.requests, p50Ms: warmUp.p50Ms, p99Ms: warmUp.p99Ms } });
    }
  }
  return rows;
}
