// Federation at full size, in one process with every jurisdiction: the operation summary over 116
// countries, and a trace whose records span six jurisdictions, with the native calls each costs.
import { loadRegistry } from '../schema/registry/registry';
import { startTestStack, type TestStack } from '../gateway/stack/in-process';
import { generateScenario } from '../subgraphs/scenario/generate';
import { loadRound, type LoadResult } from './load';

export interface ScenarioResult extends LoadResult {
  scenario: string;
  jurisdictionsTouched: number;
  /** Native calls made by one query, measured on a single query after warm-up. */
  nativeCallsPerQuery: number;
  coldNativeCalls: number;
}

const OPERATION = `{ operation(code: "LIBERTERRA-II") { countryCount victimsRescued arrests arrestsForTraffickingOrSmuggling irregularMigrantsIdentified missingCountries byCountry { country victimsRescued } } }`;

/** Identifiers of trail people until their records span at least six jurisdictions. */
function sixJurisdictionTrace(): { query: string; jurisdictions: number } {
  const records = generateScenario().records.filter((r) => r.personKey.startsWith('trail-'));
  const chosen: string[] = [];
  const covered = new Set<string>();
  for (const key of [...new Set(records.map((r) => r.personKey))]) {
    const own = records.filter((r) => r.personKey === key);
    const adds = own.some((r) => !covered.has(r.jurisdiction));
    if (!adds) continue;
    own.forEach((r) => covered.add(r.jurisdiction));
    const d = own[0]!.documents[0]!;
    chosen.push(`{ kind: TRAVEL_DOCUMENT, value: "${d.number}", country: "${d.issuingCountry}" }`);
    if (covered.size >= 6) break;
  }
  return {
    query: `{ trace(identifiers: [${chosen.join(', ')}], depth: 0) { records { id jurisdiction names { full } dateOfBirth { iso } } jurisdictions { code status } } }`,
    jurisdictions: covered.size,
  };
}

function nativeCalls(stack: TestStack): number {
  return Object.values(stack.countries).reduce((n, c) => n + c.native.requests.length, 0);
}

async function measure(stack: TestStack, scenario: string, query: string, seconds: number, connections: number, headers: Record<string, string>): Promise<ScenarioResult> {
  const send = async () => {
    const res = await fetch(stack.gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });
    const body = (await res.json()) as { data?: unknown; errors?: { extensions?: { rule?: unknown } }[] };
    // An owner withholding fields under its release rules is a correct answer; anything else is not.
    const unexpected = (body.errors ?? []).filter((e) => !String(e.extensions?.rule ?? '').startsWith('originator:'));
    if (unexpected.length > 0) throw new Error(`${scenario}: ${JSON.stringify(unexpected).slice(0, 300)}`);
    return body;
  };
  const t0 = nativeCalls(stack);
  const body = (await send()) as { data: { trace?: { records: { jurisdiction: string }[] }; operation?: { byCountry: unknown[] } } };
  const coldNativeCalls = nativeCalls(stack) - t0;
  const t1 = nativeCalls(stack);
  await send();
  const nativeCallsPerQuery = nativeCalls(stack) - t1;
  const jurisdictionsTouched = body.data.trace
    ? new Set(body.data.trace.records.map((r) => r.jurisdiction)).size
    : (body.data.operation?.byCountry.length ?? 0);
  const load = await loadRound(stack.gateway.url, query, seconds, connections, headers);
  return { scenario, jurisdictionsTouched, nativeCallsPerQuery, coldNativeCalls, ...load };
}

export async function federationScenarios(seconds: number, connections: number, headers: Record<string, string>): Promise<ScenarioResult[]> {
  const stack = await startTestStack({ jurisdictions: loadRegistry().jurisdictions.map((j) => j.code), subgraphTimeoutMs: 60_000, nativeTimeoutMs: 30_000 });
  try {
    const trace = sixJurisdictionTrace();
    return [
      await measure(stack, `trace spanning ${trace.jurisdictions} jurisdictions`, trace.query, seconds, connections, headers),
      await measure(stack, 'operation summary, 116 countries', OPERATION, seconds, Math.min(connections, 4), headers),
    ];
  } finally {
    await stack.close();
  }
}
